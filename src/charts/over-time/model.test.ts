import { describe, expect, it } from 'vitest';
import { chartInput, event, figure } from '../fixtures.ts';
import { MAX_PANELS, MAX_POINTS, overTimeModel, overTimeTakeaway, timeSeries } from './model.ts';

const drones = [
	figure({
		article: 'a1',
		metric: 'drones_launched',
		value: 120,
		subject: 'russia',
		subjectRole: 'attacker',
		date: '2025-10-03',
	}),
	figure({
		article: 'a2',
		metric: 'drones_launched',
		value: 460,
		subject: 'russia',
		subjectRole: 'attacker',
		date: '2025-11-20',
	}),
	figure({
		article: 'a3',
		metric: 'drones_launched',
		value: 653,
		subject: 'russia',
		subjectRole: 'attacker',
		date: '2025-12-06',
	}),
];
const territory = figure({
	article: 'a2',
	metric: 'territory_captured_km2',
	value: 505,
	unit: 'km2',
	subject: 'russia',
	subjectRole: 'captor',
	date: '2025-11',
});
const events = [
	event({
		id: 'geneva',
		date: '2025-11-23',
		title: 'US and Ukrainian officials hold talks in Geneva',
		topics: ['peace-plan'],
	}),
	event({ id: 'deadline', date: '2025-11-27', title: 'Thanksgiving deadline for Ukraine to answer the plan' }),
	event({ id: 'strike', date: '2025-11-15', title: 'Missile strike on Kyiv', topics: ['air-war'] }),
	event({ id: 'old-summit', date: '2024-06-15', title: 'Summit in Switzerland', topics: ['peace-plan'] }),
];

describe('timeSeries', () => {
	it("keeps Russia's drones downed by Ukraine and Ukraine's drones downed by Russia in separate series", () => {
		const downed = (subject: string, interceptedBy: string, value: number) =>
			figure({
				metric: 'drones_intercepted',
				value,
				subject,
				subjectRole: 'attacker',
				interceptedBy,
				date: '2025-11-27',
			});
		const series = timeSeries([downed('russia', 'ukraine', 585), downed('ukraine', 'russia', 118)]);
		expect(series.map((item) => [item.subject, item.interceptedBy])).toEqual([
			['russia', 'ukraine'],
			['ukraine', 'russia'],
		]);
		const model = overTimeModel(chartInput([downed('russia', 'ukraine', 585)]), { width: 720 });
		expect(model.panels[0]!.title.text).toBe('Drones intercepted · launched by Russia, intercepted by Ukraine');
	});
	it('never puts a total so far and a single day’s count of one metric and side on one line', () => {
		const night = figure({ metric: 'civilians_killed', value: 4, subject: 'ukraine', date: '2025-11-12' });
		const total = figure({
			article: 'a2',
			metric: 'civilians_killed',
			value: 11000,
			subject: 'ukraine',
			date: '2025-11-12',
			span: 'cumulative',
			spanCue: 'since February 2022',
		});
		const series = timeSeries([night, total]);
		expect(series.map((item) => [item.span, item.groups.map((group) => group.high)]).sort()).toEqual([
			['cumulative', [11000]],
			['incident', [4]],
		]);
		const model = overTimeModel(chartInput([night, total]), { width: 720 });
		expect(model.panels.map((panel) => panel.title.text).sort()).toEqual([
			'Civilians killed · side: Ukraine',
			'Civilians killed · side: Ukraine · total so far',
		]);
	});

	it('groups dated whole figures by metric and side, the series with most reports first', () => {
		const undated = figure({ metric: 'drones_launched', value: 5, subject: 'russia' });
		const part = figure({
			metric: 'drones_launched',
			value: 7,
			subject: 'russia',
			date: '2025-12-06',
			scope: 'over Kyiv',
		});
		const series = timeSeries([territory, ...drones, undated, part]);
		expect(series.map((item) => [item.metric, item.groups.length])).toEqual([
			['drones_launched', 3],
			['territory_captured_km2', 1],
		]);
	});
});

describe('overTimeTakeaway', () => {
	it('compares the latest report of the busiest series with its first', () => {
		expect(overTimeTakeaway(timeSeries(drones), chartInput([]).names)).toBe(
			'Drones launched (by Russia): 653 on 6 December 2025, up from 120 on 3 October 2025; 3 dated reports.',
		);
	});

	it('names the latest figure while every series has one report', () => {
		expect(overTimeTakeaway(timeSeries([territory, drones[2]!]), chartInput([]).names)).toBe(
			'2 dated figures in 2 series, each reported once so far; the latest: 653 drones launched (by Russia) on 6 December 2025.',
		);
	});
});

