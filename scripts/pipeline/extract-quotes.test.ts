import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
	fixtureSentences,
	loadGazetteer,
	loadNames,
	readSeeds,
	sentencesOf,
} from '../../test/fixtures/entities/corpus.ts';
import { goldenFolders } from '../../test/golden.ts';
import type { AnnotatedSentence } from './annotate/index.ts';
import { extractEntities, indexGazetteer } from './extract-entities.ts';
import { extractQuotes } from './extract-quotes.ts';
import type { ExtractedQuote } from './model.ts';

const index = indexGazetteer(loadGazetteer(), loadNames());
const quotesOf = (sentences: AnnotatedSentence[]) => extractQuotes('a', sentences, extractEntities(sentences, index));
const quotesIn = (...paragraphs: string[]) => quotesOf(sentencesOf(...paragraphs));
const brief = (quotes: ExtractedQuote[]) =>
	quotes.map((quote) => ({
		speaker: quote.speaker,
		speakerName: quote.speakerName,
		text: quote.text,
		sentence: quote.sentence,
	}));

describe('extractQuotes', () => {
	it('takes the speaker from "X insisted" after the quotation', () => {
		const [quote] = quotesIn(
			'“No deal is perfect, but it must be done sooner rather than later,” Driscoll insisted, echoing the urgency from Washington.',
		);
		expect(quote).toMatchObject({
			speaker: 'dan-driscoll',
			speakerName: 'Driscoll',
			text: 'No deal is perfect, but it must be done sooner rather than later,',
		});
	});
	it('takes the speaker from "said X" after the quotation', () => {
		const [quote] = quotesIn('“We will hold the line,” said Olena Kovalenko, a nurse from Kharkiv.');
		expect(quote).toMatchObject({ speaker: 'nlp:olena-kovalenko', speakerName: 'Olena Kovalenko' });
	});
	it('reads "he said" as the nearest person named before it in the block', () => {
		const quotes = quotesIn(
			'Defence Minister Rustem Umerov met the press in Ramstein. “We need more air defence,” he said.',
		);
		expect(brief(quotes)).toEqual([
			{ speaker: 'rustem-umerov', speakerName: 'Rustem Umerov', text: 'We need more air defence,', sentence: 's-2' },
		]);
	});
	it('gives "the Russian president told" to the one person the paragraph names, keeping the words used', () => {
		const quotes = quotesIn(
			'Vladimir Putin said on Thursday that Russia was ready to talk. “We are open to dialogue,” the Russian president told a news conference.',
		);
		expect(brief(quotes).map(({ speaker, speakerName }) => [speaker, speakerName])).toEqual([
			['vladimir-putin', 'the Russian president'],
		]);
	});
	it('leaves an office speaker unresolved when the paragraph names two people', () => {
		const quotes = quotesIn(
			'Vladimir Putin met Donald Trump in Anchorage. “We are open to dialogue,” the Russian president told reporters.',
		);
		expect(brief(quotes).map(({ speaker, speakerName }) => [speaker, speakerName])).toEqual([
			[null, 'the Russian president'],
		]);
	});
	it('does not look for "he" in an earlier block', () => {
		const quotes = quotesIn('Rustem Umerov met the press.', '“We need more air defence,” he said.');
		expect(brief(quotes)).toEqual([
			{ speaker: null, speakerName: null, text: 'We need more air defence,', sentence: 's-2' },
		]);
	});
	it('keeps a short quotation a speech verb takes ("insisted that “peace must include accountability.”")', () => {
		const [quote] = quotesIn(
			'Deputy prosecutor Nazhat Shameem Khan said the warrant could only be deferred by the United Nations ' +
				'Security Council and insisted that “peace must include accountability.”',
		);
		expect(quote).toMatchObject({ speaker: 'nazhat-shameem-khan', text: 'peace must include accountability.' });
	});
	it('skips a short quotation no speech verb takes', () => {
		expect(
			quotesIn(
				'The plant sits in what locals call the “grey zone” near Enerhodar.',
				'The town’s “heroes” are its linemen.',
			),
		).toEqual([]);
	});
	it('gives each quotation in one sentence its own speaker ("Macron criticized “…” and said “…”")', () => {
		const quotes = quotesIn(
			'Macron criticized Russia’s “escalatory path” and said international partners must “continue to apply pressure to force meaningful peace.”',
		);
		expect(quotes.map((quote) => [quote.speaker, quote.text])).toEqual([
			['emmanuel-macron', 'escalatory path'],
			['emmanuel-macron', 'continue to apply pressure to force meaningful peace.'],
		]);
	});
	it('quotes the sentence the quotation opens in, exactly', () => {
		const sentences = sentencesOf('“It is one. It is two,” he said.');
		const [quote] = quotesOf(sentences);
		expect(quote!.quote).toBe(sentences[0]!.text);
		expect(quote!.sentence).toBe('s-1');
		expect(quote!.text).toBe('It is one. It is two,');
	});
	it('reads straight quotation marks as well as curly ones', () => {
		const [quote] = quotesIn('Putin said the plan "could serve as the basis" for a settlement.');
		expect(quote).toMatchObject({ speaker: 'vladimir-putin', text: 'could serve as the basis' });
	});
	it('reads "the Kremlin said" after a quotation as the Kremlin', () => {
		const [quote] = quotesIn('“The talks were useful,” the Kremlin said.');
		expect(quote).toMatchObject({ speaker: 'kremlin', speakerName: 'Kremlin' });
	});
	it('names an office, not its head, for "Zelenskyy’s office said"', () => {
		const [quote] = quotesIn('“The talks were useful,” Zelenskyy’s office said.');
		expect(quote).toMatchObject({ speaker: null, speakerName: 'Zelenskyy’s office' });
	});
	it('takes the speaker from "according to X"', () => {
		const [quote] = quotesIn(
			'According to Dmitry Peskov, Moscow is “ready to listen to any proposal that respects our interests.”',
		);
		expect(quote).toMatchObject({ speaker: 'dmitry-peskov', speakerName: 'Dmitry Peskov' });
	});
	it('drops an unattributed long quotation', () => {
		expect(
			quotesIn('A banner read “No peace without justice for the victims of this war.” across the square.'),
		).toEqual([]);
	});
});

