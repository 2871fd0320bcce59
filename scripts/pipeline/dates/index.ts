/** The building blocks of the date stages (`find-dates.ts`, `infer-date.ts`). */
export { describeDay, isoAt, spanOfIso } from './calendar.ts';
export { buildConstraints, type Bound, type Constraints, type WeekdayRule } from './constraints.ts';
export { explainYear, quote } from './evidence.ts';
export type { DateExpression, DateSpec, Tense } from './expression.ts';
export { readExpressions } from './read-expressions.ts';
export { reconcile } from './reconcile.ts';
export { ReferenceDateSchema, ReferenceDatesSchema, type ReferenceDate, type ReferenceDateInput, type ReferenceDates } from '../../../src/schemas/index.ts';
export { publicationSpan, resolveMention, type Publication } from './resolve-mention.ts';
export { sentencesFromText } from './sentences-from-text.ts';
export { findStatedDate, type StatedDate } from './stated.ts';
export { dateExpressions, referenceAnchor, sentenceAnchor, textAnchor, type DatedExpression, type YearAnchor } from './year-anchors.ts';
