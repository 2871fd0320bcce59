import { describe, expect, it } from 'vitest';
import { fixtureData } from '../briefings/fixtures.ts';
import { indexCorpus } from '../data/index-corpus.ts';
import { facetHeadTags, filterValue, pageFacets } from './facets.ts';

const corpus = indexCorpus(fixtureData());
const talks = corpus.article.get('b-talks')!;

describe('pageFacets', () => {
	it('gives an article its kind, topics, entities and month of publication, and its date and topics to show', () => {
		const facets = pageFacets(corpus, talks.url)!;
		expect(facets.filters).toMatchObject({ kind: ['article'], topic: ['Peace plan', 'Air war'], month: ['2025-12'] });
		expect(facets.filters.entity).toEqual(
			talks.entities.map((id) => corpus.entity.get(id)?.name).filter((name) => name !== undefined),
		);
		expect(facets.meta).toEqual({ date: '7 December 2025', topics: 'Peace plan, Air war' });
	});

	it('gives an undated article no month, and says its date is unknown', () => {
		const facets = pageFacets(corpus, corpus.article.get('d-undated')!.url)!;
		expect(facets.filters.month).toBeUndefined();
		expect(facets.meta.date).toBe('Date unknown');
	});

	it('tells topic, entity, briefing and timeline pages apart', () => {
		expect(pageFacets(corpus, '/topics/air-war/')!.filters).toEqual({ kind: ['topic'], topic: ['Air war'] });
		expect(pageFacets(corpus, '/briefings/air-war/')!.filters).toEqual({ kind: ['briefing'], topic: ['Air war'] });
		expect(pageFacets(corpus, '/briefings/situation/')!.filters).toEqual({ kind: ['briefing'] });
		expect(pageFacets(corpus, '/timeline/2025/11/')!.filters).toEqual({ kind: ['timeline'] });
		expect(pageFacets(corpus, '/timeline/topics/air-war/')!.filters).toEqual({
			kind: ['timeline'],
			topic: ['Air war'],
		});
		expect(pageFacets(corpus, '/entities/kyiv/')!.filters).toEqual({ kind: ['place'], entity: ['Kyiv'] });
		expect(pageFacets(corpus, '/entities/ukrainian-air-force/')?.filters.kind).toEqual(['organisation']);
		expect(pageFacets(corpus, '/about/')).toBeNull();
	});
});

describe('filterValue', () => {
	it('keeps markup out of a value the search UI writes as HTML', () => {
		expect(filterValue('<img src=x onerror=alert(1)>Kyiv')).toBe('img src=x onerror=alert(1)Kyiv');
		expect(filterValue('AT&T')).toBe('ATandT');
	});
});

describe('facetHeadTags', () => {
	it('writes one <meta> per filter value and per detail, for Pagefind to read', () => {
		expect(
			facetHeadTags({ filters: { kind: ['article'], topic: ['A', 'B'] }, meta: { date: '7 December 2025' } }),
		).toEqual([
			{ tag: 'meta', attrs: { 'data-pagefind-filter': 'kind[content]', content: 'article' } },
			{ tag: 'meta', attrs: { 'data-pagefind-filter': 'topic[content]', content: 'A' } },
			{ tag: 'meta', attrs: { 'data-pagefind-filter': 'topic[content]', content: 'B' } },
			{ tag: 'meta', attrs: { 'data-pagefind-meta': 'date[content]', content: '7 December 2025' } },
		]);
	});
});
