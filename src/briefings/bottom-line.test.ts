import { describe, expect, it } from 'vitest';
import type { ArticleRecord, EventRecord } from '../schemas/index.ts';
import { bottomLine, candidatePoints, sortKey } from './bottom-line.ts';
import { createContext } from './context.ts';
import { fixtureData, makeArticle, makeEvent } from './fixtures.ts';

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
	// Each report's summary is one sentence, published with its anchor as the pipeline does; that sentence is about
	// each of the report's topics (its topic leads), and so is each event's sentence (`onTopics` below).
	const report = (fields: Parameters<typeof makeArticle>[0] & { summary: string }) =>
		makeArticle({
			...fields,
			summarySentences: [{ sentence: 's-1', text: fields.summary }],
			sentenceTopics: [{ sentence: 's-1', topics: fields.topics ?? [] }],
			topicLeads: (fields.topics ?? []).map((topic) => ({ topic, sentence: 's-1', text: fields.summary })),
		});
	/** The articles with each event's sentence published as about the event's topics, as the pipeline reads them. */
	const onTopics = (list: ArticleRecord[], events: EventRecord[]) =>
		list.map((article) => ({
			...article,
			sentenceTopics: [
				...article.sentenceTopics,
				...events.flatMap((event) =>
					event.sources
						.filter((source) => source.article === article.id)
						.map((source) => ({ sentence: source.sentence, topics: event.topics })),
				),
			],
		}));
	// A corpus written for the rule: two news reports on the talks a week apart, a newer opinion piece on them, an
	// analysis that alone covers prisoners, and an undated piece on the air war.
	const news1 = report({
		id: 'n1',
		kind: 'news',
		published: '2026-02-03',
		publishedPrecision: 'day',
		topics: ['peace-plan', 'air-war'],
		summary: 'Envoys agreed a truce for the Orthodox Easter weekend, officials in Kyiv said on Tuesday.',
	});
	const news2 = report({
		id: 'n2',
		kind: 'news',
		published: '2026-02-10',
		publishedPrecision: 'day',
		topics: ['peace-plan'],
		summary: 'A second round of talks in Abu Dhabi ended without a deal on Sunday, both delegations said.',
	});
	const opinion = report({
		id: 'o1',
		kind: 'opinion',
		published: '2026-02-12',
		publishedPrecision: 'day',
		topics: ['peace-plan'],
		summary: 'We should stop pretending that one more round of talks will end this war.',
	});
	const analysis = report({
		id: 'a1',
		kind: 'analysis',
		published: '2026-01-20',
		publishedPrecision: 'day',
		topics: ['prisoners-exchanges'],
		summary: 'Prisoner swaps have become the one channel that still works between Kyiv and Moscow.',
	});
	const undated = report({
		id: 'u1',
		topics: ['air-war'],
		summary: 'Drones are cheaper than the missiles that stop them.',
	});
	const event = (
		id: string,
		date: string,
		article: string,
		topics: string[],
		quote: string,
		status: EventRecord['status'] = 'happened',
	) => makeEvent({ id, date, article, topics, status, sources: [{ article, quote, sentence: `s-${id}` }] });
	const events = [
		event('truce', '2026-01-30', 'n1', ['peace-plan'], 'Envoys agreed a truce for the Orthodox Easter weekend.'),
		event('deadline', '2026-02-05', 'n1', ['peace-plan'], 'Kyiv was given until Thursday to answer.', 'deadline'),
		event('drones', '2026-02-02', 'n1', ['air-war'], 'Russia fired 300 drones at Odesa overnight.'),
		event('talks', '2026-02-08', 'n2', ['peace-plan'], 'The second round in Abu Dhabi ended without a deal.'),
		event('geneva', '2026-02-16', 'n2', ['peace-plan'], 'Envoys will meet again in Geneva next Monday.', 'scheduled'),
	];
	const articles = onTopics([news2, opinion, news1, analysis, undated], events);
	const data = { ...fixtureData(), articles, events, mentions: [] };
	const points = bottomLine(data, { kind: 'situation' }, createContext(data, articles));

	it('gives the newest development of each topic, newest first, each with its date', () => {
		expect(points.map((point) => [point.date, point.topics, point.text])).toEqual([
			['2026-02-08', ['peace-plan'], 'The second round in Abu Dhabi ended without a deal.'],
			['2026-02-02', ['air-war'], 'Russia fired 300 drones at Odesa overnight.'],
			[
				'2026-01-20',
				['prisoners-exchanges'],
				'Prisoner swaps have become the one channel that still works between Kyiv and Moscow.',
			],
		]);
		expect(points.map((point) => point.when)).toEqual([
			'8 February 2026',
			'2 February 2026',
			'reported 20 January 2026',
		]);
	});
	it('leaves out what later reporting on the same topic superseded: the truce, the passed deadline', () => {
		const texts = points.map((point) => point.text).join(' ');
		expect(texts).not.toContain('truce');
		expect(texts).not.toContain('until Thursday');
	});
	it('reads a topic from news before a newer opinion piece, and labels analysis as analysis', () => {
		expect(points.every((point) => point.cite.article !== 'o1')).toBe(true);
		expect(points.map((point) => point.kind)).toEqual(['news', 'news', 'analysis']);
	});
	it('prefers what happened to what is planned, and leaves undated articles out', () => {
		expect(points.map((point) => point.status)).toEqual(['happened', 'happened', null]);
		expect(points.some((point) => point.cite.article === 'u1')).toBe(false);
	});
	it('puts two points of one date from one article newest first, the one it tells later first', () => {
		const monthly = report({
			id: 'm1',
			kind: 'news',
			published: '2026-03',
			publishedPrecision: 'month',
			topics: ['air-war'],
			summary: 'Talks ended as Russia fired hundreds of drones at the grid.',
		});
		const told = (id: string, sentence: string, quote: string) =>
			makeEvent({
				id,
				date: '2026-03',
				orderDay: '2026-03-13',
				article: 'm1',
				topics: ['air-war'],
				sources: [{ article: 'm1', quote, sentence }],
			});
		const sameMonth = [
			told('barrage', 's-7', 'Over the same days, Russia fired 410 drones at power stations.'),
			told('outage', 's-9', 'The strikes also cut power to a nuclear plant for hours.'),
		];
		const monthArticles = onTopics([monthly], sameMonth);
		const monthData = { ...fixtureData(), articles: monthArticles, events: sameMonth, mentions: [] };
		const topical = bottomLine(monthData, { kind: 'topic', topic: 'air-war' }, createContext(monthData, monthArticles));
		expect(topical.map((point) => point.cite.href.split('#')[1])).toEqual(['s-9', 's-7']);
	});
	it('keeps a topic briefing to developments of its topic', () => {
		const topical = bottomLine(
			data,
			{ kind: 'topic', topic: 'air-war' },
			createContext(data, [articles[2]!, articles[4]!]),
		);
		expect(topical.map((point) => point.text)).toEqual(['Russia fired 300 drones at Odesa overnight.']);
	});
});

