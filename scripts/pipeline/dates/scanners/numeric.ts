/**
 * Finds calendar days written in figures with a year ("14.12.2025", "14/12/2025", "12/14/2025"). The order of day
 * and month differs between locales, so such a date is read only when it is unambiguous: one of the first two
 * numbers is over 12 and can only be the day. "03.12.2025" could be 3 December or 12 March and is left unread:
 * better no date than a wrong one. ISO dates ("2025-12-14") are read by the explicit scanner.
 */
import { daysInMonth } from '../calendar.ts';
import type { RawExpression } from '../expression.ts';

const NUMERIC_DAY = /(?<![\d./-])(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d{2})(?![\d./-]|\.\d)/g;

/** Days written in figures whose day and month cannot be mistaken for each other. */
export function scanNumericDays(text: string): RawExpression[] {
	const found: RawExpression[] = [];
	for (const match of text.matchAll(NUMERIC_DAY)) {
		const [first, second, year] = [Number(match[1]), Number(match[3]), Number(match[4])];
		const dayFirst = first > 12 && second >= 1 && second <= 12;
		const monthFirst = second > 12 && first >= 1 && first <= 12;
		if (dayFirst === monthFirst) continue;
		const [day, month] = dayFirst ? [first, second] : [second, first];
		if (day > daysInMonth(year, month)) continue;
		found.push({ text: match[0], start: match.index, spec: { type: 'day', year, month, day, weekday: null } });
	}
	return found;
}
