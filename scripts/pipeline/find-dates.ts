/**
 * Pipeline stage: every date expression of an article — explicit dates, weekdays, "today", "next week",
 * months, years, anniversaries — with the tense its sentence gives it, resolved against the publication
 * date when one is known. Weekdays and relative dates need a day-precise publication date; a yearless
 * date takes its year from the same sentence, the publication date, the latest dated past in the text,
 * or an anniversary, in that order; what cannot be resolved keeps a null date.
 */
import type { DatePrecision } from '../../src/schemas/index.ts';
import type { AnnotatedSentence } from './annotate/index.ts';
import {
	dateExpressions,
	isoAt,
	publicationSpan,
	readExpressions,
	referenceAnchor,
	resolveMention,
	sentenceAnchor,
	textAnchor,
	type YearAnchor,
} from './dates/index.ts';
import type { DateMention } from './model.ts';

/** Finds every date expression in the sentences (their annotations; anniversaries need reference dates given to
 * `annotate`), resolved against a publication date when one is known. */
export function findDates(
	sentences: readonly AnnotatedSentence[],
	publication: { date: string | null; precision: DatePrecision | null },
): DateMention[] {
	const expressions = readExpressions(sentences);
	const published = publicationSpan(publication.date, publication.precision);
	// A month-precise publication date places a yearless date from mid-month.
	const fromPublication: YearAnchor | null = published && {
		day: published.precision === 'day' ? published.first : Math.round((published.first + published.last) / 2),
		origin: 'publication',
		words: `the publication date ${isoAt(published.first, published.precision)}`,
	};
	const fromText = textAnchor(expressions);
	const fromReference = referenceAnchor(expressions);
	const dated = dateExpressions(expressions, (expression) => [
		sentenceAnchor(expression, expressions),
		fromPublication,
		fromText,
		fromReference,
	]);
	return dated.map((one) => resolveMention(one, published));
}
