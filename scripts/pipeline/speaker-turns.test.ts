import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadGazetteer, loadNames } from '../../test/fixtures/entities/corpus.ts';
import { goldenFolders } from '../../test/golden.ts';
import { extractEntities, indexGazetteer } from './extract-entities.ts';
import { extractQuotes } from './extract-quotes.ts';
import type { Block } from './model.ts';
import { readArticle } from './read-article.ts';
import { findSpeakerTurns } from './speaker-turns.ts';

const index = indexGazetteer(loadGazetteer(), loadNames());
const paragraph = (text: string, lead: string | null = null): Block => ({
	kind: 'paragraph',
	line: 1,
	text,
	lead,
	role: 'body',
});

describe('findSpeakerTurns', () => {
	it('reads labels as speakers when a label recurs, and carries a turn over the paragraphs after it', () => {
		const turns = findSpeakerTurns([
			paragraph('We agreed.', 'Minister Anna Berg'),
			paragraph('The first will open in spring.'),
			paragraph('Yes.', 'Minister Anna Berg'),
		]);
		expect([...turns]).toEqual([
			[0, { label: 'Minister Anna Berg', asking: false, labelled: true }],
			[1, { label: 'Minister Anna Berg', asking: false, labelled: false }],
			[2, { label: 'Minister Anna Berg', asking: false, labelled: true }],
		]);
	});
	it('reads a question label ("Q") as the one asking', () => {
		const turns = findSpeakerTurns([paragraph('Why?', 'Q'), paragraph('Because.', 'Anna Berg')]);
		expect(turns.get(0)?.asking).toBe(true);
		expect(turns.get(1)?.asking).toBe(false);
	});
	it('leaves lead-ins alone when no label recurs and none asks', () => {
		expect(findSpeakerTurns([paragraph('Ports were busy.', 'Ports'), paragraph('Prices fell.', 'Prices')]).size).toBe(
			0,
		);
	});
	it('ends a turn at a subheading', () => {
		const turns = findSpeakerTurns([
			paragraph('Why?', 'Q'),
			paragraph('Because.', 'Anna Berg'),
			{ kind: 'heading', line: 2, text: 'Later' },
			paragraph('Unlabelled text.'),
		]);
		expect(turns.has(3)).toBe(false);
	});
});

describe('names and quotations from speaker labels and the headline (test/fixtures/transcripts/<case>/)', () => {
	goldenFolders(fileURLToPath(new URL('../../test/fixtures/transcripts/', import.meta.url)), {
		input: 'input.txt',
		expected: 'expected.json',
		title: (name) => name.replace(/-/g, ' '),
		// The mentions found outside the sentences (with the line they stand in), then every quotation.
		run: (folder) => {
			const read = readArticle({ id: 'case', file: 'input.txt', bytes: readFileSync(`${folder}/input.txt`) });
			if (!read.ok) throw new Error(read.reason);
			const { sentences, headline } = read.document;
			const mentions = extractEntities(sentences, index, undefined, headline);
			return [
				...mentions
					.filter((mention) => mention.context !== undefined)
					.map((mention) => `${mention.sentence} ${mention.type} ${mention.key} in ${JSON.stringify(mention.context)}`),
				...extractQuotes('case', sentences, mentions).map(
					(quote) => `${quote.sentence} ${quote.speaker ?? 'unnamed'}: ${JSON.stringify(quote.text)}`,
				),
			];
		},
	});
});
