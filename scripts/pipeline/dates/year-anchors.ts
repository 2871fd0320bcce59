/**
 * Supplies the year of a date written without one ("April 15", "in November alone") from an anchor day:
 * the caller lists the anchors in order of trust (a dated expression in the same sentence, the latest
 * dated past in the text, the publication date, an anniversary, the corpus anchor) and the first one
 * present is used. The year chosen puts the date nearest the anchor: a past or undated-tense date no
 * later than about a month after it, a future date no earlier than about a month before it.
 */

import { dayNumber, monthSpan, ymdOf } from './calendar.ts';
import type { DateExpression, Tense } from './expression.ts';
import { type Span, spanOf } from './spans.ts';

/** A day a yearless date is placed near, and where it comes from (for the evidence). */
export interface YearAnchor {
	day: number;
	/** `text` anchors come from the article itself and count as stated; the others are reasoned. */
	origin: 'text' | 'publication' | 'reference' | 'corpus';
	/** How the evidence names it: `"November 23, 2025" in the text`. */
	words: string;
}

const SLACK = 31;

/** The year that places `month`/`day` nearest `anchor` as the tense allows. */
export function chooseYear(
	month: number,
	day: number,
	tense: Tense,
	anchor: number,
	shift: 'last' | 'next' | 'this' | null = null,
): number {
	const base = ymdOf(anchor).year;
	const years = [base - 1, base, base + 1];
	const at = (year: number) => dayNumber(year, month, day);
	if (shift === 'this') return base;
	if (shift === 'last') return years.filter((year) => monthSpan(year, month)[1] < anchor).at(-1) ?? base - 1;
	if (shift === 'next') return years.find((year) => monthSpan(year, month)[0] > anchor) ?? base + 1;
	if (tense === 'future') return years.find((year) => at(year) >= anchor - SLACK) ?? base + 1;
	return years.filter((year) => at(year) <= anchor + SLACK).at(-1) ?? base - 1;
}

/** True when the expression carries its own year. */
function hasYear(expression: DateExpression): boolean {
	const { spec } = expression;
	return (spec.type === 'day' || spec.type === 'month') && spec.year !== null;
}

/**
 * A dated day or month in the same sentence ("November 27 and December 3, 2025"), nearest first. A date that opens a
 * period ("the smallest monthly gain since June 2025") says when the period began, not the year of the sentence's
 * other dates ("in January").
 */
export function sentenceAnchor(expression: DateExpression, all: readonly DateExpression[]): YearAnchor | null {
	const near = all
		.filter(
			(other) =>
				other !== expression && other.sentence === expression.sentence && hasYear(other) && other.relation !== 'since',
		)
		.sort((a, b) => Math.abs(a.start - expression.start) - Math.abs(b.start - expression.start))[0];
	if (!near) return null;
	const span = spanOf(near.spec, (near.spec as { year: number }).year)!;
	return { day: span.first, origin: 'text', words: `"${near.text}" in the same sentence` };
}

/** The latest dated day or month the text speaks of as past or undated in tense, or null. */
export function textAnchor(all: readonly DateExpression[]): YearAnchor | null {
	let best: { day: number; expression: DateExpression } | null = null;
	for (const expression of all) {
		if (!hasYear(expression) || expression.tense === 'future') continue;
		const span = spanOf(expression.spec, (expression.spec as { year: number }).year)!;
		if (!best || span.first > best.day) best = { day: span.first, expression };
	}
	return best && { day: best.day, origin: 'text', words: `"${best.expression.text}" in the text` };
}

/** The latest anniversary of a reference date the text names, or null. */
export function referenceAnchor(all: readonly DateExpression[]): YearAnchor | null {
	let best: YearAnchor | null = null;
	for (const expression of all) {
		if (expression.spec.type !== 'anniversary') continue;
		if (!best || expression.spec.day > best.day) {
			const { day, reference, years } = expression.spec;
			const year = ymdOf(day).year;
			best = { day, origin: 'reference', words: `"${expression.text}": ${reference}, ${year - years} + ${years}` };
		}
	}
	return best;
}

/** The year of a yearless day or month from the first anchor available, with the anchor used; null when none is. */
export function supplyYear(
	expression: DateExpression,
	anchors: readonly (YearAnchor | null)[],
): { year: number; anchor: YearAnchor } | null {
	const { spec } = expression;
	if (spec.type !== 'day' && spec.type !== 'month') return null;
	const anchor = anchors.find((candidate): candidate is YearAnchor => candidate !== null);
	if (!anchor) return null;
	const day = spec.type === 'day' ? spec.day : 1;
	const shift = spec.type === 'month' ? spec.shift : null;
	return { year: chooseYear(spec.month, day, expression.tense, anchor.day, shift), anchor };
}

/** An expression with the days it names, once a year is known; `anchor` says where a supplied year came from. */
export interface DatedExpression {
	expression: DateExpression;
	span: Span | null;
	anchor: YearAnchor | null;
}

/** Dates every calendar expression, supplying missing years from `anchorsFor(expression)`. */
export function dateExpressions(
	all: readonly DateExpression[],
	anchorsFor: (expression: DateExpression) => (YearAnchor | null)[],
): DatedExpression[] {
	return all.map((expression) => {
		const { spec } = expression;
		if ((spec.type === 'day' || spec.type === 'month') && spec.year === null) {
			const supplied = supplyYear(expression, anchorsFor(expression));
			return { expression, span: supplied && spanOf(spec, supplied.year), anchor: supplied?.anchor ?? null };
		}
		const year = spec.type === 'day' || spec.type === 'month' ? spec.year : null;
		return { expression, span: spanOf(spec, year), anchor: null };
	});
}
