/**
 * Dates as the site prints them, at the precision the text supports ("22 November 2025", "Nov
 * 2025", "2025"): every format is a d3 UTC time format, so a date never shifts with the machine's
 * time zone.
 */
import { utcFormat } from 'd3';
import type { DatePrecision } from '../schemas/index.ts';

/** Every way a date is printed: full month names in text, short ones in tables, charts and axes. */
const FORMATS = {
	'day month year': utcFormat('%-d %B %Y'),
	'month year': utcFormat('%B %Y'),
	year: utcFormat('%Y'),
	'day mon year': utcFormat('%-d %b %Y'),
	'mon year': utcFormat('%b %Y'),
	'day mon': utcFormat('%-d %b'),
	mon: utcFormat('%b'),
};

/** A date in one of the site's formats ("day mon" is "15 Nov"), read in UTC. */
export function formatCalendar(date: Date, format: keyof typeof FORMATS): string {
	return FORMATS[format](date);
}

/** The UTC date an ISO date of any precision starts on (`2025-11` → 1 November 2025). */
export function isoStart(iso: string): Date {
	const [year, month = '1', day = '1'] = iso.split('-');
	return new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
}

/**
 * Formats an ISO date of any precision, with full month names or short ones ("22 Nov 2025", for
 * tables and charts); the precision defaults to what the string holds.
 */
export function formatDate(
	iso: string | null,
	precision?: DatePrecision | null,
	months: 'long' | 'short' = 'long',
): string {
	if (!iso) return 'Date unknown';
	const parts = iso.split('-').length;
	const level = precision ?? (parts === 3 ? 'day' : parts === 2 ? 'month' : 'year');
	const date = isoStart(iso);
	if (level === 'year' || parts === 1) return formatCalendar(date, 'year');
	if (level === 'month' || parts === 2) return formatCalendar(date, months === 'long' ? 'month year' : 'mon year');
	return formatCalendar(date, months === 'long' ? 'day month year' : 'day mon year');
}

/** A compact form for tables: "22 Nov 2025", "Nov 2025", "2025". */
export function formatDateShort(iso: string | null, precision?: DatePrecision | null): string {
	return formatDate(iso, precision, 'short');
}

/** The month key (`YYYY-MM`) of a date, or the year for year-precision dates. */
export function monthKey(iso: string): string {
	return iso.slice(0, 7);
}

/** "November 2025" for a `YYYY-MM` key; the year alone for a `YYYY` key. */
export function formatMonthKey(key: string): string {
	return formatDate(key, key.length === 4 ? 'year' : 'month');
}
