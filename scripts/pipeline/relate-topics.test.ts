import { describe, expect, it } from 'vitest';
import { random } from '../bench/corpus.ts';
import { ARTICLE_WEIGHT, ENTITY_WEIGHT, MAX_RELATED, MIN_RELATEDNESS, relateTopics } from './relate-topics.ts';

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

describe('relateTopics at corpus scale', () => {
	it('ranks as the Jaccard overlaps of every pair of topics would, on a random corpus', () => {
		const next = random(11);
		const topics = Array.from({ length: 25 }, (_, index) => ({
			id: `topic-${index}`,
			articles: Array.from({ length: 400 }, (_, article) => `a${article}`).filter(() => next() < 0.2 + index / 100),
			entities: Array.from({ length: 300 }, (_, entity) => `e${entity}`).filter(() => next() < 0.05 + index / 100),
		}));
		const jaccard = (a: string[], b: string[]) => {
			const set = new Set(b);
			const shared = new Set(a.filter((item) => set.has(item))).size;
			const union = new Set([...a, ...b]).size;
			return union ? shared / union : 0;
		};
		const related = relateTopics(topics);
		for (const topic of topics) {
			const expected = topics
				.filter((other) => other.id !== topic.id)
				.map((other) => ({
					id: other.id,
					score:
						ARTICLE_WEIGHT * jaccard(topic.articles, other.articles) +
						ENTITY_WEIGHT * jaccard(topic.entities, other.entities),
				}))
				.filter((entry) => entry.score >= MIN_RELATEDNESS)
				.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
				.slice(0, MAX_RELATED)
				.map((entry) => entry.id);
			expect(related.get(topic.id)).toEqual(expected);
		}
		expect([...related.values()].some((list) => list.length === MAX_RELATED)).toBe(true);
	});
});
