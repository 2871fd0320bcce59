import { describe, expect, it } from 'vitest';
import { chartInput, event, figure } from '../fixtures.ts';
import { tableCsv } from '../table.ts';
import { capAttacks, groupAttacks, MAX_ATTACKS, strikesModel, strikesTakeaway } from './model.ts';

const december = [
	figure({
		metric: 'drones_launched',
		value: 653,
		subject: 'russia',
		subjectRole: 'attacker',
		date: '2025-12-06',
		claimedBy: 'ukrainian-air-force',
	}),
	figure({
		metric: 'missiles_launched',
		value: 51,
		subject: 'russia',
		subjectRole: 'attacker',
		date: '2025-12-06',
		claimedBy: 'ukrainian-air-force',
	}),
	figure({
		metric: 'drones_intercepted',
		value: 585,
		subject: 'russia',
		subjectRole: 'attacker',
		interceptedBy: 'ukraine',
		place: 'ukraine',
		date: '2025-12-06',
		claimedBy: 'ukrainian-air-force',
	}),
	figure({
		metric: 'missiles_intercepted',
		value: 30,
		subject: 'russia',
		subjectRole: 'attacker',
		interceptedBy: 'ukraine',
		place: 'ukraine',
		date: '2025-12-06',
		claimedBy: 'ukrainian-air-force',
	}),
];
const november = [
	figure({
		article: 'a2',
		metric: 'drones_intercepted',
		value: 118,
		subject: 'ukraine',
		subjectRole: 'attacker',
		interceptedBy: 'russia',
		date: '2025-11-27',
		claimedBy: 'russia',
	}),
	figure({
		article: 'a2',
		metric: 'drones_intercepted',
		value: 52,
		subject: 'ukraine',
		subjectRole: 'attacker',
		interceptedBy: 'russia',
		date: '2025-11-27',
		claimedBy: 'russia',
		scope: 'over the Belgorod region',
	}),
];

describe('groupAttacks', () => {
	it('pairs launched and intercepted figures of the same article and date into one attack', () => {
		const [attack] = groupAttacks(december);
		expect(attack?.slots.drones.launched?.low).toBe(653);
		expect(attack?.slots.drones.intercepted?.low).toBe(585);
		expect(attack?.slots.missiles.launched?.low).toBe(51);
		expect(attack?.subject).toBe('russia');
	});

	it('leaves figures with a scope out of the attacks', () => {
		const attacks = groupAttacks(november);
		expect(attacks).toHaveLength(1);
		expect(attacks[0]?.slots.drones.intercepted?.figures.map((item) => item.value)).toEqual([118]);
	});

	it('places attacks in date order, undated last', () => {
		const undated = figure({ article: 'a3', metric: 'drones_launched', value: 40, subject: 'russia' });
		expect(groupAttacks([undated, ...december, ...november]).map((attack) => attack.date)).toEqual([
			'2025-11-27',
			'2025-12-06',
			null,
		]);
	});

	it('merges two articles reporting the same day and side, turning differing values into a range', () => {
		const other = figure({
			article: 'a3',
			metric: 'drones_launched',
			value: 700,
			subject: 'russia',
			date: '2025-12-06',
			conflictsWith: [december[0]!.id],
		});
		const attacks = groupAttacks([...december, other]);
		expect(attacks).toHaveLength(1);
		const launched = attacks[0]!.slots.drones.launched!;
		expect([launched.low, launched.high, launched.conflict]).toEqual([653, 700, true]);
		expect(attacks[0]!.articles).toEqual(['a1', 'a3']);
	});

	it('keeps attacks of different sides on one day apart', () => {
		const ukrainian = figure({
			article: 'a2',
			metric: 'drones_launched',
			value: 90,
			subject: 'ukraine',
			date: '2025-12-06',
		});
		expect(groupAttacks([...december, ukrainian])).toHaveLength(2);
	});
});

