import { describe, expect, it } from 'vitest';
import { STATE_WINDOW_DAYS, staleBy } from './state-window.ts';

describe('staleBy', () => {
	it('counts the days a date certainly lies before the newest, each at its own precision', () => {
		// A spring month against a winter day: far outside the window.
		expect(staleBy('2025-04', '2025-12-06')).toBeGreaterThan(STATE_WINDOW_DAYS);
		// The last day of a month to the first of the next.
		expect(staleBy('2025-10', '2025-11-01')).toBe(1);
	});
	it('never counts a date that may be the same time as the newest as stale', () => {
		expect(staleBy('2025-12', '2025-12-06')).toBe(0);
		expect(staleBy('2025-12-06', '2025-12')).toBe(0);
		expect(staleBy('2025', '2025-06-30')).toBe(0);
	});
});
