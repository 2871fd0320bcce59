/**
 * Rule `infer-date:weekday-year`: a stated publication day without a year ("MOSCOW, January 20. /TASS/.", "ADDIS
 * ABABA, Nov 28 (Reuters)") takes the year in which it falls on the weekday the text names for that same day: the
 * weekday written with it ("Friday, Nov 28"), or the weekday the lede says the news was told on ("…, the commission
 * said on Friday"). A fixed date falls on a different weekday in each of four consecutive years, so among the years
 * around the anchor at most one fits. A weekday the lede gives to something else ("captured the town on
 * Wednesday") says nothing about the day of the story and is not read.
 */
import { language } from '../lang/index.ts';
import { speechVerbForms } from '../lang/patterns.ts';
import { dayNumber, WEEKDAY_NAMES, weekdayOf, ymdOf } from './calendar.ts';
import type { DateExpression } from './expression.ts';
import type { YearAnchor } from './year-anchors.ts';

// "said on Friday", "said Sunday", "told reporters on Tuesday", "reported on Tuesday".
const TOLD_BEFORE = new RegExp(
	String.raw`\b(?:${speechVerbForms(language, 'claim').join('|')})(?:\s+(?:reporters|journalists|a news conference|a briefing|\p{Lu}\p{L}+))?\s+(?:on\s+)?$`,
	'iu',
);

/** The weekday the text names for the stated day `stated`, or null. */
function weekdayOfStory(stated: DateExpression, expressions: readonly DateExpression[]): number | null {
	const { spec } = stated;
	if (spec.type !== 'day') return null;
	if (spec.weekday !== null) return spec.weekday;
	// The lede may run on after the dateline's own sentence ("MOSCOW, January 20. /TASS/. Units … said on Tuesday").
	const told = expressions.find(
		(expression) =>
			expression.sentence.block === stated.sentence.block &&
			expression.index >= stated.index &&
			expression.index <= stated.index + 2 &&
			expression.spec.type === 'weekday' &&
			expression.spec.shift === null &&
			TOLD_BEFORE.test(expression.sentence.text.slice(0, expression.start)),
	);
	return told?.spec.type === 'weekday' ? told.spec.weekday : null;
}

/**
 * The year of a yearless stated day from the weekday the text gives it, among the three years before the anchor's
 * and the one after: the anchor that year stands for, or null when no weekday is named or no single year fits.
 */
export function weekdayYear(
	stated: DateExpression,
	expressions: readonly DateExpression[],
	anchor: YearAnchor | null,
): YearAnchor | null {
	const { spec } = stated;
	if (spec.type !== 'day' || spec.year !== null || anchor === null) return null;
	const weekday = weekdayOfStory(stated, expressions);
	if (weekday === null) return null;
	const base = ymdOf(anchor.day).year;
	const fitting = [base - 3, base - 2, base - 1, base, base + 1].filter(
		(year) => weekdayOf(dayNumber(year, spec.month, spec.day)) === weekday,
	);
	if (fitting.length !== 1) return null;
	const year = fitting[0]!;
	return {
		day: dayNumber(year, spec.month, spec.day),
		origin: 'text',
		words: `"${WEEKDAY_NAMES[weekday]}", the weekday the text gives it, which it is only in ${year} among the years around ${base}`,
	};
}
