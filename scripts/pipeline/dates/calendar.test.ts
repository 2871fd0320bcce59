import { describe, expect, it } from 'vitest';
import { dayNumber, describeDay, isoAt, monthOfWord, precisionOfSpan, weekdayOf, weekSpan } from './calendar.ts';

const day = (iso: string) =>
	Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

describe('calendar', () => {
	it('counts days from 1970-01-01 in UTC', () => {
		expect(dayNumber(2025, 11, 22)).toBe(day('2025-11-22'));
	});
	it('knows 21 November 2025 was a Friday', () => {
		expect(weekdayOf(dayNumber(2025, 11, 21))).toBe(5);
		expect(describeDay(dayNumber(2025, 11, 21))).toBe('Friday 21 November 2025');
	});
	it('gives the Monday-to-Sunday week of a day', () => {
		expect(weekSpan(dayNumber(2025, 11, 27)).map((one) => isoAt(one, 'day'))).toEqual(['2025-11-24', '2025-11-30']);
	});
	it('writes a day at each precision', () => {
		expect(['day', 'month', 'year'].map((precision) => isoAt(dayNumber(2025, 4, 5), precision as 'day'))).toEqual([
			'2025-04-05',
			'2025-04',
			'2025',
		]);
	});
	it('names a span by the finest precision that covers it', () => {
		expect(precisionOfSpan(dayNumber(2025, 12, 1), dayNumber(2025, 12, 7))).toBe('month');
		expect(precisionOfSpan(dayNumber(2025, 9, 29), dayNumber(2025, 10, 5))).toBe('year');
		expect(precisionOfSpan(dayNumber(2025, 12, 29), dayNumber(2026, 1, 4))).toBeNull();
	});
	it('reads month names and abbreviations ("Sept.", "Nov")', () => {
		expect(['Sept.', 'Nov', 'May', 'June', 'Ma'].map(monthOfWord)).toEqual([9, 11, 5, 6, null]);
	});
});
