/**
 * Turns dated expressions into constraints on the publication day. A date spoken of as past puts the
 * publication on or after it; one still to come puts it before; a whole-month total ("in November
 * alone") puts it after the month. A weekday in the past tense puts the publication within the six days
 * after that weekday, in the future tense within the six days before it; when the text also states a
 * date falling on that weekday, the weekday is taken to be that date and the constraint becomes a
 * window of days. A past weekday on which no stated date falls is placed at its first occurrence on or
 * after the latest stated past day (a story names recent days by weekday, older ones by date); with no
 * stated day it only rules out the weekday itself, as a rule on the day of the week.
 */

import { weekdayOf } from './calendar.ts';
import type { DateExpression } from './expression.ts';
import type { DatedExpression } from './year-anchors.ts';

/** One end of the range of possible publication days and the expression that sets it. */
export interface Bound {
	day: number;
	/** How fine the date behind the bound is. */
	grade: 'day' | 'month' | 'year';
	/** True when the year behind the bound is written in the text. */
	yearStated: boolean;
	dated: DatedExpression;
	/** The stated date a weekday was matched to ("Late Friday" ⇒ "November 21, 2025"), else null. */
	via: DatedExpression | null;
	/** For a weekday no stated date falls on: the stated date it was placed after, else null. */
	placedAfter: DatedExpression | null;
	/** A "since" date: true, but says little about when the article appeared. */
	weak: boolean;
	/** Why, in reader's words: "spoken of as past". */
	reason: string;
}

/** A weekday no stated date pins down: publication within six days after it (past) or before it (future). */
export interface WeekdayRule {
	weekday: number;
	direction: 'past' | 'future';
	/** The publication may fall on the weekday itself ("Early Sunday"). */
	sameDay: boolean;
	expression: DateExpression;
}

export interface Constraints {
	lower: Bound[];
	upper: Bound[];
	rules: WeekdayRule[];
}

function yearStated(dated: DatedExpression): boolean {
	return dated.anchor === null ? dated.expression.spec.type !== 'anniversary' : dated.anchor.origin === 'text';
}

function gradeOf(dated: DatedExpression): Bound['grade'] {
	return dated.span!.precision;
}

function calendarBounds(dated: DatedExpression, constraints: Constraints): void {
	const { expression, span } = dated;
	if (!span) return;
	const { spec, relation, tense } = expression;
	const bound = (day: number, reason: string, weak = false): Bound => ({
		day,
		grade: gradeOf(dated),
		yearStated: yearStated(dated),
		dated,
		via: null,
		placedAfter: null,
		weak,
		reason,
	});
	if (tense === 'past') {
		if (relation === 'before') return;
		if (spec.type === 'month' && spec.completed)
			constraints.lower.push(bound(span.last + 1, 'reported as a finished month'));
		else if (relation === 'since') constraints.lower.push(bound(span.first, 'spoken of as past', true));
		else constraints.lower.push(bound(span.first, 'spoken of as past'));
	} else if (tense === 'future') {
		if (relation === 'after') return;
		if (relation === 'before') constraints.upper.push(bound(span.first - 1, 'still to come'));
		else if (relation === 'by' || relation === 'until' || relation === 'deadline' || span.precision !== 'day')
			constraints.upper.push(bound(span.last, 'still to come'));
		else constraints.upper.push(bound(span.first - 1, 'still to come'));
	}
}

function range(bounds: Constraints): [number, number] {
	const lower = bounds.lower.filter((bound) => !bound.weak).map((bound) => bound.day);
	const upper = bounds.upper.map((bound) => bound.day);
	return [lower.length ? Math.max(...lower) : -Infinity, upper.length ? Math.min(...upper) : Infinity];
}

