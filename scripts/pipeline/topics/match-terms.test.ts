import { describe, expect, it } from 'vitest';
import { findTermHits, termSet } from './match-terms.ts';

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

describe('termSet', () => {
	// Probes that are pieces of one another ("tal" in "metal", "peace" in "peacekeeper") exercise the automaton's links.
	const set = ['talks', 'peace talks', 'peacekeeper', 'metal', 'casualty', 'POW', 'front line', "ukraine's"];
	const texts = [
		'Peace talks stalled; the peacekeepers stayed and metals were scarce.',
		'Casualties rose along the front-line; POWs were exchanged.',
		'Ukraine’s talks with its partners: no peace yet.',
		'Nothing to see here.',
		// A probe without its stem ("tal" but no "talks"), and letters outside ASCII.
		"Total, talkative PEACE TALKS; Péace tälks — ÜKRAINE'S front\u2013line.",
		'',
	];
	it.each(texts)('finds what findTermHits finds, for lists in and out of the set: %j', (text) => {
		const matcher = termSet(set).matcher(text);
		for (const list of [set, set.slice(0, 3), ['peace', 'talks', 'metal'], ['yet', 'partner'], ['talks', 'talks']])
			expect(matcher(list)).toEqual(findTermHits(text, list));
	});
});
