import { describe, expect, it } from 'vitest';
import { paths } from '../config/site.ts';
import { adjacentMonths, eventHref, timelinePeriod, timelineYears } from './timeline-archive.ts';

const periods = (entries: [string, number][]) =>
	new Map(entries.map(([period, count]) => [period, Array.from({ length: count })]));

describe('timelinePeriod', () => {
	it('files a day- or month-precise date under its month', () => {
		expect(timelinePeriod('2025-03-14')).toBe('2025-03');
		expect(timelinePeriod('2025-03')).toBe('2025-03');
	});

	it('files a year-precise date under its year', () => {
		expect(timelinePeriod('2025')).toBe('2025');
	});
});

describe('timelineYears', () => {
	it('lists years newest first, their months oldest first, and counts events dated only to the year apart', () => {
		const years = timelineYears(
			periods([
				['2025-03', 4],
				['2024-11', 1],
				['2025', 2],
				['2025-01', 3],
			]),
		);
		expect(years).toEqual([
			{
				year: '2025',
				months: [
					{ period: '2025-01', count: 3 },
					{ period: '2025-03', count: 4 },
				],
				yearOnly: 2,
				total: 9,
			},
			{ year: '2024', months: [{ period: '2024-11', count: 1 }], yearOnly: 0, total: 1 },
		]);
	});
});

describe('adjacentMonths', () => {
	it('skips months without events and year periods', () => {
		const archive = periods([
			['2024-11', 1],
			['2025', 1],
			['2025-03', 1],
			['2025-01', 1],
		]);
		expect(adjacentMonths(archive, '2025-01')).toEqual({ previous: '2024-11', next: '2025-03' });
	});

	it('has no neighbour past either end', () => {
		const archive = periods([
			['2025-01', 1],
			['2025-03', 1],
		]);
		expect(adjacentMonths(archive, '2025-01').previous).toBeNull();
		expect(adjacentMonths(archive, '2025-03').next).toBeNull();
	});
});

describe('eventHref', () => {
	it('points to the event on the page of its month, or of its year for a year-precise date', () => {
		expect(eventHref({ id: 'talks', date: '2025-03-14' })).toBe(`${paths.timelinePeriod('2025-03')}#event-talks`);
		expect(eventHref({ id: 'plan', date: '2025' })).toBe(`${paths.timelinePeriod('2025')}#event-plan`);
		expect(paths.timelinePeriod('2025-03')).toMatch(/\/timeline\/2025\/03\/$/);
	});
});