/** Matches a past or future weekday to a stated date on that weekday that fits the other constraints. */
function bindWeekday(expression: DateExpression, stated: DatedExpression[], constraints: Constraints): boolean {
	const { spec, tense } = expression;
	if (spec.type !== 'weekday' || (tense !== 'past' && tense !== 'future')) return false;
	const [lo, hi] = range(constraints);
	const opposite = tense === 'past' ? 'future' : 'past';
	const candidates = stated
		.filter((dated) => weekdayOf(dated.span!.first) === spec.weekday && dated.expression.tense !== opposite)
		.sort((a, b) => (tense === 'past' ? b.span!.first - a.span!.first : a.span!.first - b.span!.first));
	for (const candidate of candidates) {
		const day = candidate.span!.first;
		const [from, to] = tense === 'past' ? [day + (spec.sameDay ? 0 : 1), day + 6] : [day - 6, day - 1];
		if (from > hi || to < lo) continue;
		const dated: DatedExpression = {
			expression,
			span: { first: day, last: day, precision: 'day' },
			anchor: candidate.anchor,
		};
		const common = {
			grade: 'day' as const,
			yearStated: yearStated(candidate),
			dated,
			via: candidate,
			placedAfter: null,
			weak: false,
		};
		constraints.lower.push({ ...common, day: from, reason: tense === 'past' ? 'spoken of as past' : 'still to come' });
		constraints.upper.push({ ...common, day: to, reason: tense === 'past' ? 'spoken of as past' : 'still to come' });
		return true;
	}
	return false;
}

/** Places a past weekday at its first occurrence on or after the latest stated past day, when that fits. */
function placeWeekday(expression: DateExpression, constraints: Constraints): boolean {
	const { spec, tense } = expression;
	if (spec.type !== 'weekday' || tense !== 'past') return false;
	const stated = constraints.lower.filter(
		(bound) =>
			bound.grade === 'day' && bound.yearStated && !bound.weak && bound.via === null && bound.placedAfter === null,
	);
	const latest = stated.sort((a, b) => b.day - a.day)[0];
	if (!latest) return false;
	const [lo, hi] = range(constraints);
	const day = latest.day + ((spec.weekday - weekdayOf(latest.day) + 7) % 7);
	const [from, to] = [day + (spec.sameDay ? 0 : 1), day + 6];
	if (from > hi || to < lo) return false;
	const dated: DatedExpression = {
		expression,
		span: { first: day, last: day, precision: 'day' },
		anchor: latest.dated.anchor,
	};
	const common = {
		grade: 'day' as const,
		yearStated: true,
		dated,
		via: null,
		placedAfter: latest.dated,
		weak: false,
		reason: 'spoken of as past',
	};
	constraints.lower.push({ ...common, day: from });
	constraints.upper.push({ ...common, day: to });
	return true;
}

/** "Yesterday, November 21, …": a relative day set beside a stated date fixes the publication day. */
function bindRelativeDay(expression: DateExpression, all: DatedExpression[], constraints: Constraints): void {
	const { spec } = expression;
	if (spec.type !== 'relative' || spec.unit !== 'day') return;
	const end = expression.start + expression.text.length;
	const beside = all.find(
		(dated) =>
			dated.expression.sentence === expression.sentence &&
			dated.expression.spec.type === 'day' &&
			dated.span !== null &&
			/^[\s,(–—-]{1,3}$/.test(expression.sentence.text.slice(end, dated.expression.start)),
	);
	if (!beside) return;
	const day = beside.span!.first - spec.offset;
	const common = {
		day,
		grade: 'day' as const,
		yearStated: yearStated(beside),
		dated: beside,
		via: null,
		placedAfter: null,
		weak: false,
		reason: `named as "${expression.text}"`,
	};
	constraints.lower.push(common);
	constraints.upper.push(common);
}

/** The constraints the dated expressions of one article put on its publication day. */
export function buildConstraints(all: DatedExpression[]): Constraints {
	const constraints: Constraints = { lower: [], upper: [], rules: [] };
	for (const dated of all) calendarBounds(dated, constraints);
	const stated = all.filter(
		(dated) => dated.expression.spec.type === 'day' && dated.span !== null && yearStated(dated),
	);
	for (const { expression } of all) {
		bindRelativeDay(expression, all, constraints);
		const { spec, tense } = expression;
		if (spec.type !== 'weekday' || spec.shift === 'last' || spec.shift === 'next') continue;
		if (tense !== 'past' && tense !== 'future') continue;
		if (bindWeekday(expression, stated, constraints)) continue;
		if (!placeWeekday(expression, constraints))
			constraints.rules.push({ weekday: spec.weekday, direction: tense, sameDay: spec.sameDay, expression });
	}
	return constraints;
}
