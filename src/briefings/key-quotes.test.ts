import { describe, expect, it } from 'vitest';
import { createContext } from './context.ts';
import { fixtureData, makeQuote } from './fixtures.ts';
import { keyQuotes } from './key-quotes.ts';

describe('keyQuotes', () => {
	it('keeps statements with a speaker, one per speaker, leading article first', () => {
		const data = fixtureData();
		const [a, b, c] = data.articles;
		const quotes = keyQuotes(data.quotes, createContext(data, [b!, a!, c!]));
		// q1 ("substantive") is one word; q4 has no speaker.
		expect(quotes.map((quote) => [quote.quote.id, quote.speakerName, quote.cite.href])).toEqual([
			['q2', 'Volodymyr Zelenskyy', '/articles/a-pressure/#s-30'],
			['q3', 'a US official', '/articles/a-pressure/#s-12'],
		]);
	});
	it('puts a speaker the data identifies before one named in passing', () => {
		const data = fixtureData();
		const quotes = [
			makeQuote({
				id: 'named',
				article: 'a-pressure',
				text: 'five words said by someone',
				speakerName: 'a diplomat',
				sentence: 's-1',
			}),
			makeQuote({
				id: 'known',
				article: 'a-pressure',
				text: 'five words said by Witkoff here',
				speaker: 'steve-witkoff',
				sentence: 's-9',
			}),
		];
		expect(keyQuotes(quotes, createContext(data, data.articles)).map((quote) => quote.quote.id)).toEqual([
			'known',
			'named',
		]);
	});
});
