/** Reads every date expression of an article with the relation and tense its sentence gives it. */

import type { ReferenceDate } from '../../../src/schemas/index.ts';
import type { Sentence } from '../model.ts';
import type { DateExpression } from './expression.ts';
import { relationOf } from './relation.ts';
import { scanText } from './scanners/index.ts';
import { tenseOf } from './tense.ts';

/** The date expressions of `sentences` in reading order. */
export function readExpressions(
	sentences: readonly Sentence[],
	references: readonly ReferenceDate[] = [],
): DateExpression[] {
	const expressions: DateExpression[] = [];
	sentences.forEach((sentence, index) => {
		for (const raw of scanText(sentence.text, { references })) {
			const end = raw.start + raw.text.length;
			const relation = relationOf(sentence.text, raw.start, end);
			const tense = tenseOf(sentence.text, raw.start, end, raw.spec, relation);
			expressions.push({ ...raw, sentence, index, relation, tense });
		}
	});
	return expressions;
}
