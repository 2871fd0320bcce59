/** Words for the evidence a publication date rests on: the sentences quoted, the reasoning in plain terms. */
import type { Sentence } from '../model.ts';
import { describeDay, describeMonth, isoAt, WEEKDAY_NAMES, weekdayOf, ymdOf } from './calendar.ts';
import type { Bound, WeekdayRule } from './constraints.ts';
import type { Span } from './spans.ts';
import type { YearAnchor } from './year-anchors.ts';

/** A sentence quoted whole, as the evidence shows it. */
export function quote(sentence: Sentence): string {
	return `“${sentence.text}”`;
}

/** A span in reader's words: "Friday 21 November 2025", "November 2025", "2024". */
export function describeSpan(span: Span): string {
	if (span.precision === 'day') return describeDay(span.first);
	if (span.precision === 'month') return describeMonth(span.first);
	return String(ymdOf(span.first).year);
}

/** One bound explained: the words, the date they name, why they bound the publication, and the sentence. */
export function explainBound(bound: Bound): string {
	const { expression, span } = bound.dated;
	const words = `"${expression.text}"`;
	if (bound.via) {
		const stated = bound.via.expression;
		return (
			`${words} is ${bound.reason}: ${quote(expression.sentence)} It falls on ${describeDay(span!.first)}, ` +
			`the day the text states in ${quote(stated.sentence)}`
		);
	}
	if (bound.placedAfter) {
		const stated = bound.placedAfter.expression;
		return (
			`${words} is ${bound.reason}: ${quote(expression.sentence)} No stated date falls on it; it is taken ` +
			`as the first ${WEEKDAY_NAMES[weekdayOf(span!.first)]} on or after "${stated.text}", ` +
			`${describeDay(span!.first)}.`
		);
	}
	if (bound.reason.startsWith('named as'))
		return `The text gives the date beside ${bound.reason.replace('named as ', '')}: ${quote(expression.sentence)}`;
	const spelledOut = expression.spec.type === 'day' && expression.spec.year !== null;
	return `${words}${spelledOut ? '' : ` (${describeSpan(span!)})`} is ${bound.reason}: ${quote(expression.sentence)}`;
}

/** One weekday rule explained. */
export function explainRule(rule: WeekdayRule): string {
	return `"${rule.expression.text}" is ${rule.direction === 'past' ? 'spoken of as past' : 'still to come'}: ${quote(rule.expression.sentence)}`;
}

/** The weekday reasoning: "It most likely appeared on a Sunday, the nearest day after the Saturday spoken of as past and before the Monday still to come." */
export function explainWeekdays(rules: readonly WeekdayRule[], day: number): string {
	const names = (direction: WeekdayRule['direction']) => [
		...new Set(rules.filter((rule) => rule.direction === direction).map((rule) => WEEKDAY_NAMES[rule.weekday])),
	];
	const past = names('past');
	const future = names('future');
	const sides = [
		past.length ? `after the ${past.join(' and ')} spoken of as past` : '',
		future.length ? `before the ${future.join(' and ')} still to come` : '',
	]
		.filter(Boolean)
		.join(' and ');
	return `It most likely appeared on a ${WEEKDAY_NAMES[weekdayOf(day)]}, the nearest day ${sides}; the first such day that fits is ${describeDay(day)}.`;
}

/** Where a supplied year came from. */
export function explainYear(anchor: YearAnchor, year: number): string {
	if (anchor.origin === 'corpus')
		return `The text names no year: ${year} is the year that puts its dates nearest the latest confidently dated article (${isoAt(anchor.day, 'day')}).`;
	if (anchor.origin === 'reference')
		return `The text names no year: ${year} comes from the anniversary, ${anchor.words}.`;
	return `The year ${year} comes from ${anchor.words}.`;
}
