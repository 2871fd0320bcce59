import { describe, expect, it } from 'vitest';
import { fixtureData, makeArticle } from '../briefings/fixtures.ts';
import type { SiteRecords } from '../schemas/index.ts';
import { contractOrder, indexCorpus } from './index-corpus.ts';
import { articlePageKey, articleSetPageKey, corpusPageKey } from './page-keys.ts';

const corpusOf = (records: SiteRecords) => indexCorpus(contractOrder(records));
/** The fixture corpus with one article's record changed. */
function withArticle(id: string, change: (article: SiteRecords['articles'][number]) => object): SiteRecords {
	const data = fixtureData();
	return {
		...data,
		articles: data.articles.map((article) => (article.id === id ? { ...article, ...change(article) } : article)),
	};
}
const keyOf = (records: SiteRecords, id: string, body = 'body') => {
	const corpus = corpusOf(records);
	return articlePageKey(corpus, corpus.article.get(id)!, body);
};

describe('articlePageKey', () => {
	it('is the same for the same data, built twice', () => {
		expect(keyOf(fixtureData(), 'b-talks')).toBe(keyOf(fixtureData(), 'b-talks'));
	});

	it('changes with the article’s text or record', () => {
		const key = keyOf(fixtureData(), 'b-talks');
		expect(keyOf(fixtureData(), 'b-talks', 'edited body')).not.toBe(key);
		expect(
			keyOf(
				withArticle('b-talks', () => ({ summary: 'A new summary.' })),
				'b-talks',
			),
		).not.toBe(key);
	});

	it('changes when a neighbour it links to (previous or next article) is retitled', () => {
		const key = keyOf(fixtureData(), 'b-talks');
		// In date order a-pressure (22 Nov) comes before b-talks (7 Dec).
		expect(
			keyOf(
				withArticle('a-pressure', () => ({ title: 'Retitled' })),
				'b-talks',
			),
		).not.toBe(key);
	});

	it('does not change when an article it does not show is edited', () => {
		const data = fixtureData();
		const extra = makeArticle({
			id: 'z-far',
			title: 'Far away',
			published: '2020-01-01',
			publishedPrecision: 'day',
			topics: [],
		});
		const extraEdited = { ...extra, summary: 'Edited.' };
		const before = keyOf({ ...data, articles: [...data.articles, extra] }, 'c-monthly');
		const after = keyOf({ ...data, articles: [...data.articles, extraEdited] }, 'c-monthly');
		expect(after).toBe(before);
	});
});

describe('articleSetPageKey and corpusPageKey', () => {
	it('changes when one of the page’s articles changes, not when another does', () => {
		const key = (records: SiteRecords) => articleSetPageKey(corpusOf(records), ['a-pressure', 'c-monthly'], 'page 1');
		const base = key(fixtureData());
		expect(key(withArticle('c-monthly', () => ({ wordCount: 999 })))).not.toBe(base);
		expect(key(withArticle('d-undated', () => ({ wordCount: 999 })))).toBe(base);
	});

	it('gives a page about the whole corpus a key that any change moves', () => {
		const base = corpusPageKey(corpusOf(fixtureData()), 'home');
		expect(corpusPageKey(corpusOf(withArticle('d-undated', () => ({ wordCount: 999 }))), 'home')).not.toBe(base);
		expect(corpusPageKey(corpusOf(fixtureData()), 'charts')).not.toBe(base);
	});
});
