import { describe, expect, it } from 'vitest';
import { fixtureData } from '../../briefings/fixtures.ts';
import { briefingCharts } from './charts.ts';

describe('briefingCharts', () => {
	it("draws the situation's charts from every figure", () => {
		expect(briefingCharts(fixtureData(), { kind: 'situation' }).map((chart) => chart.id)).toContain('strikes');
	});
	it("draws a topic's charts from its articles' figures only", () => {
		const data = fixtureData();
		// The air-war articles state the drone figure; prisoners-only data gives no strikes chart.
		expect(briefingCharts(data, { kind: 'topic', topic: 'air-war' }).map((chart) => chart.id)).toContain('strikes');
		const prisonersOnly = { ...data, figures: data.figures.filter((figure) => figure.metric === 'prisoners_released') };
		expect(
			briefingCharts(prisonersOnly, { kind: 'topic', topic: 'peace-plan' }).map((chart) => chart.id),
		).not.toContain('strikes');
	});
	it('draws nothing for a topic without figures', () => {
		expect(briefingCharts({ ...fixtureData(), figures: [] }, { kind: 'topic', topic: 'air-war' })).toEqual([]);
	});
});
