/** Calendar arithmetic on UTC day numbers (days since 1970-01-01), the unit every date stage reasons in. */
import type { DatePrecision } from '../../../src/schemas/index.ts';
import { language } from '../lang/index.ts';

const MS_PER_DAY = 86_400_000;

export const MONTH_NAMES = language.calendar.months;

export const WEEKDAY_NAMES = language.calendar.weekdays;

/** A calendar day as year, month (1–12) and day of month. */
export interface Ymd {
	year: number;
	month: number;
	day: number;
}

/** The day number of a calendar date. */
export function dayNumber(year: number, month: number, day: number): number {
	return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** The calendar date of a day number. */
export function ymdOf(day: number): Ymd {
	const date = new Date(day * MS_PER_DAY);
	return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: number): number {
	return (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** Number of days in a month. */
export function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** First and last day number of a month. */
export function monthSpan(year: number, month: number): [number, number] {
	return [dayNumber(year, month, 1), dayNumber(year, month, daysInMonth(year, month))];
}

/** First and last day number of a year. */
export function yearSpan(year: number): [number, number] {
	return [dayNumber(year, 1, 1), dayNumber(year, 12, 31)];
}

/** Monday and Sunday of the week (Monday first, as in ISO 8601) holding `day`. */
export function weekSpan(day: number): [number, number] {
	const monday = day - ((weekdayOf(day) + 6) % 7);
	return [monday, monday + 6];
}

/** A day number written as an ISO date at the given precision. */
export function isoAt(day: number, precision: DatePrecision): string {
	const { year, month, day: date } = ymdOf(day);
	const yyyy = String(year).padStart(4, '0');
	if (precision === 'year') return yyyy;
	const mm = String(month).padStart(2, '0');
	if (precision === 'month') return `${yyyy}-${mm}`;
	return `${yyyy}-${mm}-${String(date).padStart(2, '0')}`;
}

/** The span of days an ISO date of any precision covers, or null when it is not one. */
export function spanOfIso(iso: string): [number, number] | null {
	const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
	if (!match) return null;
	const year = Number(match[1]);
	if (match[3]) {
		const day = dayNumber(year, Number(match[2]), Number(match[3]));
		return [day, day];
	}
	if (match[2]) return monthSpan(year, Number(match[2]));
	return yearSpan(year);
}

/** The smallest precision that names every day of a span: its day, its month, its year, or null. */
export function precisionOfSpan(first: number, last: number): DatePrecision | null {
	if (first === last) return 'day';
	const a = ymdOf(first);
	const b = ymdOf(last);
	if (a.year !== b.year) return null;
	return a.month === b.month ? 'month' : 'year';
}

/** A day in reader's words: "Friday 21 November 2025". */
export function describeDay(day: number): string {
	const { year, month, day: date } = ymdOf(day);
	return `${WEEKDAY_NAMES[weekdayOf(day)]} ${date} ${MONTH_NAMES[month - 1]} ${year}`;
}

/** A month in reader's words: "November 2025". */
export function describeMonth(day: number): string {
	const { year, month } = ymdOf(day);
	return `${MONTH_NAMES[month - 1]} ${year}`;
}

/** Month number (1–12) of a month name or its usual abbreviation ("Sept", "Nov"), else null. */
export function monthOfWord(word: string): number | null {
	const key = word.toLowerCase().replace(/\.$/, '');
	if (key === 'sept') return 9;
	if (key.length < 3) return null;
	const index = MONTH_NAMES.findIndex((name) => {
		const lower = name.toLowerCase();
		return lower === key || (key.length === 3 && lower.startsWith(key));
	});
	return index === -1 ? null : index + 1;
}

/** Weekday number (0 = Sunday) of a weekday name, else null. */
export function weekdayOfWord(word: string): number | null {
	const index = WEEKDAY_NAMES.findIndex((name) => name.toLowerCase() === word.toLowerCase());
	return index === -1 ? null : index;
}
