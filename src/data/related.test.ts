import { describe, expect, it } from 'vitest';
import { makeArticle } from '../briefings/fixtures.ts';
import type { ArticleRecord } from '../schemas/index.ts';
import { relatedArticles } from './related.ts';

/** The score written out pair by pair: what the indexed version must rank like. */
function pairwise(article: ArticleRecord, articles: ArticleRecord[], limit = 5) {
	const frequency = new Map<string, number>();
	for (const other of articles)
		for (const entity of other.entities) frequency.set(entity, (frequency.get(entity) ?? 0) + 1);
	const topics = new Set(article.topics);
	const entities = new Set(article.entities);
	return articles
		.filter((other) => other.id !== article.id)
		.map((other) => {
			const sharedTopics = other.topics.filter((topic) => topics.has(topic)).length;
			const sharedEntities = other.entities.filter((entity) => entities.has(entity));
			const score =
				2 * sharedTopics +
				sharedEntities.reduce((total, entity) => total + 1 / Math.log2(1 + frequency.get(entity)!), 0);
			return { article: other, score: Math.round(score * 1e9), shared: sharedTopics + sharedEntities.length };
		})
		.filter((entry) => entry.score > 0)
		.sort((a, b) => b.score - a.score || a.article.id.localeCompare(b.article.id))
		.slice(0, limit)
		.map(({ article: other, shared }) => ({ article: other, shared }));
}

/** A deterministic corpus: each article has a few of 6 topics and of 40 entities, some very common. */
function corpus(size: number): ArticleRecord[] {
	let state = 7;
	const next = () => {
		state = (state * 1103515245 + 12345) % 2 ** 31;
		return state / 2 ** 31;
	};
	return Array.from({ length: size }, (_, index) => {
		const pick = (count: number, of: number, prefix: string) => [
			...new Set(Array.from({ length: count }, () => `${prefix}${Math.floor(next() ** 2 * of)}`)),
		];
		return makeArticle({
			id: `a${String(index).padStart(3, '0')}`,
			topics: pick(1 + Math.floor(next() * 3), 6, 't'),
			entities: pick(Math.floor(next() * 12), 40, 'e'),
		});
	});
}

describe('relatedArticles', () => {
	it('ranks like the pairwise score on a corpus of 300 articles', () => {
		const articles = corpus(300);
		for (const article of articles.slice(0, 60))
			expect(relatedArticles(article, articles)).toEqual(pairwise(article, articles));
	});

	it('counts a shared topic as 2 and a shared entity by its rarity', () => {
		const articles = [
			makeArticle({ id: 'a', topics: ['peace-plan'], entities: ['kyiv'] }),
			makeArticle({ id: 'b', topics: ['peace-plan'] }),
			makeArticle({ id: 'c', entities: ['kyiv'] }),
			makeArticle({ id: 'd', topics: ['air-war'], entities: ['odesa'] }),
		];
		expect(relatedArticles(articles[0]!, articles).map(({ article, shared }) => [article.id, shared])).toEqual([
			['b', 1],
			['c', 1],
		]);
	});

	it('keeps at most `limit` articles, ties in id order', () => {
		const articles = ['a', 'e', 'd', 'c', 'b'].map((id) => makeArticle({ id, topics: ['peace-plan'] }));
		expect(relatedArticles(articles[0]!, articles, 2).map(({ article }) => article.id)).toEqual(['b', 'c']);
	});
});