describe('extractQuotes on fixture folders', () => {
	goldenFolders(fileURLToPath(new URL('../../test/fixtures/quotes/', import.meta.url)), {
		input: 'input.txt',
		expected: 'expected.json',
		title: (name) => name.replace(/-/g, ' '),
		run: (folder) => brief(quotesOf(fixtureSentences(`${folder}/input.txt`))),
	});
});

describe('extractQuotes on the seeds', () => {
	const seeds = readSeeds();
	const all = [...seeds].flatMap(([id, document]) =>
		extractQuotes(id, document.sentences, extractEntities(document.sentences, index)).map((quote) => ({
			id,
			quote,
			document,
		})),
	);
	const find = (start: string) => all.find(({ quote }) => quote.text.startsWith(start))?.quote;

	it('attributes the reviewed quotations to their speakers', () => {
		expect(find('No deal is perfect')).toMatchObject({ speaker: 'dan-driscoll' });
		expect(find('It is one of the most difficult moments in our history')).toMatchObject({
			speaker: 'volodymyr-zelenskyy',
		});
		expect(find('Russia’s war against Ukraine is an existential threat')).toMatchObject({
			speaker: 'kaja-kallas',
			speakerName: 'Kaja Kallas',
		});
		expect(find('Moscow is now producing more missiles than it is launching')).toMatchObject({
			speaker: 'dan-driscoll',
		});
		expect(find('continue to apply pressure to force meaningful peace.')).toMatchObject({ speaker: 'emmanuel-macron' });
		expect(find('peace must include accountability.')).toMatchObject({ speaker: 'nazhat-shameem-khan' });
		expect(find('tremendous progress')).toMatchObject({ speaker: 'marco-rubio' });
		expect(find('substantive.')).toMatchObject({ speaker: 'volodymyr-zelenskyy' });
	});
	it('skips scare-quoted terms', () => {
		expect(find('invincibility points')).toBeUndefined();
		expect(find('all for all')).toBeUndefined();
	});
	it('keeps every quotation inside the sentence it cites', () => {
		for (const { quote, document } of all) {
			const sentence = document.sentences.find((candidate) => candidate.id === quote.sentence)!;
			expect(quote.quote).toBe(sentence.text);
			// A quotation running into later sentences starts with the words after a mark in this one.
			const opened = sentence.text.split(/[“"‘]/).slice(1);
			expect(sentence.text.includes(quote.text) || opened.some((part) => quote.text.startsWith(part.trim()))).toBe(
				true,
			);
		}
	});
});
