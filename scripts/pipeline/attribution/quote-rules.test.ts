import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';
import { fixtureSentences, loadGazetteer, loadNames } from '../../../test/fixtures/entities/corpus.ts';
import { ruleFolders } from '../../../test/golden.ts';
import { extractEntities, indexGazetteer } from '../extract-entities.ts';
import { extractQuotes } from '../extract-quotes.ts';
import { QUOTE_RULES } from './quote-rules.ts';

const index = indexGazetteer(loadGazetteer(), loadNames());

describe('QUOTE_RULES on their fixture folders (test/fixtures/rules/quotes/<rule>/)', () => {
	ruleFolders(fileURLToPath(new URL('../../../test/fixtures/rules/quotes/', import.meta.url)), QUOTE_RULES, {
		input: 'input.txt',
		expected: 'expected.json',
		// Every quotation with its speaker (key and words, or left out) and the rule that decided.
		run: (folder) => {
			const sentences = fixtureSentences(`${folder}/input.txt`);
			const decisions: { sentence: string; text: string; speaker: unknown; rule: string | null }[] = [];
			extractQuotes('fixture', sentences, extractEntities(sentences, index), (decision) => decisions.push(decision));
			return decisions;
		},
		fired: (decisions) => decisions.map((decision) => decision.rule ?? '-'),
	});
});
