import { describe, expect, it } from 'vitest';
import { figure } from './fixtures.ts';
import { chartInputFrom, chartsFor } from './index.ts';

const supposedAid = figure({
	metric: 'aid_usd',
	value: 5e9,
	unit: 'usd',
	date: '2025-12-01',
	status: 'hypothetical',
	statusCue: 'would',
});
const negatedCap = figure({
	metric: 'troop_cap',
	value: 600000,
	date: '2025-11-27',
	status: 'negated',
	statusCue: 'not to',
});
const paidAid = figure({ metric: 'aid_usd', value: 8.2e9, unit: 'usd', date: '2025-11-27' });

describe('chartsFor', () => {
	it('finds nothing to draw in figures the text negates or only supposes', () =>
		expect(chartsFor([supposedAid, negatedCap])).toEqual([]));
	it('draws the over-time chart once a reported figure is there', () =>
		expect(chartsFor([supposedAid, paidAid]).map((chart) => chart.id)).toEqual(['over-time']));
});

describe('chartInputFrom', () => {
	it('hands the charts only reported figures', () => {
		const input = chartInputFrom(
			{ figures: [supposedAid, negatedCap, paidAid], events: [], articles: [], entities: [], topics: [] },
			'/timeline/',
		);
		expect(input.figures.map((item) => item.value)).toEqual([8.2e9]);
	});
});
