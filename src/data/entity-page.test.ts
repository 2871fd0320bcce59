import { describe, expect, it } from 'vitest';
import { fixtureData, makeEntity } from '../briefings/fixtures.ts';
import { entityPage } from './entity-page.ts';
import { contractOrder, indexCorpus } from './index-corpus.ts';

describe('entityPage', () => {
	const corpus = indexCorpus(contractOrder(fixtureData()));

	it("lists a person's quotes and gives the page a Quotes section with its heading", () => {
		const page = entityPage(corpus, corpus.entity.get('volodymyr-zelenskyy')!);
		expect(page.quotes.map((quote) => quote.id).sort()).toEqual(['q1', 'q2']);
		expect(page.section.quotes).toEqual({ id: 'quotes', title: 'Quotes' });
		expect(page.headings.map((heading) => heading.slug)).toContain('quotes');
	});

	it('gives a place no quotes and no Quotes section, and lists only the sections it shows', () => {
		const page = entityPage(corpus, corpus.entity.get('kyiv')!);
		expect(page.quotes).toEqual([]);
		expect(page.section.quotes).toBeNull();
		const shown = Object.values(page.section).filter((section) => section !== null);
		expect(page.headings.map((heading) => heading.slug)).toEqual(shown.map((section) => section!.id));
		expect(page.headings[0]).toEqual({ depth: 2, slug: 'mentions', text: 'Mentions' });
	});

	it('describes a name found by text analysis by how often the corpus names it', () => {
		const found = makeEntity({ id: 'olena', name: 'Olena', description: null, source: 'nlp', articles: ['a', 'b'] });
		expect(entityPage(corpus, found).description).toBe(
			'Person named in 2 articles of this corpus (found in the text, not yet in the gazetteer).',
		);
	});

	it('dates the page by the newest dated article', () => {
		expect(entityPage(corpus, corpus.entity.get('kyiv')!).asOf).toBe('2025-12-07');
	});
});
