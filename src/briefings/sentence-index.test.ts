import { describe, expect, it } from 'vitest';
import { fixtureData } from './fixtures.ts';
import { buildSentenceIndex, findSentence } from './sentence-index.ts';

describe('findSentence', () => {
	const index = buildSentenceIndex(fixtureData());
	it('finds a sentence quoted by a mention', () => {
		expect(
			findSentence(
				index,
				'c-monthly',
				'After days of shuttle diplomacy with Kiev, Washington has moved straight to Moscow – sidelining the EU.',
			),
		).toBe('s-1');
	});
	it('finds a sentence quoted by a figure and a question', () => {
		expect(
			findSentence(
				index,
				'a-pressure',
				'Belarus pardoned 31 Ukrainian prisoners in a move coordinated with the US, as fighting persists on the ground.',
			),
		).toBe('s-20');
		expect(findSentence(index, 'a-pressure', 'Will Ukraine choose dignity or survival?')).toBe('s-61');
	});
	it('finds the first known sentence inside a two-sentence key point', () => {
		expect(
			findSentence(
				index,
				'b-talks',
				'Talks stalled. Zelenskyy confirmed that energy sites and transport hubs were the main targets.',
			),
		).toBe('s-7');
	});
	it('finds a known sentence containing a clipped key point', () => {
		expect(
			findSentence(index, 'b-talks', 'Zelenskyy confirmed that energy sites and transport hubs were the main targets'),
		).toBe('s-7');
	});
	it('returns null for a sentence no record quotes, or another article', () => {
		expect(findSentence(index, 'b-talks', 'The talks in Florida wrapped up on Saturday.')).toBeNull();
		expect(
			findSentence(
				index,
				'a-pressure',
				'Zelenskyy confirmed that energy sites and transport hubs were the main targets.',
			),
		).toBeNull();
	});
});
