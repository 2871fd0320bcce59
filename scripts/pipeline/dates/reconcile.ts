/**
 * Reconciles the constraints into one publication date. The latest lower bound and the earliest upper
 * bound give a range; weekday rules thin it. A day is given only when the lower bound is a day whose year
 * the text states: the earliest day that fits every constraint, confidence 0.6 when the range is at most a
 * week (the week is anchored; 0.5 when a weekday was placed rather than matched, 0.7 when one day is
 * left), 0.45 when nothing bounds it from above ("on or after"). A day whose year had to be supplied
 * gives its month; so does a month bound, but only when the text also speaks of recent days (weekdays,
 * "today", "next week", a finished month). The month is that of the likeliest day, the one nearest every
 * weekday named; confidence 0.4, or 0.35 when the year is not in the text. Year bounds alone, lone month
 * bounds and upper bounds alone give null with a warning. Never a confident wrong day.
 */
import { type ArticleDiagnostic, warning } from '../diagnostics.ts';
import type { PublicationDate } from '../model.ts';
import { describeDay, describeMonth, isoAt, weekdayOf, ymdOf } from './calendar.ts';
import type { Bound, Constraints, WeekdayRule } from './constraints.ts';
import { describeSpan, explainBound, explainRule, explainWeekdays, explainYear, quote } from './evidence.ts';
import type { DatedExpression } from './year-anchors.ts';

/** How many days past the lower bound the search for a fitting day goes. */
const SEARCH_DAYS = 62;

function distance(rule: WeekdayRule, day: number): number {
	const wd = weekdayOf(day);
	return rule.direction === 'past' ? (wd - rule.weekday + 7) % 7 : (rule.weekday - wd + 7) % 7;
}

function fits(rules: readonly WeekdayRule[], day: number): boolean {
	return rules.every((rule) => distance(rule, day) !== 0 || (rule.direction === 'past' && rule.sameDay));
}

function cost(rules: readonly WeekdayRule[], day: number): number {
	return rules.reduce((sum, rule) => sum + distance(rule, day), 0);
}

/** The earliest fitting day in [lo, hi], or the one nearest every weekday named when `nearest` is set. */
function pickDay(lo: number, hi: number, rules: readonly WeekdayRule[], nearest: boolean): number | null {
	let best: number | null = null;
	for (let day = lo; day <= Math.min(hi, lo + SEARCH_DAYS); day++) {
		if (!fits(rules, day)) continue;
		if (!nearest) return day;
		if (best === null || cost(rules, day) < cost(rules, best)) best = day;
	}
	return best;
}

/** The latest fitting day in [from, hi] (a finite range), `from` being one that fits. */
function latestDay(from: number, hi: number, rules: readonly WeekdayRule[]): number {
	for (let day = Math.min(hi, from + SEARCH_DAYS); day > from; day--) if (fits(rules, day)) return day;
	return from;
}

function strongest(bounds: readonly Bound[], pick: (a: number, b: number) => boolean): Bound | null {
	let best: Bound | null = null;
	for (const bound of bounds) {
		if (bound.weak) continue;
		if (!best || pick(bound.day, best.day) || (bound.day === best.day && bound.via && !best.via)) best = bound;
	}
	return best;
}

function nothing(reason: string, warnings: ArticleDiagnostic[] = []): PublicationDate {
	return {
		published: null,
		publishedPrecision: null,
		publishedSource: null,
		publishedConfidence: 0,
		publishedEvidence: `${reason[0]!.toUpperCase()}${reason.slice(1)}.`,
		diagnostics: [...warnings, warning('infer-date:no-date', `no publication date found: ${reason}`)],
	};
}

/** Words joined with commas, each once whatever its case ("today, earlier this week"). */
function list(words: readonly string[]): string {
	const seen = new Map<string, string>();
	for (const word of words) if (!seen.has(word.toLowerCase())) seen.set(word.toLowerCase(), word);
	return [...seen.values()].join(', ');
}

/** Phrases quoted and joined: "Saturday" or "Monday". */
function quoted(words: readonly string[]): string {
	const each = list(words)
		.split(', ')
		.map((word) => `"${word}"`);
	return each.length > 1 ? `${each.slice(0, -1).join(', ')} or ${each.at(-1)}` : each[0]!;
}

/** Why no date could be found, in the words of the warning. */
function explainNothing(dated: readonly DatedExpression[], constraints: Constraints): string {
	const upper = strongest(constraints.upper, (a, b) => a < b);
	if (upper)
		return `the text names only dates still to come, so it appeared on or before ${describeDay(upper.day)}, but nothing says how long before`;
	const textsOf = (type: string) =>
		dated.filter(({ expression }) => expression.spec.type === type).map(({ expression }) => expression.text);
	const yearless = dated.filter(
		({ expression, span }) => span === null && (expression.spec.type === 'day' || expression.spec.type === 'month'),
	);
	const parts: string[] = [];
	if (yearless.length)
		parts.push(`the text gives no year for ${quoted(yearless.map(({ expression }) => expression.text))}`);
	if (textsOf('weekday').length) parts.push(`nothing in it dates the week of ${quoted(textsOf('weekday'))}`);
	if (parts.length) return parts.join(', and ');
	if (textsOf('relative').length) return `the text has only relative dates (${list(textsOf('relative'))})`;
	const since = constraints.lower.filter((bound) => bound.weak);
	if (since.length)
		return `the text names only dates things began at (since ${list(since.map((bound) => bound.dated.expression.text))}), not when the article appeared`;
	if (dated.length) return 'the text names no date it speaks of as past';
	return 'the text names no dates';
}

