import { describe, expect, it } from 'vitest';
import { fixtureData, makeArticle, makeEvent, makeFigure, makeMention, makeQuote } from '../briefings/fixtures.ts';
import { contractOrder, groupBy, indexCorpus } from './index-corpus.ts';

describe('indexCorpus', () => {
	const corpus = indexCorpus(fixtureData());

	it('orders articles newest first with undated ones last', () => {
		expect(corpus.newestArticles.map((article) => article.id)).toEqual([
			'c-monthly',
			'b-talks',
			'a-pressure',
			'd-undated',
		]);
		expect(corpus.newestRank.get('c-monthly')).toBe(0);
	});

	it('finds an article’s place in the contract order by its URL', () => {
		expect(corpus.articleIndexByUrl.get('/articles/b-talks/')).toBe(1);
	});

	it('lists each topic’s and entity’s articles newest first', () => {
		expect(corpus.articlesByTopic.get('peace-plan')!.map((article) => article.id)).toEqual([
			'c-monthly',
			'b-talks',
			'a-pressure',
		]);
		expect(corpus.articlesByTopic.get('air-war')!.map((article) => article.id)).toEqual(['b-talks', 'd-undated']);
	});

	it('sorts topics by size and entities of a type by mentions, ties A–Z', () => {
		expect(corpus.topicsBySize.map((topic) => topic.id)).toEqual(['peace-plan', 'air-war']);
		expect(corpus.entitiesByType.get('person')!.map((entity) => entity.id)).toEqual([
			'volodymyr-zelenskyy',
			'steve-witkoff',
		]);
		expect(corpus.entitiesByType.get('organization')!.map((entity) => entity.id)).toEqual(['ukrainian-air-force']);
	});

	it('files events under their month, or their year when only the year is known', () => {
		const data = fixtureData();
		data.events.push(makeEvent({ id: 'e4', date: '2025', article: 'a-pressure' }));
		const byPeriod = indexCorpus(data).eventsByPeriod;
		expect([...byPeriod].map(([period, events]) => [period, events.map((event) => event.id)])).toEqual([
			['2025-11', ['e1']],
			['2025-12', ['e2', 'e3']],
			['2025', ['e4']],
		]);
	});

	it('collects the days that have a whole, day-precise figure, with the chart that draws it', () => {
		const data = fixtureData();
		data.figures.push(
			makeFigure({ id: 'f4', article: 'b-talks', metric: 'killed', value: 2, date: '2025-12-05', scope: 'in Kharkiv' }),
		);
		data.figures.push(makeFigure({ id: 'f5', article: 'b-talks', metric: 'killed', value: 2, date: '2025-12' }));
		expect([...indexCorpus(data).figureDays]).toEqual([['2025-12-06', 'strikes']]);
	});

	it('links no day whose only figure is a total so far or a count over a period: no chart marks it as that day', () => {
		const data = fixtureData();
		data.figures.push(
			makeFigure({
				id: 'f6',
				article: 'b-talks',
				metric: 'killed',
				value: 4100,
				date: '2025-12-03',
				span: 'cumulative',
			}),
			makeFigure({
				id: 'f7',
				article: 'b-talks',
				metric: 'drones_launched',
				value: 900,
				date: '2025-12-04',
				span: 'period',
			}),
			makeFigure({ id: 'f8', article: 'b-talks', metric: 'killed', value: 3, date: '2025-12-08', span: 'incident' }),
		);
		expect([...indexCorpus(data).figureDays]).toEqual([
			['2025-12-06', 'strikes'],
			['2025-12-08', 'losses'],
		]);
	});
});

describe('groupBy', () => {
	it('puts an item under each of its keys once, in the items’ order', () => {
		const groups = groupBy(
			[
				{ id: 'a', keys: ['x', 'y', 'x'] },
				{ id: 'b', keys: ['x'] },
			],
			(item) => item.keys,
		);
		expect([...groups].map(([key, items]) => [key, items.map((item) => item.id)])).toEqual([
			['x', ['a', 'b']],
			['y', ['a']],
		]);
	});

	it('leaves out items without a key', () => {
		expect(groupBy([{ speaker: null }, { speaker: 'z' }], (item) => item.speaker).size).toBe(1);
	});
});

describe('contractOrder', () => {
	/** Records sorted by id, as Astro's data store returns collections. */
	function byId() {
		const data = fixtureData();
		data.articles = [
			makeArticle({ id: 'a', published: '2025-12-01', publishedPrecision: 'day' }),
			makeArticle({ id: 'b' }),
			makeArticle({ id: 'c', published: '2025-11', publishedPrecision: 'month' }),
			makeArticle({ id: 'd', published: '2025-11-20', publishedPrecision: 'day' }),
		];
		data.events = [
			makeEvent({ id: '2025-12-talks', date: '2025-12', article: 'a' }),
			makeEvent({ id: 'z-strike', date: '2025-11-02', article: 'a' }),
		];
		data.figures = [
			makeFigure({ id: 'a-killed-x', article: 'a', metric: 'killed', value: 2, sentence: 's-10' }),
			makeFigure({ id: 'a-killed-y', article: 'a', metric: 'killed', value: 3, sentence: 's-9' }),
		];
		data.quotes = [
			makeQuote({ id: 'a-q10', article: 'a', text: 'ten' }),
			makeQuote({ id: 'a-q2', article: 'a', text: 'two' }),
		];
		return {
			...data,
			mentions: [makeMention('a-m10', 'kyiv', 'a', 's-3', 'x'), makeMention('a-m9', 'kyiv', 'a', 's-2', 'y')],
		};
	}

	it('orders articles by publication date, then id, undated last', () => {
		expect(contractOrder(byId()).articles.map((article) => article.id)).toEqual(['c', 'd', 'a', 'b']);
	});

	it('orders events by date, figures by sentence, quotes and mentions by their number in the article', () => {
		const ordered = contractOrder(byId());
		expect(ordered.events.map((event) => event.id)).toEqual(['z-strike', '2025-12-talks']);
		expect(ordered.figures.map((figure) => figure.id)).toEqual(['a-killed-y', 'a-killed-x']);
		expect(ordered.quotes.map((quote) => quote.id)).toEqual(['a-q2', 'a-q10']);
		expect(ordered.mentions!.map((mention) => mention.id)).toEqual(['a-m9', 'a-m10']);
	});

	it('gives newest-first lists the newest article first', () => {
		expect(indexCorpus(contractOrder(byId())).newestArticles.map((article) => article.id)).toEqual([
			'a',
			'd',
			'c',
			'b',
		]);
	});
});
