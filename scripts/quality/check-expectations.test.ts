import { describe, expect, it } from 'vitest';
import type { ArticleRecord, FigureRecord } from '../../src/schemas/index.ts';
import { checkExpectations, type PublishedCorpus, tallyResults } from './check-expectations.ts';
import { ExpectationFileSchema } from './expectations.ts';

const article = {
	id: 'a',
	title: 'Strike on Odesa kills 7',
	published: '2025-12-09',
	topics: ['air-war'],
	warnings: ['line 3: dropped the reading time "3 min read"'],
} as ArticleRecord;
const figure = (value: number, metric = 'killed') =>
	({ article: 'a', metric, value, unit: 'count', qualifier: 'exact', subject: 'ukraine', scope: null }) as FigureRecord;
const corpus: PublishedCorpus = {
	articles: [article],
	entities: [
		{
			id: 'oleh-kiper',
			name: 'Oleh Kiper',
			type: 'person',
			aliases: ['Kiper'],
			articles: ['a'],
			mentions: 1,
			url: '/entities/oleh-kiper/',
			description: null,
			source: 'nlp',
			coordinates: null,
			placeType: null,
		},
	],
	events: [],
	figures: [figure(7), figure(7), figure(23, 'injured')],
	quotes: [],
	pages: new Map([['a', 'Russian forces struck Odesa.']]),
};
const check = (file: unknown) => checkExpectations(corpus, new Map([['a', ExpectationFileSchema.parse(file)]]));

describe('checkExpectations', () => {
	it('checks the date and title as written', () => {
		expect(check({ published: '2025-12-09', title: 'Strike on Odesa kills 7' }).map((result) => result.met)).toEqual([
			true,
			true,
		]);
		expect(check({ published: null })[0]).toMatchObject({ met: false, found: '"2025-12-09"' });
	});

	it('finds an entity by name or alias, and by type', () => {
		expect(check({ entities: [{ name: 'Kiper', type: 'person' }] })[0]!.met).toBe(true);
		expect(check({ entities: [{ name: 'Kiper', type: 'place' }] })[0]).toMatchObject({
			met: false,
			found: 'oleh-kiper (person)',
		});
	});

	it('matches a figure on the fields given, counts repeats and turns absent claims around', () => {
		const results = check({
			figures: [
				{ metric: 'killed', value: 7 },
				{ value: 7, count: 1 },
				{ value: 23, absent: true },
				{ value: 0, absent: true },
			],
		});
		expect(results.map((result) => result.met)).toEqual([true, false, false, true]);
		expect(results.map((result) => result.at)).toEqual(['figures[0]', 'figures[1]', 'figures[2]', 'figures[3]']);
	});

	it('wants furniture off the page and named in a warning', () => {
		expect(check({ furniture: [{ dropped: '3 min read' }, { dropped: 'Odesa' }] }).map((result) => result.met)).toEqual(
			[true, false],
		);
	});

	it('keeps a known failure unmet, with its reason', () => {
		expect(check({ topics: [{ topic: 'peace-plan', known: 'no talks in the text' }] })[0]).toMatchObject({
			met: false,
			known: 'no talks in the text',
		});
	});

	it('tallies met and total per record type', () => {
		const results = check({ published: '2025-12-09', figures: [{ value: 7 }, { value: 8 }] });
		expect(tallyResults(results, ['dates', 'figures', 'quotes'])).toEqual([
			{ type: 'dates', met: 1, total: 1 },
			{ type: 'figures', met: 1, total: 2 },
			{ type: 'quotes', met: 0, total: 0 },
		]);
	});
});
