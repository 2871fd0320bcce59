import { describe, expect, it } from 'vitest';
import { fixtureData, makeEntity } from '../briefings/fixtures.ts';
import { entityPage, type MentionReader } from './entity-page.ts';
import { contractOrder, indexCorpus } from './index-corpus.ts';

describe('entityPage', () => {
	const corpus = indexCorpus(contractOrder(fixtureData()));
	/** The fixture's mentions: one per article an entity is named in, so the page's reading can be seen. */
	const read: MentionReader = async (entity, articles) =>
		[...articles].map((article) => ({
			id: `${article}-m1`,
			entity,
			article,
			sentence: 's-1',
			surface: entity,
			text: `${entity} was named.`,
			start: 0,
			end: entity.length,
		}));

	it("lists a person's quotes and gives the page a Quotes section with its heading", async () => {
		const page = await entityPage(corpus, corpus.entity.get('volodymyr-zelenskyy')!, read);
		expect(page.quotes.map((quote) => quote.id).sort()).toEqual(['q1', 'q2']);
		expect(page.section.quotes).toEqual({ id: 'quotes', title: 'Quotes' });
		expect(page.headings.map((heading) => heading.slug)).toContain('quotes');
	});

	it('gives a place no quotes and no Quotes section, and lists only the sections it shows', async () => {
		const page = await entityPage(corpus, corpus.entity.get('kyiv')!, read);
		expect(page.quotes).toEqual([]);
		expect(page.section.quotes).toBeNull();
		const shown = Object.values(page.section).filter((section) => section !== null);
		expect(page.headings.map((heading) => heading.slug)).toEqual(shown.map((section) => section!.id));
		expect(page.headings[0]).toEqual({ depth: 2, slug: 'mentions', text: 'Mentions' });
	});

	it('describes a name found by text analysis by how often the corpus names it', async () => {
		const found = makeEntity({ id: 'olena', name: 'Olena', description: null, source: 'nlp', articles: ['a', 'b'] });
		expect((await entityPage(corpus, found, read)).description).toBe(
			'Person named in 2 articles of this corpus (found in the text, not yet in the gazetteer).',
		);
	});

	it('dates the page by the newest dated article', async () => {
		expect((await entityPage(corpus, corpus.entity.get('kyiv')!, read)).asOf?.published).toBe('2025-12-07');
	});

	it('quotes the mentions it reads for the newest articles only, grouped by article', async () => {
		const page = await entityPage(corpus, corpus.entity.get('volodymyr-zelenskyy')!, read);
		expect([...page.mentionsOf.keys()].sort()).toEqual(page.shownArticles.map((article) => article.id).sort());
	});
});