describe('capAttacks', () => {
	it('keeps the most recent attacks and every focus attack', () => {
		const attacks = groupAttacks([...november, ...december]);
		expect(capAttacks(attacks, 1).map((attack) => attack.date)).toEqual(['2025-12-06']);
		expect(capAttacks(attacks, 1, new Set(['a2'])).map((attack) => attack.date)).toEqual(['2025-11-27']);
	});
});

describe('strikesTakeaway', () => {
	it('states who intercepted what share of whose weapons in the latest attack, with the claimant of the interceptions', () => {
		const names = chartInput([]).names;
		expect(strikesTakeaway(groupAttacks([...november, ...december]), names)).toBe(
			"Ukraine intercepted 585 of 653 drones (90%) and 30 of 51 missiles (59%) launched by Russia on 6 December 2025, according to Ukraine's air force.",
		);
	});
	it('says an interception no one is quoted for is not attributed, and an unnamed interceptor is not stated', () => {
		const unsaid = december.map((item) => ({ ...item, claimedBy: null, interceptedBy: null }));
		expect(strikesTakeaway(groupAttacks(unsaid), chartInput([]).names)).toBe(
			'Intercepted (interceptor not stated): 585 of 653 drones (90%) and 30 of 51 missiles (59%) launched by Russia on 6 December 2025, not attributed.',
		);
	});

	it('says when no attack has both numbers', () => {
		expect(strikesTakeaway(groupAttacks(november), chartInput([]).names)).toBe(
			'1 reported attack, none with both launched and intercepted numbers; the latest: 118 intercepted on 27 November 2025.',
		);
	});
});

