import { describe, expect, it } from 'vitest';
import { compareCoarse } from './partial-date.ts';

describe('compareCoarse', () => {
	it('orders dates of one precision as the calendar does', () => {
		expect(compareCoarse('2025-11-21', '2025-11-27')).toBeLessThan(0);
	});
	it('puts a month after the days of earlier months', () => {
		expect(compareCoarse('2025-12', '2025-11-27')).toBeGreaterThan(0);
	});
	it('calls a month and a day inside it neither earlier nor later', () => {
		expect(compareCoarse('2025-12', '2025-12-06')).toBe(0);
	});
});
