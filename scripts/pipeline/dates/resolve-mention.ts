/** Resolves a date expression against the publication date into the DateMention other stages use. */
import type { DatePrecision } from '../../../src/schemas/index.ts';
import type { DateMention } from '../model.ts';
import { dayNumber, isoAt, monthSpan, precisionOfSpan, weekdayOf, weekSpan, yearSpan, ymdOf } from './calendar.ts';
import type { DateSpec, Tense } from './expression.ts';
import type { DatedExpression } from './year-anchors.ts';

/** The publication date as a span of days and its precision. */
export interface Publication {
	first: number;
	last: number;
	precision: DatePrecision;
}

type Resolved = { date: string; precision: DatePrecision; weekday?: number; orderDay?: string } | null;

function ofSpan(first: number, last: number): Resolved {
	const precision = precisionOfSpan(first, last);
	return precision && { date: isoAt(first, precision), precision };
}

/**
 * The day a weekday names, counted from the publication day: the latest such day for the past, the next
 * for the future, the nearest when the tense is unknown. A weekday that is the publication day's own
 * names that day, as wire copy does ("the governor said on Tuesday", filed on Tuesday).
 */
function weekday(spec: Extract<DateSpec, { type: 'weekday' }>, tense: Tense, day: number): number {
	const back = (weekdayOf(day) - spec.weekday + 7) % 7;
	const ahead = (spec.weekday - weekdayOf(day) + 7) % 7;
	if (spec.shift === 'last') return day - (back || 7);
	if (spec.shift === 'next') return day + (ahead || 7);
	if (tense === 'past') return day - back;
	if (tense === 'future') return day + ahead;
	return back <= ahead ? day - back : day + ahead;
}

function weekend(offset: number, tense: Tense, day: number): [number, number] {
	const [monday] = weekSpan(day);
	const current = monday + 5;
	const isWeekend = weekdayOf(day) === 6 || weekdayOf(day) === 0;
	let saturday = current + offset * 7;
	if (offset === 0 && tense === 'past' && !isWeekend) saturday = current - 7;
	return [saturday, saturday + 1];
}

/** The days a relative phrase counted in days or weeks names from a publication day. */
function daysFrom(spec: Extract<DateSpec, { type: 'relative' }>, tense: Tense, day: number): [number, number] {
	const { offset } = spec;
	if (spec.unit === 'day') return [day + offset, day + offset];
	if (spec.unit === 'weekend') return weekend(offset, tense, day);
	const [monday, sunday] = weekSpan(day + offset * 7);
	if (spec.part === 'earlier' && day > monday) return [monday, day - 1];
	if (spec.part === 'later' && day < sunday) return [day + 1, sunday];
	return [monday, sunday];
}

function relative(spec: Extract<DateSpec, { type: 'relative' }>, tense: Tense, publication: Publication): Resolved {
	const { offset } = spec;
	if (spec.unit === 'year') return { date: String(ymdOf(publication.first).year + offset), precision: 'year' };
	if (spec.unit === 'month') {
		if (publication.precision === 'year') return null;
		const { year, month } = ymdOf(publication.first);
		const shifted = dayNumber(year, month + offset, 1);
		return { date: isoAt(shifted, 'month'), precision: 'month' };
	}
	if (publication.precision !== 'day') return null;
	return ofSpan(...daysFrom(spec, tense, publication.first));
}

const KIND: Record<DateSpec['type'], DateMention['kind']> = {
	day: 'explicit',
	month: 'month',
	year: 'year',
	weekday: 'weekday',
	relative: 'relative',
	anniversary: 'relative',
};

/**
 * A day named relative to a publication date known only to its month ("on Saturday", "next week", "yesterday" in an
 * article of December 2025): the publication's month, at month precision, with the weekday kept. Read as if the article
 * appeared mid-month, the day stays inside that month; an article from the first or last days of the month may mean a
 * day just outside it, which is why such dates are marked inferred. Null when the mid-month reading leaves the month.
 */
function withinMonth(spec: DateSpec, tense: Tense, publication: Publication): Resolved {
	const middle = Math.round((publication.first + publication.last) / 2);
	let first: number;
	let last: number;
	if (spec.type === 'weekday') first = last = weekday(spec, tense, middle);
	else if (spec.type === 'relative' && spec.unit !== 'month' && spec.unit !== 'year')
		[first, last] = daysFrom(spec, tense, middle);
	else return null;
	if (first < publication.first || last > publication.last) return null;
	return {
		date: isoAt(publication.first, 'month'),
		precision: 'month',
		...(spec.type === 'weekday' ? { weekday: spec.weekday } : {}),
		orderDay: isoAt(first, 'day'),
	};
}

/** The mention of one dated expression, resolved against the publication date when one is known. */
export function resolveMention(dated: DatedExpression, publication: Publication | null): DateMention {
	const { expression, span } = dated;
	const { spec, tense } = expression;
	let resolved: Resolved = null;
	if (span) resolved = { date: isoAt(span.first, span.precision), precision: span.precision };
	else if (publication && spec.type === 'weekday' && publication.precision === 'day')
		resolved = { date: isoAt(weekday(spec, tense, publication.first), 'day'), precision: 'day' };
	else if (publication && publication.precision === 'month' && (spec.type === 'weekday' || spec.type === 'relative'))
		resolved =
			withinMonth(spec, tense, publication) ?? (spec.type === 'relative' ? relative(spec, tense, publication) : null);
	else if (publication && spec.type === 'relative') resolved = relative(spec, tense, publication);
	return {
		sentence: expression.sentence.id,
		text: expression.text,
		start: expression.start,
		date: resolved?.date ?? null,
		precision: resolved?.precision ?? null,
		kind: KIND[spec.type],
		inferred:
			spec.type === 'weekday' || spec.type === 'relative' || spec.type === 'anniversary' || dated.anchor !== null,
		tense,
		// Set only when they say something, so a plain mention keeps its plain shape.
		...(expression.relation ? { relation: expression.relation } : {}),
		...(resolved?.weekday !== undefined ? { weekday: resolved.weekday } : {}),
		...(resolved?.orderDay ? { orderDay: resolved.orderDay } : {}),
	};
}

/** The publication date as a span, or null when it is unknown or malformed. */
export function publicationSpan(date: string | null, precision: DatePrecision | null): Publication | null {
	if (!date || !precision) return null;
	const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
	if (!match) return null;
	const year = Number(match[1]);
	if (precision === 'day' && match[3]) {
		const day = dayNumber(year, Number(match[2]), Number(match[3]));
		return { first: day, last: day, precision };
	}
	if (precision !== 'year' && match[2]) {
		const [first, last] = monthSpan(year, Number(match[2]));
		return { first, last, precision: 'month' };
	}
	const [first, last] = yearSpan(year);
	return { first, last, precision: 'year' };
}
