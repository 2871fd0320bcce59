import { describe, expect, it } from 'vitest';
import { relateTopics } from './relate-topics.ts';

describe('relateTopics', () => {
	it('ranks topics that share more articles first', () => {
		const related = relateTopics([
			{ id: 'air-war', articles: ['a', 'b', 'c'], entities: [] },
			{ id: 'energy', articles: ['a', 'b'], entities: [] },
			{ id: 'nuclear', articles: ['c'], entities: [] },
			{ id: 'prisoners', articles: ['d'], entities: [] },
		]);
		expect(related.get('air-war')).toEqual(['energy', 'nuclear']);
		expect(related.get('prisoners')).toEqual([]);
	});

	it('uses shared entities when articles do not tell topics apart', () => {
		const related = relateTopics([
			{ id: 'nuclear', articles: ['a'], entities: ['rafael-grossi', 'energoatom'] },
			{ id: 'energy', articles: ['a'], entities: ['energoatom', 'ukrenergo'] },
			{ id: 'front-line', articles: ['a'], entities: ['pokrovsk'] },
		]);
		expect(related.get('nuclear')).toEqual(['energy', 'front-line']);
	});

	it('breaks ties by id and keeps at most five', () => {
		const topics = ['f', 'e', 'd', 'c', 'b', 'a', 'g'].map((id) => ({ id, articles: ['x'], entities: [] }));
		expect(relateTopics(topics).get('g')).toEqual(['a', 'b', 'c', 'd', 'e']);
	});

	it('never relates a topic to itself or to a topic with nothing in common', () => {
		const related = relateTopics([
			{ id: 'a', articles: [], entities: [] },
			{ id: 'b', articles: [], entities: [] },
		]);
		expect(related.get('a')).toEqual([]);
	});
});
