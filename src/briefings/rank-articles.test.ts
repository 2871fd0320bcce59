import { describe, expect, it } from 'vitest';
import { fixtureData, makeArticle } from './fixtures.ts';
import type { BriefingData } from './model.ts';
import { byRecency, centrality, rankArticles, scopeArticles } from './rank-articles.ts';

const ids = (articles: { id: string }[]) => articles.map((article) => article.id);

describe('scopeArticles', () => {
	const data = fixtureData();
	it('takes every article for the situation briefing', () => {
		expect(ids(scopeArticles(data, { kind: 'situation' }))).toEqual([
			'a-pressure',
			'b-talks',
			'c-monthly',
			'd-undated',
		]);
	});
	it("takes a topic's articles in data order", () => {
		expect(ids(scopeArticles(data, { kind: 'topic', topic: 'air-war' }))).toEqual(['b-talks', 'd-undated']);
	});
	it('takes nothing for an unknown topic', () => {
		expect(scopeArticles(data, { kind: 'topic', topic: 'nope' })).toEqual([]);
	});
});

describe('byRecency', () => {
	it('puts a month-precise December after-8-December first, undated last', () => {
		expect(ids(fixtureData().articles.sort(byRecency))).toEqual(['c-monthly', 'b-talks', 'a-pressure', 'd-undated']);
	});
});

describe('centrality', () => {
	it("scores topic articles by the topic's score", () => {
		const data = fixtureData();
		expect([...centrality(data.articles, data, { kind: 'topic', topic: 'peace-plan' })]).toEqual([
			['a-pressure', 9],
			['b-talks', 4],
			['c-monthly', 6],
			['d-undated', 0],
		]);
	});
	it('scores situation articles by how many core actors they mention', () => {
		const data = fixtureData();
		expect(centrality(data.articles, data, { kind: 'situation' }).get('c-monthly')).toBe(3);
		expect(centrality(data.articles, data, { kind: 'situation' }).get('d-undated')).toBe(0);
	});
});

describe('rankArticles', () => {
	it('leads with the article that is both recent and central', () => {
		const data = fixtureData();
		// Recency places: c 0, b 1, a 2, d 3. Topic scores: a 9, c 6, b 4 → places a 0, c 1, b 2.
		expect(
			ids(
				rankArticles(scopeArticles(data, { kind: 'topic', topic: 'peace-plan' }), data, {
					kind: 'topic',
					topic: 'peace-plan',
				}),
			),
		).toEqual(['c-monthly', 'a-pressure', 'b-talks']);
	});
	it('falls back on recency when centrality ties', () => {
		const articles = [
			makeArticle({ id: 'old', published: '2025-01-01' }),
			makeArticle({ id: 'new', published: '2025-02-01' }),
		];
		const data: BriefingData = {
			articles,
			entities: [],
			topics: [],
			events: [],
			figures: [],
			quotes: [],
			positions: [],
			questions: [],
			placeMentions: [],
		};
		expect(ids(rankArticles(articles, data, { kind: 'situation' }))).toEqual(['new', 'old']);
	});
});
