import { describe, expect, it } from 'vitest';
import { random } from '../../bench/corpus.ts';
import { CandidateBlocks } from './candidate-blocks.ts';
import {
	type EventFacts,
	matchEvents,
	SAME_ARTICLE_EVIDENCE,
	SAME_DATE_EVIDENCE,
	VAGUE_DATE_EVIDENCE,
} from './match-events.ts';

const DATES: Pick<EventFacts, 'date' | 'precision'>[] = [
	{ date: '2025-11-21', precision: 'day' },
	{ date: '2025-11-27', precision: 'day' },
	{ date: '2025-12-01', precision: 'day' },
	{ date: '2025-11', precision: 'month' },
	{ date: '2025-12', precision: 'month' },
	{ date: '2025', precision: 'year' },
	{ date: '2024', precision: 'year' },
];
const ENTITIES = ['ukraine', 'russia', 'daniel-driscoll', 'kyiv', 'nato'];
const LEMMAS = ['brief', 'envoy', 'strike', 'deadline', 'driscoll', 'talk'];
const NUMBERS = ['175', '28', '3'];

/** A random statement over small vocabularies, so that many pairs share a date and something else. */
function randomFacts(next: () => number): EventFacts {
	const some = (items: string[]) => new Set(items.filter(() => next() < 0.3));
	const date = DATES[Math.floor(next() * DATES.length)]!;
	return {
		article: `a${Math.floor(next() * 6)}`,
		sentence: `s-${Math.floor(next() * 4)}`,
		...date,
		entities: some(ENTITIES),
		topics: some(['diplomacy', 'air-war']),
		words: { lemmas: some(LEMMAS), numbers: some(NUMBERS) },
	};
}

describe('CandidateBlocks', () => {
	it('every evidence threshold needs something shared, which is what the blocks look up', () => {
		expect(Math.min(SAME_DATE_EVIDENCE, VAGUE_DATE_EVIDENCE, SAME_ARTICLE_EVIDENCE)).toBeGreaterThan(0);
	});

	it('proposes every group holding a statement that the new one matches', () => {
		const next = random(7);
		for (let round = 0; round < 20; round++) {
			const blocks = new CandidateBlocks();
			// Each statement is its own group here: the strictest case, one member per group.
			const members: EventFacts[] = [];
			for (let index = 0; index < 60; index++) {
				const statement = randomFacts(next);
				const proposed = new Set(blocks.candidates(statement));
				members.forEach((member, group) => {
					if (matchEvents(member, statement) !== null) expect(proposed.has(group)).toBe(true);
				});
				blocks.add(members.length, statement);
				members.push(statement);
			}
		}
	});

	it('leaves out groups whose dates cannot relate or that share nothing', () => {
		const blocks = new CandidateBlocks();
		const facts = (date: string, precision: EventFacts['precision'], entities: string[]): EventFacts => ({
			article: 'a',
			sentence: 's-1',
			date,
			precision,
			entities: new Set(entities),
			topics: new Set(),
			words: { lemmas: new Set(), numbers: new Set() },
		});
		blocks.add(0, facts('2025-11-21', 'day', ['kyiv']));
		blocks.add(1, facts('2025-11-22', 'day', ['kyiv']));
		blocks.add(2, facts('2025-11', 'month', ['kyiv']));
		blocks.add(3, facts('2025-11-21', 'day', ['nato']));
		blocks.add(4, facts('2025', 'year', ['kyiv']));
		expect(blocks.candidates(facts('2025-11-21', 'day', ['kyiv']))).toEqual([0, 2]);
		expect(blocks.candidates(facts('2025-11', 'month', ['kyiv']))).toEqual([0, 1, 2]);
		expect(blocks.candidates(facts('2025', 'year', ['kyiv']))).toEqual([4]);
	});
});