describe('bottomLine: each point is a development of its own topic, from news first, placed by its own date', () => {
	// A month-dated round-up filed under three topics, its third the tribunal; one dated event whose sentence is about
	// the air war only, though the event is also filed under prisoners (a neighbouring sentence spoke of them); and a
	// newer analysis that dates a prisoner handover of its own.
	const HANDOVER =
		'Both sides handed over 150 captured soldiers at the Belarusian border, the coordination centre said.';
	const TRIBUNAL = "The tribunal's registrar said the talks had no bearing on the warrants it has already issued.";
	const round = makeArticle({
		id: 'round',
		kind: 'news',
		published: '2026-03',
		publishedPrecision: 'month',
		topics: ['air-war', 'prisoners-exchanges', 'war-crimes-accountability'],
		sentenceTopics: [
			{ sentence: 's-2', topics: ['air-war'] },
			{ sentence: 's-5', topics: ['prisoners-exchanges'] },
			{ sentence: 's-6', topics: ['war-crimes-accountability'] },
		],
		topicLeads: [
			{ topic: 'prisoners-exchanges', sentence: 's-5', text: HANDOVER },
			{ topic: 'war-crimes-accountability', sentence: 's-6', text: TRIBUNAL },
		],
	});
	const essay = makeArticle({
		id: 'essay',
		kind: 'analysis',
		published: '2026-03-09',
		publishedPrecision: 'day',
		topics: ['prisoners-exchanges'],
		sentenceTopics: [{ sentence: 's-3', topics: ['prisoners-exchanges'] }],
	});
	const strike = makeEvent({
		id: 'strike',
		date: '2026-03-07',
		article: 'round',
		sentence: 's-2',
		topics: ['air-war', 'prisoners-exchanges'],
		sources: [
			{ article: 'round', quote: 'A glide bomb hit a depot in Kupiansk on Saturday morning.', sentence: 's-2' },
		],
	});
	const swap = makeEvent({
		id: 'swap',
		date: '2026-03-08',
		article: 'essay',
		sentence: 's-3',
		topics: ['prisoners-exchanges'],
		sources: [{ article: 'essay', quote: 'The swap on Sunday was the largest this year.', sentence: 's-3' }],
	});
	const articles = [essay, round];
	const data = { ...fixtureData(), articles, events: [strike, swap], mentions: [] };
	const points = bottomLine(data, { kind: 'situation' }, createContext(data, articles));
	const of = (topic: string) => points.find((point) => point.topics.includes(topic));

	it('quotes a sentence that is itself about the topic, not one filed under it through its event', () => {
		expect(of('air-war')?.text).toBe('A glide bomb hit a depot in Kupiansk on Saturday morning.');
		expect(of('prisoners-exchanges')?.text).toBe(HANDOVER);
	});
	it("draws a topic's development from any news report filed under it, not only from its two main topics", () => {
		expect(of('war-crimes-accountability')?.text).toBe(TRIBUNAL);
		expect(of('war-crimes-accountability')?.when).toBe('reported March 2026');
	});
	it('reads a topic from a news report that tells it before an analysis that dates it', () => {
		expect(of('prisoners-exchanges')?.kind).toBe('news');
		expect(points.some((point) => point.cite.article === 'essay')).toBe(false);
	});
	it("sorts by the development's own date: a month-precise report after the dated days of its month", () => {
		expect(points.map((point) => point.date)).toEqual(['2026-03-07', '2026-03', '2026-03']);
	});
	it('keys a month after its dated days and a day by itself', () => {
		expect(sortKey('2026-03', null) < sortKey('2026-03-01', null)).toBe(true);
		expect(sortKey('2026-03', null) > sortKey('2026-02-28', null)).toBe(true);
		expect(sortKey('2026-03', '2026-03-14')).toBe('2026-03-14');
	});
});
