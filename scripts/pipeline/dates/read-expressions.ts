/** Reads every date expression of an article, with the relation and tense its sentence gives it, from the annotations. */

import type { AnnotatedSentence } from '../annotate/index.ts';
import type { DateExpression } from './expression.ts';

/** The date expressions of `sentences` in reading order. */
export function readExpressions(sentences: readonly AnnotatedSentence[]): DateExpression[] {
	const expressions: DateExpression[] = [];
	sentences.forEach((sentence, index) => {
		for (const date of sentence.dates) expressions.push({ ...date, sentence, index });
	});
	return expressions;
}
