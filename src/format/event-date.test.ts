import { describe, expect, it } from 'vitest';
import { formatEventDate, statusLabel } from './event-date.ts';

describe('formatEventDate', () => {
	it('keeps the weekday a month-precise date was told by', () => {
		expect(formatEventDate({ date: '2025-12', precision: 'month', weekday: 'Saturday' })).toBe(
			'December 2025, a Saturday',
		);
	});
	it('gives a day-precise date as the day', () => {
		expect(formatEventDate({ date: '2025-11-21', precision: 'day', weekday: null })).toBe('21 November 2025');
	});
	it('shows a date the text gives as a bound with its bound, never as the day it happened', () => {
		expect(formatEventDate({ date: '2026-04-30', precision: 'day', weekday: null, bound: 'by' })).toBe(
			'by 30 April 2026',
		);
		expect(formatEventDate({ date: '2026-03', precision: 'month', weekday: null, bound: 'since' })).toBe(
			'since March 2026',
		);
	});
});

describe('statusLabel', () => {
	it('marks plans and deadlines, not what happened', () => {
		expect([statusLabel({ status: 'scheduled' }), statusLabel({ status: 'deadline' })]).toEqual([
			'Scheduled',
			'Deadline',
		]);
		expect(statusLabel({ status: 'happened' })).toBeNull();
	});
});