describe('strikesModel', () => {
	const model = strikesModel(chartInput([...december, ...november]), { width: 720 });
	const drones = model.panels.find((panel) => panel.weapon === 'drones')!;

	it('draws one panel per weapon with a zero-based domain', () => {
		expect(model.panels.map((panel) => panel.weapon)).toEqual(['drones', 'missiles']);
		for (const panel of model.panels) {
			expect(panel.domain[0]).toBe(0);
			expect(panel.ticks[0]).toMatchObject({ value: 0, position: panel.x0, label: '0' });
		}
	});

	it('makes bar lengths proportional to the numbers', () => {
		const row = drones.rows.find((item) => item.label.text.startsWith('6 Dec'))!;
		const intercepted = row.segments.find((segment) => segment.kind === 'intercepted')!;
		const remainder = row.segments.find((segment) => segment.kind === 'remainder')!;
		const perUnit = (drones.x1 - drones.x0) / drones.domain[1];
		expect(intercepted.width).toBeCloseTo(585 * perUnit, 6);
		expect(intercepted.width + remainder.width).toBeCloseTo(653 * perUnit, 6);
		expect(remainder.x).toBeCloseTo(intercepted.x + intercepted.width, 6);
	});

	it('labels rows with the date, who launched and who intercepted, and the formatted numbers', () => {
		expect(drones.rows.map((row) => [row.label.text, row.value.text])).toEqual([
			['27 Nov 2025 · launched by Ukraine, intercepted by Russia', '118 intercepted'],
			['6 Dec 2025 · launched by Russia, intercepted by Ukraine', '585 of 653 intercepted (90%)'],
		]);
	});

	it('puts the sides on a line of their own in a narrow row, shortened but never cut mid-name', () => {
		const narrow = strikesModel(chartInput([...december, ...november]), { width: 300 });
		const rows = narrow.panels[0]!.rows;
		expect(rows.map((row) => [row.label.text, row.sides?.text])).toEqual([
			['27 Nov 2025', 'by Ukraine · downed by Russia'],
			['6 Dec 2025', 'by Russia · downed by Ukraine'],
		]);
		for (const row of rows) {
			expect(row.sides!.y).toBeGreaterThan(row.label.y);
			expect(row.segments[0]!.y).toBeGreaterThan(row.sides!.y);
		}
	});

	it('places rows in date order from top to bottom', () => {
		const ys = drones.rows.map((row) => row.label.y);
		expect(ys).toEqual([...ys].sort((a, b) => a - b));
		expect(ys[0]).toBeLessThan(ys[1]!);
	});

	it('links every segment to its source sentence with a label naming the number', () => {
		const segment = drones.rows[1]!.segments[0]!;
		expect(segment.link?.href).toBe(`/articles/a1/#${december[2]!.sentence}`);
		expect(segment.link?.label).toContain(
			'585 drones intercepted (launched by Russia, intercepted by Ukraine) on 6 December 2025',
		);
		expect(segment.link?.label).toContain("claimed by Ukraine's air force");
	});

	it('links each row date to that day or month on the timeline', () => {
		const withEvents = strikesModel(
			chartInput(december, [event({ id: 'e1', date: '2025-12-06', title: 'Talks in Geneva' })]),
			{ width: 720 },
		);
		expect(withEvents.panels[0]!.rows[0]!.label.href).toBe('/timeline/#event-e1');
		const monthOnly = strikesModel(chartInput(december, [event({ id: 'e2', date: '2025-12-01', title: 'Deadline' })]), {
			width: 720,
		});
		expect(monthOnly.panels[0]!.rows[0]!.label.href).toBe('/timeline/#month-2025-12');
	});

	it('draws conflicting reports as a range with a linked end for each source', () => {
		const other = figure({
			article: 'a3',
			metric: 'drones_launched',
			value: 700,
			subject: 'russia',
			date: '2025-12-06',
			conflictsWith: [december[0]!.id],
		});
		const panel = strikesModel(chartInput([...december, other]), { width: 720 }).panels[0]!;
		const [range] = panel.rows[0]!.ranges;
		expect(range!.ends.map((end) => end.value)).toEqual([653, 700]);
		expect(range!.x2).toBeGreaterThan(range!.x1);
		expect(range!.ends.map((end) => end.link?.href)).toEqual([
			`/articles/a1/#${december[0]!.sentence}`,
			`/articles/a3/#${other.sentence}`,
		]);
		expect(panel.rows[0]!.value.text).toBe('585 of 653–700 intercepted');
	});

	it('keeps parts of larger figures for the table and a note, not the bars', () => {
		expect(drones.rows[0]!.segments).toHaveLength(1);
		expect(model.table.rows.map((row) => row.scope!.text)).toContain('over the Belgorod region');
		expect(model.notes.join(' ')).toContain('52 drones intercepted, over the Belgorod region (27 Nov 2025)');
	});

	it('draws no bar for a count since a start or over a period beside single attacks: the table and a note hold it', () => {
		const total = figure({
			article: 'a3',
			metric: 'drones_intercepted',
			value: 41000,
			subject: 'russia',
			subjectRole: 'attacker',
			interceptedBy: 'ukraine',
			date: '2025-12-06',
			span: 'cumulative',
			spanCue: 'since February 2022',
		});
		const withTotal = strikesModel(chartInput([...december, total]), { width: 720 });
		const panel = withTotal.panels.find((item) => item.weapon === 'drones')!;
		expect(panel.domain[1]).toBeLessThan(1000);
		expect(panel.rows.map((row) => row.value.text)).toEqual(['585 of 653 intercepted (90%)']);
		const row = withTotal.table.rows.find((item) => item.value!.value === 41000)!;
		expect(row.value_cumulative!.text).toBe('41,000 (“since February 2022”)');
		expect(row.value_incident).toBeUndefined();
		expect(withTotal.notes.join(' ')).toContain('41,000 drones intercepted, total so far (“since February 2022”)');
	});

	it('says there are no strike figures instead of drawing empty axes', () => {
		const empty = strikesModel(chartInput([figure({ metric: 'injured', value: 8 })]), { width: 720 });
		expect(empty.empty).toBe('No strike figures yet.');
		expect(empty.panels).toEqual([]);
		expect(empty.table.rows).toEqual([]);
	});

	it('caps the drawn attacks at 1,000 articles while the table keeps every figure', () => {
		const many = Array.from({ length: 1000 }, (_, index) =>
			figure({
				article: `x${index}`,
				metric: 'drones_launched',
				value: 100 + index,
				subject: 'russia',
				date: `2025-${String(1 + (index % 12)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}`,
			}),
		);
		const big = strikesModel(chartInput(many), { width: 320 });
		expect(big.panels[0]!.rows).toHaveLength(MAX_ATTACKS);
		expect(big.table.rows).toHaveLength(1000);
		expect(big.drawn.size).toBeLessThan(1000);
		expect(big.table.rows.filter((row) => big.drawn.has(String(row.figure_id!.value)))).toHaveLength(big.drawn.size);
		expect(big.notes[0]).toMatch(/^Showing the 10 most recent of \d+ reported attacks/);
		const embedded = strikesModel(chartInput(many), { width: 320 }, { limit: 4 });
		expect(embedded.panels[0]!.rows).toHaveLength(4);
		expect(embedded.notes[0]).toMatch(/^Showing the 4 most recent of \d+ reported attacks/);
	});

	it('draws one attack reported with 40 different numbers as a range of at most MAX_RANGE_ENDS linked ends', () => {
		const reports = Array.from({ length: 40 }, (_, index) =>
			figure({
				article: `r${index}`,
				metric: 'drones_launched',
				value: 100 + index,
				subject: 'russia',
				date: '2025-12-06',
			}),
		);
		const model = strikesModel(chartInput(reports), { width: 600 });
		const [range] = model.panels[0]!.rows[0]!.ranges;
		expect(range!.ends.map((end) => end.value)).toEqual([100, 110, 120, 129, 139]);
		expect(model.table.rows).toHaveLength(40);
	});

	it('moves the numbers under the bar when they do not share a line with the date', () => {
		const tiny = strikesModel(chartInput([...december, ...november]), { width: 200 });
		const december6 = tiny.panels[0]!.rows.find((row) => row.value.text === '585 of 653 intercepted (90%)')!;
		expect(december6.value).toMatchObject({ x: 0, anchor: 'start' });
		expect(december6.value.y).toBeGreaterThan(december6.segments[0]!.y + december6.segments[0]!.height);
		const narrow = strikesModel(chartInput([...december, ...november]), { width: 320 });
		const beside = narrow.panels[0]!.rows.find((row) => row.value.text === '585 of 653 intercepted (90%)')!;
		expect(beside.value).toMatchObject({ x: 312, anchor: 'end', y: beside.label.y });
	});

	it('writes the table rows to CSV with raw numbers: the share as a ratio, the table as a percentage', () => {
		const lines = tableCsv(model.table).trim().split('\n');
		expect(lines[0]).toBe(
			'figure_id,date,launched_by,intercepted_by,place,weapon,measure,value,qualifier,intercepted_share,scope,claimed_by,conflict,source,span,span_cue',
		);
		expect(lines).toHaveLength(model.table.rows.length + 1);
		expect(lines).toContain(
			[
				`${december[2]!.id},2025-12-06,russia,ukraine,ukraine,drones,intercepted,585,exact,0.896,`,
				`,ukrainian-air-force,no,/articles/a1/#${december[2]!.sentence},incident,`,
			].join(''),
		);
		expect(model.table.rows.find((row) => row.value!.value === 585)!.intercepted_share!.text).toBe('90%');
	});

	it('shares the grouping and table between widths and focus pages of one input', () => {
		const input = chartInput([...december, ...november]);
		const wide = strikesModel(input, { width: 600 });
		const narrow = strikesModel(input, { width: 320 }, { focus: new Set(['a2']) });
		expect(narrow.table).toBe(wide.table);
		expect(narrow.width).toBe(320);
		expect(narrow.panels[0]!.rows[0]!.focus).toBe(true);
	});
});
