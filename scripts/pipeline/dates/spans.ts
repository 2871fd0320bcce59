/** Turns a dated expression and its year into the span of days it names. */
import type { DatePrecision } from '../../../src/schemas/index.ts';
import { dayNumber, daysInMonth, yearSpan } from './calendar.ts';
import type { DateSpec, Part } from './expression.ts';

/** The days an expression names and the precision it names them at. */
export interface Span {
	first: number;
	last: number;
	precision: DatePrecision;
}

function monthPart(year: number, month: number, part: Part): [number, number] {
	const length = daysInMonth(year, month);
	const [from, to] =
		part === 'early' ? [1, 10] : part === 'mid' ? [11, 20] : part === 'late' ? [21, length] : [1, length];
	return [dayNumber(year, month, from), dayNumber(year, month, to)];
}

function yearPart(year: number, part: Part): [number, number] {
	if (part === 'early') return [dayNumber(year, 1, 1), dayNumber(year, 4, 30)];
	if (part === 'mid') return [dayNumber(year, 5, 1), dayNumber(year, 8, 31)];
	if (part === 'late') return [dayNumber(year, 9, 1), dayNumber(year, 12, 31)];
	return yearSpan(year);
}

/** The span of a calendar expression once its year is known; null for weekdays and relative phrases. */
export function spanOf(spec: DateSpec, year: number | null): Span | null {
	switch (spec.type) {
		case 'day': {
			if (year === null) return null;
			const day = dayNumber(year, spec.month, spec.day);
			return { first: day, last: day, precision: 'day' };
		}
		case 'month': {
			if (year === null) return null;
			const [first, last] = monthPart(year, spec.month, spec.part);
			return { first, last, precision: 'month' };
		}
		case 'year': {
			const [first, last] = yearPart(spec.year, spec.part);
			return { first, last, precision: 'year' };
		}
		case 'anniversary':
			return { first: spec.day, last: spec.day, precision: 'day' };
		default:
			return null;
	}
}
