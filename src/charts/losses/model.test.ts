import { describe, expect, it } from 'vitest';
import { groupReports } from '../conflicts.ts';
import { chartInput, figure } from '../fixtures.ts';
import { tableCsv } from '../table.ts';
import { capLosses, isLossMetric, lossesModel, lossesTakeaway, MAX_ROWS } from './model.ts';

const seeds = [
	figure({
		metric: 'injured',
		value: 8,
		qualifier: 'at_least',
		subject: 'ukraine',
		subjectRole: 'place',
		date: '2025-12-06',
		claimedBy: 'the regional governor',
	}),
	figure({ metric: 'civilians_killed', value: 2, subject: 'ukraine', subjectRole: 'place', date: '2025-12-06' }),
	figure({
		article: 'a2',
		metric: 'officers_killed',
		value: 6024,
		subject: 'russia',
		subjectRole: 'victim',
		date: '2025-11',
		claimedBy: 'ukraine',
		span: 'cumulative',
		spanCue: 'by November 2025 … had been confirmed',
	}),
	figure({
		article: 'a2',
		metric: 'generals_killed',
		value: 12,
		subject: 'russia',
		subjectRole: 'victim',
		date: '2025-11',
		claimedBy: 'ukraine',
		span: 'cumulative',
		spanCue: 'the fallen',
	}),
	figure({ article: 'a2', metric: 'prisoners_released', value: 31, subject: 'ukraine' }),
];

describe('isLossMetric', () => {
	it('accepts the loss metrics of the registry, not other counts, and never guesses from a name', () => {
		expect(['killed', 'injured', 'officers_killed', 'children_killed', 'casualties'].every(isLossMetric)).toBe(true);
		expect(['prisoners_released', 'drones_launched', 'territory_captured_km2'].some(isLossMetric)).toBe(false);
		expect(['wounded', 'soldiers_missing'].some(isLossMetric)).toBe(false);
	});
});

describe('lossesTakeaway', () => {
	it('names the largest loss of each kind of count, its side, date and claimant, and the count of figures', () => {
		const groups = groupReports(seeds.filter((item) => isLossMetric(item.metric)));
		expect(lossesTakeaway(groups, chartInput([]).names)).toBe(
			'Largest loss in a single attack or day: at least 8 injured (in Ukraine, 6 Dec 2025), claimed by the regional ' +
				"governor; largest total so far: 6,024 officers killed (on Russia's side, to Nov 2025), claimed by Ukraine; " +
				'4 loss figures from 2 articles.',
		);
	});
});