/** One publication date from the constraints, with precision, confidence, evidence and warnings. */
export function reconcile(constraints: Constraints, dated: readonly DatedExpression[]): PublicationDate {
	const warnings: ArticleDiagnostic[] = [];
	const lower = strongest(constraints.lower, (a, b) => a > b);
	let upperBounds = constraints.upper;
	if (lower && upperBounds.some((bound) => bound.day < lower.day)) {
		const dropped = upperBounds.filter((bound) => bound.day < lower.day);
		warnings.push(
			warning(
				'infer-date:dates-disagree',
				`date references disagree: ${list(dropped.map((bound) => `"${bound.dated.expression.text}"`))} read ` +
					`as still to come, but "${lower.dated.expression.text}" is past; the former are set aside`,
			),
		);
		upperBounds = upperBounds.filter((bound) => bound.day >= lower.day);
	}
	const upper = strongest(upperBounds, (a, b) => a < b);
	if (!lower) return nothing(explainNothing(dated, constraints), warnings);

	const lo = lower.day;
	const hi = upper?.day ?? Infinity;
	let rules = constraints.rules;
	if (pickDay(lo, hi, rules, false) === null && rules.length) {
		warnings.push(
			warning(
				'infer-date:weekdays-disagree',
				`weekday references disagree with the dates; ${list(rules.map((rule) => `"${rule.expression.text}"`))} set aside`,
			),
		);
		rules = [];
	}
	const recent = dated.some(
		({ expression: { spec } }) =>
			spec.type === 'weekday' || spec.type === 'relative' || (spec.type === 'month' && spec.completed),
	);
	const yearNote = lower.dated.anchor ? ` ${explainYear(lower.dated.anchor, ymdOf(lower.dated.span!.first).year)}` : '';
	if (lower.dated.anchor?.origin === 'corpus')
		warnings.push(
			warning(
				'infer-date:year-from-corpus',
				`publication year not in the text: ${ymdOf(lower.day).year} taken from the corpus anchor ${isoAt(lower.dated.anchor.day, 'day')}`,
			),
		);

	const reasons = [explainBound(lower)];
	if (upper && upper !== lower && upper.dated !== lower.dated) reasons.push(explainBound(upper));
	const seen = new Set<string>();
	for (const rule of rules) {
		const key = `${rule.weekday}-${rule.direction}`;
		if (!seen.has(key)) reasons.push(explainRule(rule));
		seen.add(key);
	}

	if (lower.grade === 'day' && lower.yearStated) {
		const day = pickDay(lo, hi, rules, false)!;
		const anchored = hi - lo <= 6;
		const placed =
			constraints.lower.some((bound) => bound.placedAfter !== null && bound.day === lo) ||
			constraints.upper.some((bound) => bound.placedAfter !== null && bound.day === hi);
		const confidence = !anchored ? 0.45 : placed ? 0.5 : hi === lo ? 0.7 : 0.6;
		// The last day that fits too, so a reader is shown the range ("between 22 and 26 November"), not one day of it.
		const last = anchored ? latestDay(day, hi, rules) : day;
		const lead = anchored
			? `${describeDay(day)} is the earliest day that fits every date in the text.`
			: `Published on or after ${describeDay(lo)}, the latest day the text speaks of as past; nothing bounds ` +
				`it from above, so the earliest day that fits is given.`;
		return {
			published: isoAt(day, 'day'),
			publishedPrecision: 'day',
			publishedSource: 'inferred',
			publishedConfidence: confidence,
			publishedEvidence: `${lead} ${reasons.join(' ')}${yearNote}`,
			...(anchored ? {} : { publishedQualifier: 'on_or_after' as const }),
			...(last > day ? { publishedLatest: isoAt(last, 'day') } : {}),
			diagnostics: warnings,
		};
	}
	// A month says when the article appeared only when it is reported as just finished ("in November alone") or named
	// from now ("last month"); otherwise it is background ("the war broke out in April 2023"), however recent the
	// weekdays the text also names: nothing ties those to that month.
	const { spec } = lower.dated.expression;
	const monthOfNow = spec.type === 'month' && (spec.completed || spec.shift !== null);
	if (lower.grade === 'year' || (lower.grade === 'month' && (!recent || !monthOfNow))) {
		const reason = recent
			? `the latest date the text speaks of as past, "${lower.dated.expression.text}", names only a ` +
				`${lower.grade}, and nothing ties the recent days it names to it`
			: `the latest date the text speaks of as past, "${lower.dated.expression.text}", names only a ${lower.grade}, and nothing in the text speaks of recent days`;
		return {
			...nothing(reason, warnings),
			publishedEvidence:
				`Published no earlier than ${describeSpan(lower.dated.span!)}, but nothing in the text says how much ` +
				`later: ${quote(lower.dated.expression.sentence)}`,
		};
	}
	const day = pickDay(lo, hi, rules, true)!;
	const lastMonth = Number.isFinite(hi) && ymdOf(hi).month !== ymdOf(day).month ? describeMonth(hi) : null;
	const lead = lastMonth
		? `Published between ${describeMonth(day)} and ${lastMonth}; no day can be told, and the earliest month that fits is given.`
		: `Published in ${describeMonth(day)}; no day can be told.`;
	const weekdays = rules.length ? ` ${explainWeekdays(rules, day)}` : '';
	return {
		published: isoAt(day, 'month'),
		publishedPrecision: 'month',
		publishedSource: 'inferred',
		publishedConfidence: lower.yearStated ? 0.4 : 0.35,
		publishedEvidence: `${lead}${weekdays} ${reasons.join(' ')}${yearNote}`,
		...(lastMonth ? { publishedLatest: isoAt(hi, 'month') } : {}),
		diagnostics: warnings,
	};
}
