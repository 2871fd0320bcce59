import { describe, expect, it } from 'vitest';
import { fixtureData, makeArticle } from '../briefings/fixtures.ts';
import { indexCorpus } from '../data/index-corpus.ts';
import { articlePagination, buildSidebar, ITEMS_PER_SECTION } from './sidebar.ts';

type Group = {
	type: 'group';
	label: string;
	entries: { label: string; href: string; isCurrent: boolean }[];
	collapsed: boolean;
};

/** A corpus with more articles than a section shows. */
function bigCorpus() {
	const data = fixtureData();
	for (let day = 10; day < 10 + ITEMS_PER_SECTION + 2; day++)
		data.articles.unshift(makeArticle({ id: `old-${day}`, published: `2024-01-${day}`, publishedPrecision: 'day' }));
	return indexCorpus(data);
}

const groupOf = (sidebar: unknown[], label: string) => (sidebar as Group[]).find((group) => group.label === label)!;

describe('buildSidebar', () => {
	it('shows the newest articles and the index link, collapsed away from them', () => {
		const corpus = bigCorpus();
		const articles = groupOf(buildSidebar(corpus, '/'), 'Articles');
		expect(articles.entries.map((entry) => entry.href)).toEqual([
			...corpus.newestArticles.slice(0, ITEMS_PER_SECTION).map((article) => article.url),
			'/articles/',
		]);
		expect(articles.collapsed).toBe(true);
	});

	it('adds the current page when it is not among the top items, marked current and expanded', () => {
		const corpus = bigCorpus();
		const oldest = corpus.articles[0]!;
		const articles = groupOf(buildSidebar(corpus, oldest.url.slice(0, -1)), 'Articles');
		expect(articles.entries.at(-2)).toMatchObject({ href: oldest.url, isCurrent: true });
		expect(articles.entries).toHaveLength(ITEMS_PER_SECTION + 2);
		expect(articles.collapsed).toBe(false);
	});

	it('gives each single page a top-level link and each long list a group', () => {
		const sidebar = buildSidebar(bigCorpus(), '/charts/') as { type: string; label: string; isCurrent?: boolean }[];
		expect(sidebar.filter((entry) => entry.type === 'group').map((entry) => entry.label)).toEqual([
			'Topics',
			'Articles',
			'People',
			'Places',
			'Organisations',
		]);
		expect(sidebar.find((entry) => entry.label === 'Charts')).toMatchObject({ type: 'link', isCurrent: true });
	});

	it('lists people by mentions', () => {
		const people = groupOf(buildSidebar(bigCorpus(), '/'), 'People');
		expect(people.entries.map((entry) => entry.label)).toEqual(['Volodymyr Zelenskyy', 'Steve Witkoff', 'All people']);
	});
});

describe('articlePagination', () => {
	it('links an article to the older and the newer one in the contract order', () => {
		const corpus = indexCorpus(fixtureData());
		const pagination = articlePagination(corpus, '/articles/b-talks/');
		expect(pagination.prev?.href).toBe('/articles/a-pressure/');
		expect(pagination.next?.href).toBe('/articles/c-monthly/');
	});

	it('has no links on other pages', () => {
		expect(articlePagination(indexCorpus(fixtureData()), '/topics/air-war/')).toEqual({
			prev: undefined,
			next: undefined,
		});
	});
});
