/** The building blocks of the date stages (`find-dates.ts`, `infer-date.ts`). */

export {
	type ReferenceDate,
	type ReferenceDateInput,
	ReferenceDateSchema,
	type ReferenceDates,
	ReferenceDatesSchema,
} from '../../../src/schemas/index.ts';
export { describeDay, isoAt, precisionOfSpan, spanOfIso, weekSpan } from './calendar.ts';
export { type Bound, buildConstraints, type Constraints, type WeekdayRule } from './constraints.ts';
export { explainYear, quote } from './evidence.ts';
export type { DateExpression, DateSpec, Tense } from './expression.ts';
export { readExpressions } from './read-expressions.ts';
export { reconcile } from './reconcile.ts';
export { type Publication, publicationSpan, resolveMention } from './resolve-mention.ts';
export { sentencesFromText } from './sentences-from-text.ts';
export { spanOf } from './spans.ts';
export { findStatedDate, type StatedDate } from './stated.ts';
export { type TenseCue, tenseCues, tenseOfSentence } from './tense.ts';
export { weekdayYear } from './weekday-year.ts';
export {
	type DatedExpression,
	dateExpressions,
	referenceAnchor,
	sentenceAnchor,
	textAnchor,
	type YearAnchor,
} from './year-anchors.ts';
