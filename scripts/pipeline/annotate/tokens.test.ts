import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens.ts';

describe('tokenize', () => {
	it('takes the possessive ’s off the word ("Russia’s", "Driscoll\'s")', () => {
		expect(tokenize("Russia’s war and Driscoll's view").map((token) => [token.text, token.possessive])).toEqual([
			['Russia', true],
			['war', false],
			['and', false],
			['Driscoll', true],
			['view', false],
		]);
	});
	it('keeps the full stop of an initial or a rank ("Daniel P. Driscoll", "Gen. Cavoli") but not of the sentence', () => {
		expect(tokenize('Gen. Daniel P. Driscoll left Kyiv.').map((token) => token.text)).toEqual([
			'Gen.',
			'Daniel',
			'P.',
			'Driscoll',
			'left',
			'Kyiv',
		]);
	});
	it('keeps hyphenated and apostrophe names whole ("Kosiniak-Kamysz", "O’Brien")', () => {
		expect(tokenize('Kosiniak-Kamysz met O’Brien').map((token) => token.text)).toEqual([
			'Kosiniak-Kamysz',
			'met',
			'O’Brien',
		]);
	});
	it('marks the first word and a word after a colon or an opening quotation mark as sentence-initial', () => {
		expect(
			tokenize('Still, he warned: “Russia will not stop”')
				.filter((token) => token.initial)
				.map((token) => token.text),
		).toEqual(['Still', 'Russia']);
	});
	it('gives offsets that slice back to each word', () => {
		const text = '“Zelenskyy’s aides,” said Lt. Gen. Oleg Tsokov.';
		for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.text);
	});
});
