import { describe, expect, it } from 'vitest';
import { event, figure } from '../charts/fixtures.ts';
import type { ChartArticle } from '../charts/types.ts';
import type { EventRecord, FigureRecord, MentionRecord } from '../schemas/index.ts';
import { locateInput, mentionsIn, PLACES } from './fixtures.ts';
import { locateReports } from './locate.ts';
import { type MapInput, type MapModel, mapModel, markPath } from './model.ts';
import { pathPoints } from './relative-path.ts';

const articles = new Map<string, ChartArticle>(
	['a1', 'a2', 'a3'].map((id, index) => [
		id,
		{ id, url: `/articles/${id}/`, title: `Article ${id}`, published: `2025-11-${20 + index}` },
	]),
);

function input(figures: FigureRecord[], events: EventRecord[], mentions: MentionRecord[]): MapInput {
	return {
		located: locateReports(locateInput(figures, events, mentions)),
		articles,
		names: new Map([['russia', 'Russia']]),
		countries: [PLACES.ukraine, PLACES.russia],
	};
}

const kharkivStrike = figure({ metric: 'drones_launched', value: 100, sentence: 's-1', date: '2025-11-20' });
const odesaStrike = figure({ metric: 'missiles_launched', value: 25, sentence: 's-2', date: '2025-12-02' });
const kyivKilled = figure({ article: 'a2', metric: 'killed', value: 7, sentence: 's-3', date: '2025-11-21' });
const talks = event({
	id: 'e-talks',
	date: '2025-11-23',
	title: 'Talks in Geneva',
	sources: [{ article: 'a3', sentence: 's-4', quote: 'Delegations met in Geneva.' }],
});
const moscowVisit = event({
	id: 'e-visit',
	date: '2025-12-02',
	title: 'Envoy visits Moscow',
	sources: [{ article: 'a3', sentence: 's-5', quote: 'The envoy flew to Moscow.' }],
});
const kyivMeeting = event({
	id: 'e-kyiv',
	date: '2025-11-21',
	title: 'Briefing in Kyiv',
	sources: [{ article: 'a2', sentence: 's-6', quote: 'Ambassadors were briefed in Kyiv.' }],
});
const war = input(
	[kharkivStrike, odesaStrike, kyivKilled],
	[talks, moscowVisit, kyivMeeting],
	[
		...mentionsIn('a1', 's-1', PLACES.kharkiv),
		...mentionsIn('a1', 's-2', PLACES.odesa),
		...mentionsIn('a2', 's-3', PLACES.kyiv),
		...mentionsIn('a3', 's-4', PLACES.geneva),
		...mentionsIn('a3', 's-5', PLACES.moscow),
		...mentionsIn('a2', 's-6', PLACES.kyiv),
	],
);
const model = mapModel(war);
const [wide, narrow] = model.layouts;
const markOf = (map: MapModel, place: string, kind: string) =>
	map.layouts[0].marks.find((mark) => mark.place === place && mark.kind === kind)!;

