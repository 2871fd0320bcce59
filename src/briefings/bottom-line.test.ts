import { describe, expect, it } from 'vitest';
import { bottomLine, candidatePoints } from './bottom-line.ts';
import { createContext } from './context.ts';
import { fixtureData, makeArticle } from './fixtures.ts';

describe('candidatePoints', () => {
	it("takes an article's key points, each cited by the first sentence the pipeline published for it", () => {
		expect(
			candidatePoints(
				makeArticle({
					id: 'a',
					keyPoints: ['First point stands here, long enough to stand alone.', 'Second?'],
					keyPointSentences: [
						{ sentence: 's-2', text: 'First point stands here, long enough to stand alone.', item: 0 },
						{ sentence: 's-3', text: 'Second?', item: 1 },
					],
					summary: 'Ignored.',
				}),
			),
		).toEqual([{ text: 'First point stands here, long enough to stand alone.', sentence: 's-2' }]);
	});
	it("falls back on the summary's sentences, with their anchors", () => {
		const summarySentences = [
			{ sentence: 's-1', text: 'Three days of talks in Florida ended without a breakthrough.' },
			{ sentence: 's-2', text: 'Russia launched 653 drones and 51 missiles in one night.' },
		];
		expect(candidatePoints(makeArticle({ id: 'a', summarySentences }))).toEqual(summarySentences);
	});
	it('leaves out short sentences that lean on their neighbours, unless nothing else is left', () => {
		const long = { sentence: 's-1', text: 'Three days of talks in Florida ended without a breakthrough.' };
		const short = { sentence: 's-2', text: 'The talks wrapped up on Saturday.' };
		expect(candidatePoints(makeArticle({ id: 'a', summarySentences: [long, short] }))).toEqual([long]);
		const shortOnly = [
			{ sentence: 's-1', text: 'Talks ended.' },
			{ sentence: 's-2', text: 'Strikes went on.' },
		];
		expect(candidatePoints(makeArticle({ id: 'a', summarySentences: shortOnly }))).toEqual(shortOnly);
	});
	it('cites a key point without a published sentence by its article alone', () => {
		expect(candidatePoints(makeArticle({ id: 'a', keyPoints: ['Undated articles still count.'] }))).toEqual([
			{ text: 'Undated articles still count.', sentence: null },
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
			// The summary's sentence, by the anchor the pipeline published with it.
			[3, '/articles/b-talks/#s-1'],
		]);
	});
	it('keeps repeated wording once', () => {
		const same = 'Russia launched 653 drones overnight, officials said.';
		const points = bottomLine(
			createContext(fixtureData(), [
				makeArticle({ id: 'x', keyPoints: [same] }),
				makeArticle({ id: 'y', keyPoints: [same, 'Another point entirely here.'] }),
			]),
		);
		expect(points.map((point) => point.text)).toEqual([same, 'Another point entirely here.']);
	});
});
