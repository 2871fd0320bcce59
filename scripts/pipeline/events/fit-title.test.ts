import { describe, expect, it } from 'vitest';
import { fitTitle, MAX_TITLE_LENGTH } from './fit-title.ts';

describe('fitTitle', () => {
	it('leaves a label that fits as it is', () => {
		expect(fitTitle('Dan Driscoll briefed NATO ambassadors in Kyiv')).toBe(
			'Dan Driscoll briefed NATO ambassadors in Kyiv',
		);
	});

	it('drops "announced that it had" before cutting anything', () => {
		const long =
			'The European Bank for Reconstruction and Development announced that it had approved a loan for Ukrenergo';
		expect(fitTitle(long)).toBe('The European Bank for Reconstruction and Development approved a loan for Ukrenergo');
	});

	it('drops a leading "The" when that is enough', () => {
		const long = 'The International Atomic Energy Agency said the Zaporizhzhia plant lost its last power line';
		expect(fitTitle(long)).toBe(
			'International Atomic Energy Agency said the Zaporizhzhia plant lost its last power line',
		);
	});

	it('cuts the longest trailing phrase that starts at a preposition, never at "of"', () => {
		const long =
			'Russian forces launched a combined drone and missile attack on the energy infrastructure of the Odesa region overnight';
		expect(fitTitle(long)).toBe('Russian forces launched a combined drone and missile attack');
		const later =
			'Russian forces launched a combined drone and missile attack on energy sites in the Odesa region overnight';
		expect(fitTitle(later)).toBe('Russian forces launched a combined drone and missile attack on energy sites');
	});

	it('cuts between words with an ellipsis when no phrase boundary fits', () => {
		const long =
			'Zelenskyy’s chief of staff Andriy Yermak resigned abruptly hours after anti-corruption investigators searched his apartment';
		const fitted = fitTitle(long.replace(/ after /, ' '));
		expect(fitted.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
		expect(fitted.endsWith('…')).toBe(true);
		expect(long.replace(/ after /, ' ').startsWith(fitted.slice(0, -1))).toBe(true);
		expect(fitted.slice(0, -1)).not.toMatch(/\s$/);
	});
});
