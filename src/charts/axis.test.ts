import { scaleLinear, scaleUtc } from 'd3';
import { describe, expect, it } from 'vitest';
import { linearTicks, timeTicks, zeroBasedDomain } from './axis.ts';

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('zeroBasedDomain', () => {
	it('starts at zero and keeps an all-zero domain one unit wide', () => {
		expect(zeroBasedDomain(653)).toEqual([0, 653]);
		expect(zeroBasedDomain(0)).toEqual([0, 1]);
	});
});

describe('linearTicks', () => {
	it('labels ticks for people: grouped thousands and billions', () => {
		expect(linearTicks(scaleLinear().domain([0, 6024]).nice(3).range([0, 300]), 3).map((tick) => tick.label)).toEqual([
			'0',
			'2,000',
			'4,000',
			'6,000',
			'8,000',
		]);
		expect(linearTicks(scaleLinear().domain([0, 8.2e9]).nice(3).range([0, 300]), 3).map((tick) => tick.label)).toEqual([
			'0',
			'5 bn',
			'10 bn',
		]);
	});
});

describe('timeTicks', () => {
	it('uses half-month day ticks on a short domain, never crowding labels', () => {
		const scale = scaleUtc()
			.domain([utc('2025-11-01'), utc('2026-01-01')])
			.range([0, 600]);
		const ticks = timeTicks(scale, 72);
		expect(ticks.map((tick) => tick.label)).toEqual(['1 Nov', '15 Nov', '1 Dec', '15 Dec', '1 Jan']);
		for (let index = 1; index < ticks.length; index++)
			expect(ticks[index]!.position - ticks[index - 1]!.position).toBeGreaterThanOrEqual(72);
	});

	it('switches to months with the year on the first tick and on January', () => {
		const scale = scaleUtc()
			.domain([utc('2025-10-01'), utc('2026-03-01')])
			.range([0, 300]);
		expect(timeTicks(scale, 56).map((tick) => tick.label)).toEqual([
			'Oct 2025',
			'Nov',
			'Dec',
			'Jan 2026',
			'Feb',
			'Mar',
		]);
	});

	it('falls back to years over a long domain at a narrow width', () => {
		const scale = scaleUtc()
			.domain([utc('2022-01-01'), utc('2026-01-01')])
			.range([0, 260]);
		expect(timeTicks(scale, 60).map((tick) => tick.label)).toEqual(['2022', '2023', '2024', '2025', '2026']);
	});

	it('links day and month ticks to the timeline month the caller knows', () => {
		const scale = scaleUtc()
			.domain([utc('2025-11-01'), utc('2026-01-01')])
			.range([0, 600]);
		const ticks = timeTicks(scale, 72, (month) => (month === '2025-11' ? '/timeline/#month-2025-11' : undefined));
		expect(ticks.map((tick) => tick.href ?? null)).toEqual([
			'/timeline/#month-2025-11',
			'/timeline/#month-2025-11',
			null,
			null,
			null,
		]);
	});
});