describe('overTimeModel', () => {
	const model = overTimeModel(chartInput([...drones, territory], events), { width: 720 });
	const [dronePanel, territoryPanel] = model.panels;

	it('places dates in order along the time axis', () => {
		const xs = dronePanel!.points.map((point) => point.x);
		expect(xs).toEqual([...xs].sort((a, b) => a - b));
		expect(new Set(xs).size).toBe(3);
		expect(model.timeTicks.map((tick) => tick.position)).toEqual(
			[...model.timeTicks.map((tick) => tick.position)].sort((a, b) => a - b),
		);
	});

	it('starts every value axis at zero and places dots in proportion', () => {
		for (const panel of model.panels) expect(panel.domain[0]).toBe(0);
		const height = dronePanel!.bottom - dronePanel!.top;
		for (const point of dronePanel!.points)
			expect((dronePanel!.bottom - point.y) / height).toBeCloseTo(point.value / dronePanel!.domain[1], 6);
	});

	it('draws a month-precise figure as a hollow diamond in the middle of its month', () => {
		const [point] = territoryPanel!.points;
		expect(point!.approximate).toBe(true);
		const mid = dronePanel!.points[1]!.x; // 20 November sits a few days after the middle of November
		expect(point!.x).toBeLessThan(mid);
		expect(point!.x).toBeGreaterThan(dronePanel!.points[0]!.x);
	});

	it('labels panels with metric, side and unit, and values for people', () => {
		expect(model.panels.map((panel) => panel.title.text)).toEqual([
			'Drones launched · by Russia',
			'Territory captured · by Russia (km²)',
		]);
		expect(territoryPanel!.labels.map((label) => label.text)).toEqual(['505 km²']);
		expect(dronePanel!.labels.map((label) => label.text)).toEqual(['653']);
	});

	it('draws a line through the reports only when there are two dates or more', () => {
		expect(dronePanel!.path).toMatch(/^M[\d.]+,[\d.]+L/);
		expect(territoryPanel!.path).toBeNull();
	});

	it('marks key talks and deadlines inside the time domain, linked to their timeline entries', () => {
		expect(model.markers.map((marker) => [marker.number, marker.event.id, marker.href])).toEqual([
			[1, 'geneva', '/timeline/#event-geneva'],
			[2, 'deadline', '/timeline/#event-deadline'],
		]);
		expect(model.markers[0]!.x).toBeLessThan(model.markers[1]!.x);
		const [first, second] = model.markers;
		expect(second!.row !== first!.row || second!.x - first!.x >= 22).toBe(true);
	});

	it('links month ticks to that month on the timeline when it has events', () => {
		expect(model.timeTicks.find((tick) => tick.value.getUTCMonth() === 10)?.href).toBe('/timeline/#month-2025-11');
		expect(model.timeTicks.find((tick) => tick.value.getUTCMonth() === 9)?.href).toBeUndefined();
	});

	it('links each dot to its source sentence', () => {
		expect(dronePanel!.points.map((point) => point.link?.href)).toEqual(
			drones.map((item) => `/articles/${item.article}/#${item.sentence}`),
		);
	});

	it('turns two differing reports of one day into a range with a dot for each', () => {
		const other = figure({
			article: 'a4',
			metric: 'drones_launched',
			value: 700,
			subject: 'russia',
			subjectRole: 'attacker',
			date: '2025-12-06',
		});
		const panel = overTimeModel(chartInput([...drones, other]), { width: 320 }).panels[0]!;
		expect(panel.ranges).toHaveLength(1);
		expect(panel.ranges[0]!.y1).toBeGreaterThan(panel.ranges[0]!.y2);
		expect(panel.points.filter((point) => point.date === '2025-12-06').map((point) => point.value)).toEqual([653, 700]);
		expect(panel.labels[0]!.text).toBe('653–700');
	});

	it('says there are no dated figures instead of drawing empty axes', () => {
		const empty = overTimeModel(chartInput([figure({ metric: 'killed', value: 3 })]), { width: 720 });
		expect([empty.empty, empty.panels.length, empty.timeTicks.length]).toEqual(['No dated figures yet.', 0, 0]);
	});

	it('draws at most six panels for many series and keeps y labels within the width', () => {
		const metrics = [
			'killed',
			'injured',
			'aid_usd',
			'locations_hit',
			'drones_launched',
			'missiles_launched',
			'prisoners_released',
			'generals_killed',
		];
		const many = Array.from({ length: 1000 }, (_, index) =>
			figure({
				article: `x${index}`,
				metric: metrics[index % metrics.length]!,
				value: 1 + index * 1e6,
				subject: index % 2 ? 'russia' : 'ukraine',
				date: `2025-${String(1 + (index % 12)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}`,
			}),
		);
		const big = overTimeModel(chartInput(many), { width: 320 });
		expect(big.panels).toHaveLength(MAX_PANELS);
		expect(big.notes[0]).toMatch(/^Showing the 6 series with the most dated reports of 8;/);
		expect(big.x0).toBeLessThan(80);
		expect(big.timeTicks.length).toBeLessThanOrEqual(5);
	});

	it('draws at most MAX_POINTS of the most recent reports per panel, keeping all in the table', () => {
		const daily = Array.from({ length: MAX_POINTS + 20 }, (_, index) =>
			figure({
				article: `d${index}`,
				metric: 'drones_launched',
				value: 100 + index,
				subject: 'russia',
				date: new Date(Date.UTC(2025, 0, 1 + index)).toISOString().slice(0, 10),
			}),
		);
		const model = overTimeModel(chartInput(daily), { width: 600 });
		expect(model.panels[0]!.points).toHaveLength(MAX_POINTS);
		expect(model.panels[0]!.points[0]!.value).toBe(120);
		expect(model.table.rows).toHaveLength(MAX_POINTS + 20);
		expect(model.notes).toContain(`Each panel draws at most the ${MAX_POINTS} most recent reports.`);
	});
});
