import { describe, expect, it } from 'vitest';
import { findTermHits } from './match-terms.ts';

const terms = (text: string, list: string[]) => findTermHits(text, list).map((hit) => text.slice(hit.start, hit.end));

describe('findTermHits', () => {
	it('finds plural, past and -ing forms of each word', () => {
		expect(
			terms('Casualties rose as troops captured two villages while capturing a third.', [
				'casualty',
				'capture',
				'village',
			]),
		).toEqual(['Casualties', 'captured', 'villages', 'capturing']);
	});

	it('matches whole words only', () => {
		expect(terms('Reactors, enactments and a gas station', ['actor', 'act', 'statio'])).toEqual([]);
	});

	it('lets a hyphen or a space join the words of a phrase', () => {
		expect(terms('along the front-line and the front lines', ['front line'])).toEqual(['front-line', 'front lines']);
	});

	it('reads a curly apostrophe as a straight one', () => {
		expect(terms('Ukraine’s prisoners of war', ["ukraine's"])).toEqual(['Ukraine’s']);
	});

	it('prefers the longer of two overlapping terms', () => {
		expect(findTermHits('new peace talks began', ['talks', 'peace talks']).map((hit) => hit.term)).toEqual([
			'peace talks',
		]);
	});

	it('gives acronyms only a plural s', () => {
		expect(terms('The POWs and the POW camp; powder', ['pow'])).toEqual(['POWs', 'POW']);
	});
});
