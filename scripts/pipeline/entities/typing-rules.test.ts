import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixtureSentences, loadGazetteer, loadNames, sentencesOf } from '../../../test/fixtures/entities/corpus.ts';
import { ruleFolders } from '../../../test/golden.ts';
import { extractEntities, indexGazetteer } from '../extract-entities.ts';
import { TYPING_RULES } from './typing-rules.ts';

const index = indexGazetteer(loadGazetteer(), loadNames());

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

describe('entities:surname-ending reads its endings from content/names.yaml', () => {
	/** The typing rule that decided each name of `text` the gazetteer lacks. */
	const rules = (text: string, names: Parameters<typeof indexGazetteer>[1]) => {
		const decided: string[] = [];
		const sentences = sentencesOf(text);
		extractEntities(sentences, indexGazetteer(loadGazetteer(), names), (run) =>
			decided.push(`${run.surface} ${run.rule ?? '-'}`),
		);
		return decided;
	};
	const text = 'Levan Kapanadze, who runs the shelter, counted the beds.';

	it('types a name by an ending listed for its language, and not when no ending is listed', () => {
		const georgian = { surnameEndings: [{ languages: ['Georgian'], endings: ['dze', 'shvili'] }] };
		expect(rules(text, georgian)).toContain('Levan Kapanadze entities:surname-ending');
		expect(rules(text, { surnameEndings: [] })).not.toContain('Levan Kapanadze entities:surname-ending');
		expect(rules(text, loadNames())).not.toContain('Levan Kapanadze entities:surname-ending');
	});
});