describe('lossesModel', () => {
	const model = lossesModel(chartInput(seeds), { width: 720 });
	const rows = model.categories.flatMap((category) => category.rows);

	it('groups bars by category in a fixed order and leaves other metrics out', () => {
		expect(model.categories.map((category) => category.title.text)).toEqual([
			'Civilians killed',
			'Injured',
			'Officers killed',
			'Generals killed',
		]);
		expect(rows.map((row) => row.metric)).not.toContain('prisoners_released');
	});

	it('draws single attacks and totals so far in sections of their own, each on a zero-based scale of its own', () => {
		expect(model.sections.map((section) => [section.title.text, section.categories.map((c) => c.metric)])).toEqual([
			['Single attacks and days', ['civilians_killed', 'injured']],
			['Totals so far (since a start, to a stated day)', ['officers_killed', 'generals_killed']],
		]);
		const [single, totals] = model.sections;
		expect(single!.domain).toEqual([0, 8]);
		expect(totals!.domain[0]).toBe(0);
		expect(totals!.domain[1]).toBeGreaterThanOrEqual(6024);
		expect(totals!.ticks.map((tick) => tick.label)).toContain('6,000');
		// A night's 2 civilians is not drawn as a sliver beside a war's 6,024 officers.
		const civilians = rows.find((row) => row.metric === 'civilians_killed')!;
		expect(civilians.bar.width).toBeCloseTo(((model.x1 - model.x0) * 2) / 8, 6);
		expect(totals!.gridTop).toBeGreaterThan(single!.tickY);
		expect(model.notes.join(' ')).toContain('Each kind of count has its own scale (one attack or day; total so far)');
	});

	it('says a running total is reached by its date', () => {
		expect(rows.find((row) => row.metric === 'officers_killed')!.label.text).toBe(
			"on Russia's side · to Nov 2025 · claimed by Ukraine",
		);
	});

	it('gives each kind of count its own number column in the table, and the CSV one value with its span', () => {
		const labels = model.table.columns.filter((column) => !column.csvOnly).map((column) => column.label);
		expect(labels).toContain('Number (one attack or day)');
		expect(labels).toContain('Number (total so far)');
		expect(labels).not.toContain('Number');
		const officers = model.table.rows.find((row) => row.category!.value === 'officers_killed')!;
		expect(officers.value_cumulative!.text).toBe('6,024 (“by November 2025 … had been confirmed”)');
		expect(officers.value_incident).toBeUndefined();
		const header = tableCsv(model.table).split('\n')[0]!.split(',');
		expect(header).toEqual(expect.arrayContaining(['value', 'span', 'span_cue']));
		expect(header.some((key) => key.startsWith('value_'))).toBe(false);
	});

	it('dates each row as its text does: "to" a total\'s day, "reported" when the date is only the article\'s', () => {
		const toll = figure({ metric: 'civilians_killed', value: 3, date: '2025-11-22', dateSource: 'publication' });
		const dated = lossesModel(chartInput([toll, seeds[2]!]), { width: 720 }).table.rows;
		expect(dated.map((row) => [row.category!.value, row.date!.text, row.date!.value])).toEqual(
			expect.arrayContaining([
				['civilians_killed', 'reported 22 Nov 2025', '2025-11-22'],
				['officers_killed', 'to Nov 2025', '2025-11'],
			]),
		);
	});

	it('makes bar lengths proportional to the numbers', () => {
		const pair = [
			figure({ metric: 'killed', value: 6024, subject: 'russia' }),
			figure({ metric: 'injured', value: 1500, subject: 'russia' }),
		];
		const proportional = lossesModel(chartInput(pair), { width: 720 });
		const [killed, injured] = proportional.categories.map((category) => category.rows[0]!);
		const perUnit = (proportional.x1 - proportional.x0) / proportional.sections[0]!.domain[1];
		expect(killed!.bar.width).toBeCloseTo(6024 * perUnit, 6);
		expect(injured!.bar.width).toBeCloseTo(1500 * perUnit, 6);
		expect(killed!.bar.width / injured!.bar.width).toBeCloseTo(6024 / 1500, 6);
	});

	it('keeps a tiny number visible as a two-unit bar', () => {
		const tiny = lossesModel(chartInput([seeds[1]!, figure({ metric: 'killed', value: 6024, subject: 'russia' })]), {
			width: 720,
		});
		const civilians = tiny.categories.flatMap((c) => c.rows).find((row) => row.metric === 'civilians_killed')!;
		expect(civilians.bar.width).toBe(2);
	});

	it('prints the qualifier with the number, and in words whose loss or where it was, with the date', () => {
		const injured = rows.find((row) => row.metric === 'injured')!;
		expect(injured.value.text).toBe('at least 8');
		expect(injured.label.text).toBe('in Ukraine · 6 Dec 2025 · claimed by the regional governor');
		expect(rows.find((row) => row.metric === 'officers_killed')!.label.text).toMatch(/^on Russia's side · /);
	});

	it('drops the claimant from a label that does not fit a narrow chart', () => {
		const narrow = lossesModel(chartInput(seeds), { width: 320 });
		const injured = narrow.categories.flatMap((category) => category.rows).find((row) => row.metric === 'injured')!;
		expect(injured.label.text).toBe('in Ukraine · 6 Dec 2025');
	});

	it('links each bar to its source sentence', () => {
		const officers = rows.find((row) => row.metric === 'officers_killed')!;
		expect(officers.link?.href).toBe(`/articles/a2/#${seeds[2]!.sentence}`);
		expect(officers.link?.label).toBe(
			"6,024 officers killed (on Russia's side) in November 2025 — claimed by Ukraine. Source: Article a2",
		);
	});

	it('draws two articles disagreeing on one number as a range with both sources', () => {
		const first = figure({
			metric: 'killed',
			value: 3,
			subject: 'ukraine',
			date: '2025-12-06',
			id: 'k1',
			conflictsWith: ['k2'],
		});
		const second = figure({
			article: 'a3',
			metric: 'killed',
			value: 5,
			subject: 'ukraine',
			date: '2025-12-06',
			id: 'k2',
			conflictsWith: ['k1'],
		});
		const conflicted = lossesModel(chartInput([first, second]), { width: 720 });
		const [row] = conflicted.categories[0]!.rows;
		expect(row!.value.text).toBe('3–5 (reports differ)');
		expect(row!.range?.ends.map((end) => [end.value, end.link?.href])).toEqual([
			[3, '/articles/a1/#s-k1'],
			[5, '/articles/a3/#s-k2'],
		]);
		expect(row!.range!.x2).toBeGreaterThan(row!.range!.x1);
		expect(conflicted.table.rows.map((tableRow) => tableRow.conflict!.value)).toEqual(['yes', 'yes']);
	});

	it('says there are no casualty figures instead of drawing empty axes', () => {
		const empty = lossesModel(chartInput([]), { width: 720 });
		expect([empty.empty, empty.categories.length, empty.height]).toEqual(['No casualty figures yet.', 0, 0]);
	});

	it('caps bars at the largest figures, keeping focus articles', () => {
		const many = Array.from({ length: 40 }, (_, index) =>
			figure({ article: `x${index}`, metric: 'killed', value: index + 1, subject: 'ukraine' }),
		);
		const groups = groupReports(many);
		expect(capLosses(groups, MAX_ROWS)).toHaveLength(MAX_ROWS);
		expect(capLosses(groups, 2, new Set(['x0'])).map((group) => group.high)).toEqual([1, 40]);
		const big = lossesModel(chartInput(many), { width: 720 });
		expect(big.table.rows).toHaveLength(40);
		expect(big.notes[0]).toBe(`Showing the ${MAX_ROWS} largest of 40 reported loss figures; the CSV lists all.`);
		const embedded = lossesModel(chartInput(many), { width: 720 }, { limit: 3 });
		expect(embedded.categories.flatMap((category) => category.rows)).toHaveLength(3);
		expect(embedded.notes[0]).toBe('Showing the 3 largest of 40 reported loss figures; the CSV lists all.');
	});
});