describe('mapModel', () => {
	it('draws one mark per place and kind, inside the drawing', () => {
		expect(wide.marks.map((mark) => `${mark.place}:${mark.kind}`).sort()).toEqual([
			'kharkiv:strikes',
			'kyiv:casualties',
			'kyiv:events',
			'moscow:events',
			'odesa:strikes',
		]);
		for (const mark of wide.marks) {
			expect(mark.x - mark.r).toBeGreaterThanOrEqual(0);
			expect(mark.x + mark.r).toBeLessThanOrEqual(model.width);
			expect(mark.y - mark.r).toBeGreaterThanOrEqual(0);
			expect(mark.y + mark.r).toBeLessThanOrEqual(model.height);
		}
	});

	it('projects places where they lie: Kyiv west of Kharkiv, Odesa south of Kyiv, Moscow north of both', () => {
		const kyiv = markOf(model, 'kyiv', 'events');
		const kharkiv = markOf(model, 'kharkiv', 'strikes');
		const odesa = markOf(model, 'odesa', 'strikes');
		const moscow = markOf(model, 'moscow', 'events');
		expect(kyiv.x).toBeLessThan(kharkiv.x);
		expect(odesa.y).toBeGreaterThan(kyiv.y);
		expect(moscow.y).toBeLessThan(kyiv.y);
		expect(moscow.y).toBeLessThan(kharkiv.y);
	});

	it('sizes strike marks by area to the largest reported figure', () => {
		const kharkiv = markOf(model, 'kharkiv', 'strikes');
		const odesa = markOf(model, 'odesa', 'strikes');
		expect([kharkiv.value, odesa.value]).toEqual([100, 25]);
		expect((odesa.r / kharkiv.r) ** 2).toBeCloseTo(25 / 100, 6);
	});

	it('sizes event marks by the number of events', () => {
		expect(markOf(model, 'kyiv', 'events')).toMatchObject({ value: 1, count: 1 });
	});

	it('puts several kinds at one place side by side, centred on it', () => {
		const casualties = markOf(model, 'kyiv', 'casualties');
		const events = markOf(model, 'kyiv', 'events');
		expect(casualties.y).toBe(events.y);
		expect(casualties.x + casualties.r).toBeLessThan(events.x - events.r + 0.01);
	});

	it('links every mark to its source sentence, named with the place, the count and the figure', () => {
		const kharkiv = markOf(model, 'kharkiv', 'strikes');
		expect(kharkiv.link.href).toBe(`/articles/a1/#${kharkivStrike.sentence}`);
		expect(kharkiv.link.label).toMatch(/^Kharkiv: 1 strike report; largest: 100 drones launched on 20 November 2025/);
		expect(markOf(model, 'moscow', 'events').link).toMatchObject({
			href: '/articles/a3/#s-5',
			label: 'Moscow: 1 dated event; latest: Envoy visits Moscow (2 December 2025). Source: Article a3',
		});
	});

	it('fits the frame to the places and lists a far-off venue in the table instead of drawing it', () => {
		expect(wide.marks.some((mark) => mark.place === 'geneva')).toBe(false);
		expect(model.rows.find((row) => row.id === 'geneva')).toMatchObject({ drawn: false, counts: { events: 1 } });
		expect(model.description).toContain('Outside the map’s frame, listed in the table: Geneva.'.replace('’', "'"));
	});

	it('gives another corpus its own frame', () => {
		const far = input(
			[figure({ metric: 'killed', value: 3, sentence: 's-1' })],
			[],
			mentionsIn('a1', 's-1', PLACES.washington),
		);
		const map = mapModel(far);
		const mark = map.layouts[0].marks[0]!;
		expect(Math.abs(mark.x - map.width / 2)).toBeLessThan(1);
		expect(Math.abs(mark.y - map.height / 2)).toBeLessThan(1);
		expect(map.land.length).toBeGreaterThan(100);
	});

	it('draws the land and borders as rounded, clipped path data', () => {
		expect(model.land).toMatch(/^M[\d.]+,[\d.]+/);
		expect(model.borders).toMatch(/^M/);
		expect(model.land).not.toMatch(/\d\.\d\d/);
		const points = pathPoints(model.land);
		expect(Math.min(...points.map(([x]) => x!))).toBeGreaterThanOrEqual(0);
		expect(Math.max(...points.map(([x]) => x!))).toBeLessThanOrEqual(model.width);
		expect(Math.min(...points.map(([, y]) => y!))).toBeGreaterThanOrEqual(0);
		expect(Math.max(...points.map(([, y]) => y!))).toBeLessThanOrEqual(model.height);
	});

	it('lists an event told by two sentences of one article once under its place', () => {
		const meeting = event({
			id: 'e-kyiv-twice',
			date: '2025-11-25',
			title: 'Ministers meet in Kyiv',
			sources: [
				{ article: 'a2', sentence: 's-8', quote: 'Ministers will meet in Kyiv.' },
				{ article: 'a2', sentence: 's-9', quote: 'The Kyiv meeting will open on Monday.' },
			],
		});
		const twice = mapModel(
			input([], [meeting], [...mentionsIn('a2', 's-8', PLACES.kyiv), ...mentionsIn('a2', 's-9', PLACES.kyiv)]),
		);
		expect(twice.rows.find((row) => row.id === 'kyiv')).toMatchObject({
			sources: [{ href: '/articles/a2/#s-8', title: 'Article a2', date: '2025-11-25' }],
			more: 0,
		});
	});

	it('lists every place in the table with its counts, largest figures and sources, drawn places first', () => {
		expect(model.rows.map((row) => [row.name, row.drawn])).toEqual([
			['Kyiv', true],
			['Kharkiv', true],
			['Moscow', true],
			['Odesa', true],
			['Geneva', false],
		]);
		expect(model.rows[0]).toMatchObject({
			counts: { strikes: 0, casualties: 1, events: 1 },
			largest: { casualties: '7 killed' },
			sources: [
				{ href: '/articles/a2/#s-3', title: 'Article a2', date: '2025-11-21' },
				{ href: '/articles/a2/#s-6', title: 'Article a2', date: '2025-11-21' },
			],
			more: 0,
		});
	});

	it('keys each kind drawn with its shape and the range of values', () => {
		expect(model.key.map((entry) => [entry.label, entry.shape, entry.smallest, entry.largest])).toEqual([
			['Strikes', 'circle', 25, 100],
			['Casualties', 'square', 7, 7],
			['Events', 'diamond', 1, 1],
		]);
	});

	it('says in one line where the most is reported', () => {
		expect(model.takeaway).toBe(
			'The articles place 6 reports at 5 places; Kyiv has the most: 1 casualty report and 1 dated event.',
		);
	});

	it('filters by kind and by month on the same frame, with the filter links from all reports', () => {
		const strikes = mapModel(war, { kind: 'strikes' });
		expect(strikes.layouts[0].marks.map((mark) => mark.place).sort()).toEqual(['kharkiv', 'odesa']);
		expect(strikes.land).toBe(model.land);
		expect(strikes.title).toBe('Where the reported strikes are');
		const december = mapModel(war, { month: '2025-12' });
		expect(december.layouts[0].marks.map((mark) => mark.place).sort()).toEqual(['moscow', 'odesa']);
		expect(december.months).toEqual(['2025-11', '2025-12']);
		expect(december.kinds).toEqual(['strikes', 'casualties', 'events']);
		expect(december.title).toBe('Where the reported strikes, casualties and events are, December 2025');
	});

	it('maps only the reports of given articles, fitted to them (a topic or a briefing)', () => {
		const topic = mapModel(war, { articles: new Set(['a1']) });
		expect(topic.rows.map((row) => row.id)).toEqual(['kharkiv', 'odesa']);
		expect(topic.land).not.toBe(model.land);
	});

	it('maps only the given reports (a topic page: its own events and figures, not the rest of its articles)', () => {
		// Article a3 reports both the Geneva talks and the Moscow visit; a topic holding only the talks maps Geneva alone.
		const topic = mapModel(war, { reports: new Set([talks.id]) });
		expect(topic.rows.map((row) => row.id)).toEqual(['geneva']);
		const byArticle = mapModel(war, { articles: new Set(['a3']) });
		expect(byArticle.rows.map((row) => row.id).sort()).toEqual(['geneva', 'moscow']);
	});

	it('lays out the narrow drawing as the wide one scaled, with labels of at least 12 px', () => {
		expect(narrow.scale).toBeCloseTo(320 / 600, 6);
		expect(narrow.width).toBe(320);
		const wideKharkiv = markOf(model, 'kharkiv', 'strikes');
		const narrowKharkiv = narrow.marks.find((mark) => mark.place === 'kharkiv')!;
		expect(narrowKharkiv.y).toBeCloseTo(wideKharkiv.y * narrow.scale, 6);
		expect(narrow.font).toBeGreaterThanOrEqual(12);
		expect(wide.labels.filter((label) => label.role === 'place').map((label) => label.text)).toContain('Kharkiv');
	});

	it('keeps labels apart from each other and inside the drawing', () => {
		for (const layout of model.layouts)
			for (const label of layout.labels) {
				expect(label.x).toBeGreaterThanOrEqual(0);
				expect(label.x).toBeLessThanOrEqual(layout.width);
			}
		const ys = wide.labels.map((label) => `${Math.round(label.x)},${Math.round(label.y)}`);
		expect(new Set(ys).size).toBe(ys.length);
	});

	it('says there is nothing to place instead of drawing an empty map', () => {
		const none = mapModel(input([], [], []));
		expect(none.empty).toBe('No strikes, casualties or dated events are placed at a town, city or region yet.');
		expect(none.layouts[0].marks).toEqual([]);
		expect(mapModel(war, { kind: 'casualties', month: '2025-12' }).empty).toBe(
			'No casualties in December 2025 are placed at a town, city or region.',
		);
	});

	it('lists places named without coordinates as not placed, with their number of reports', () => {
		const named = input(
			[figure({ metric: 'locations_hit', value: 2, sentence: 's-1' })],
			[],
			mentionsIn('a1', 's-1', PLACES.nordStream),
		);
		expect(mapModel(named).unplaced).toEqual([{ name: 'Nord Stream', url: '/entities/nord-stream/', count: 1 }]);
	});
});

describe('markPath', () => {
	it('draws a circle, and a square and a diamond of the same area', () => {
		expect(markPath('circle', 10, 10, 5)).toBe('M5,10a5,5 0 1,0 10,0a5,5 0 1,0 -10,0Z');
		const side = 5 * Math.sqrt(Math.PI);
		const tenth = (value: number) => Math.round(value * 10) / 10;
		const corner = tenth(10 - side / 2);
		expect(markPath('square', 10, 10, 5)).toBe(`M${corner},${corner}h${tenth(side)}v${tenth(side)}h${-tenth(side)}Z`);
		expect(markPath('diamond', 10, 10, 5)).toMatch(/^M10,[\d.]+L[\d.]+,10L10,[\d.]+L[\d.]+,10Z$/);
	});
});
