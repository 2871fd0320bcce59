import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';
import { fixtureSentences, loadGazetteer } from '../../../test/fixtures/entities/corpus.ts';
import { ruleFolders } from '../../../test/golden.ts';
import { extractEntities, indexGazetteer } from '../extract-entities.ts';
import { TYPING_RULES } from './typing-rules.ts';

const index = indexGazetteer(loadGazetteer());

describe('TYPING_RULES on their fixture folders (test/fixtures/rules/entities/<rule>/)', () => {
	ruleFolders(fileURLToPath(new URL('../../../test/fixtures/rules/entities/', import.meta.url)), TYPING_RULES, {
		input: 'input.txt',
		expected: 'expected.json',
		// Every typing decision about a name the gazetteer lacks, kept or set aside, with the rule that decided.
		run: (folder) => {
			const typed: string[] = [];
			extractEntities(fixtureSentences(`${folder}/input.txt`), index, (run) =>
				typed.push(`${run.sentence} ${run.type ?? 'none'} ${JSON.stringify(run.surface)} ${run.rule ?? '-'}`),
			);
			return typed;
		},
		fired: (lines) => lines.map((line) => line.split(' ').at(-1)!),
	});
});
