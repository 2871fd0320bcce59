/** Human-readable dates at the precision the text supports ("22 November 2025", "November 2025"). */
import type { DatePrecision } from '../schemas/index.ts';

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];

/** Formats an ISO date of any precision; precision defaults to what the string holds. */
export function formatDate(iso: string | null, precision?: DatePrecision | null): string {
	if (!iso) return 'Date unknown';
	const [year, month, day] = iso.split('-');
	const level = precision ?? (day ? 'day' : month ? 'month' : 'year');
	if (level === 'year' || !month) return year!;
	const monthName = MONTHS[Number(month) - 1]!;
	if (level === 'month' || !day) return `${monthName} ${year}`;
	return `${Number(day)} ${monthName} ${year}`;
}

/** A compact form for tables: "22 Nov 2025", "Nov 2025", "2025". */
export function formatDateShort(iso: string | null, precision?: DatePrecision | null): string {
	return formatDate(iso, precision).replace(
		/\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/,
		(month) => (month.length > 4 ? month.slice(0, 3) : month),
	);
}

/** The month key (`YYYY-MM`) of a date, or the year for year-precision dates. */
export function monthKey(iso: string): string {
	return iso.slice(0, 7);
}

/** "November 2025" for a `YYYY-MM` key; the year alone for a `YYYY` key. */
export function formatMonthKey(key: string): string {
	return formatDate(key, key.length === 4 ? 'year' : 'month');
}
