import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';
import { fixtureSentences, loadGazetteer, loadNames } from '../../../test/fixtures/entities/corpus.ts';
import { ruleFolders } from '../../../test/golden.ts';
import { extractEntities, indexGazetteer } from '../extract-entities.ts';
import { findDates } from '../find-dates.ts';
import { CLAUSE_RULES } from './clause-rules.ts';
import { titleDecision } from './event-title.ts';

const index = indexGazetteer(loadGazetteer(), loadNames());
const spanOf = (start: number, words: string) => ({ start, end: start + words.length });

describe('CLAUSE_RULES on their fixture folders (test/fixtures/rules/events/<rule>/)', () => {
	ruleFolders(fileURLToPath(new URL('../../../test/fixtures/rules/events/', import.meta.url)), CLAUSE_RULES, {
		input: 'input.txt',
		expected: 'expected.json',
		// Every date of the text with the label its clause gives (null: no event) and the rule that chose the clause.
		run: (folder) => {
			const sentences = fixtureSentences(`${folder}/input.txt`);
			const mentions = extractEntities(sentences, index);
			const dates = findDates(sentences, { date: '2025-12-01', precision: 'day' });
			return sentences.flatMap((sentence) => {
				const own = dates.filter((date) => date.sentence === sentence.id);
				const people = mentions
					.filter((mention) => mention.sentence === sentence.id && mention.type === 'person')
					.map((mention) => spanOf(mention.start, mention.surface));
				return own.map((date) => {
					const { title, rule } = titleDecision({
						text: sentence.text,
						date: spanOf(date.start, date.text),
						otherDates: own.filter((other) => other !== date).map((other) => spanOf(other.start, other.text)),
						people,
						terms: sentence.terms,
					});
					return { sentence: sentence.id, date: date.text, title: title?.title ?? null, rule };
				});
			});
		},
		fired: (decisions) => decisions.map((decision) => decision.rule ?? '-'),
	});
});
