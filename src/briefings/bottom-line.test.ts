import { describe, expect, it } from 'vitest';
import { bottomLine, candidatePoints } from './bottom-line.ts';
import { createContext } from './context.ts';
import { fixtureData, makeArticle } from './fixtures.ts';

describe('candidatePoints', () => {
	it("takes an article's key points when it has them", () => {
		expect(
			candidatePoints(
				makeArticle({ id: 'a', keyPoints: ['First point stands here.', 'Second?'], summary: 'Ignored.' }),
			),
		).toEqual(['First point stands here.']);
	});
	it("falls back on the summary's sentences", () => {
		expect(
			candidatePoints(
				makeArticle({
					id: 'a',
					summary:
						'Three days of talks in Florida ended without a breakthrough. Russia launched 653 drones and 51 missiles in one night.',
				}),
			),
		).toEqual([
			'Three days of talks in Florida ended without a breakthrough.',
			'Russia launched 653 drones and 51 missiles in one night.',
		]);
	});
	it('leaves out short sentences that lean on their neighbours, unless nothing else is left', () => {
		expect(
			candidatePoints(
				makeArticle({
					id: 'a',
					summary: 'Three days of talks in Florida ended without a breakthrough. The talks wrapped up on Saturday.',
				}),
			),
		).toEqual(['Three days of talks in Florida ended without a breakthrough.']);
		expect(candidatePoints(makeArticle({ id: 'a', summary: 'Talks ended. Strikes went on.' }))).toEqual([
			'Talks ended.',
			'Strikes went on.',
		]);
	});
});

describe('bottomLine', () => {
	it('lets each leading article speak once before any speaks twice, up to five points', () => {
		const data = fixtureData();
		const [a, b, c, d] = data.articles as [
			ReturnType<typeof makeArticle>,
			ReturnType<typeof makeArticle>,
			ReturnType<typeof makeArticle>,
			ReturnType<typeof makeArticle>,
		];
		const points = bottomLine(createContext(data, [c, a, b, d]));
		expect(points.map((point) => [point.cite.article, point.text.slice(0, 24)])).toEqual([
			['c-monthly', 'After days of shuttle di'],
			['a-pressure', 'US officials are pressur'],
			['b-talks', 'Three days of negotiatio'],
			['d-undated', 'Undated articles still c'],
			['a-pressure', 'Belarus pardoned 31 Ukra'],
		]);
	});
	it('numbers sources in citing order and links to the sentence anchor when known', () => {
		const data = fixtureData();
		const [a, b, c] = data.articles as [
			ReturnType<typeof makeArticle>,
			ReturnType<typeof makeArticle>,
			ReturnType<typeof makeArticle>,
		];
		const points = bottomLine(createContext(data, [c, a, b]), 3);
		expect(points.map((point) => [point.cite.source, point.cite.href])).toEqual([
			[1, '/articles/c-monthly/#s-1'],
			[2, '/articles/a-pressure/#s-4'],
			// The summary sentence is quoted by no record: the footnote links to the article.
			[3, '/articles/b-talks/'],
		]);
	});
	it('keeps repeated wording once', () => {
		const same = 'Russia launched 653 drones overnight, officials said.';
		const points = bottomLine(
			createContext({ ...fixtureData(), mentions: [] }, [
				makeArticle({ id: 'x', keyPoints: [same] }),
				makeArticle({ id: 'y', keyPoints: [same, 'Another point entirely here.'] }),
			]),
		);
		expect(points.map((point) => point.text)).toEqual([same, 'Another point entirely here.']);
	});
});
