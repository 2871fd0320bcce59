/**
 * The bottom line up front: the state of play, newest first. For each topic in scope, the newest development the
 * newest reports on that topic tell — a dated event from the timeline, or, when those reports date nothing on the
 * topic, the sentence that states its newest figure, else their opening sentence — each with its date. What older
 * reporting on the same topic said is left out: a later report on it supersedes it (an April ceasefire, a deadline that has passed). News reports come first: a
 * topic is read from its newest news report, and only a topic no news report covers is read from analysis or
 * opinion, labelled as such. Undated articles cannot be placed and are left out. At most five points, those that
 * speak for the most topics first, then shown newest first. A topic briefing reads its own topic only, from the
 * newest reports that tell something of it (an event or a figure of the topic), and may take several of its
 * developments from them.
 */
import { compareCoarse } from '../data/partial-date.ts';
import { rankTopicFigures } from '../data/topic-figures.ts';
import { formatDate } from '../format/date.ts';
import { formatEventDate } from '../format/event-date.ts';
import { isReported } from '../format/figure-status.ts';
import { formatPublished } from '../format/published.ts';
import type {
	ArticleKind,
	ArticleRecord,
	DatePrecision,
	EventRecord,
	EventStatus,
	FigureRecord,
} from '../schemas/index.ts';
import { getOrCreate } from '../shared/get-or-create.ts';
import { periodEnd } from './as-of.ts';
import type { BriefingContext } from './context.ts';
import type { BriefingData, BriefingScope, CitedSentence } from './model.ts';

/** At most this many points. */
export const MAX_POINTS = 5;

/**
 * Shorter sentences lean on their neighbours ("The talks wrapped up on Saturday."); kept only when nothing
 * longer is left.
 */
export const MIN_POINT_WORDS = 9;

/** How far apart in days a topic briefing's further points may be from its newest. */
export const RECENT_DAYS = 45;

const daysBetween = (a: string, b: string) => Math.abs(Date.parse(dayOf(a)) - Date.parse(dayOf(b))) / 86_400_000;

/** Which kinds of piece are read first: news, then analysis, then opinion. */
export const KIND_RANK: Readonly<Record<ArticleKind, number>> = { news: 0, analysis: 1, opinion: 2 };

/** One point of the bottom line: a sentence of the newest reporting on its topics, with its date. */
export interface BottomLinePoint extends CitedSentence {
	/** When it happened (an event's date) or, for an opening sentence, when it was reported; ISO at its precision. */
	date: string;
	precision: DatePrecision;
	/** The date in words: "December 2025, a Saturday", "reported 22 November 2025". */
	when: string;
	/** Publication date of the report it comes from. */
	reported: string;
	/** The kind of piece it comes from. */
	kind: ArticleKind;
	/** For a timeline event, whether it happened, is scheduled or is a deadline; null for an opening sentence. */
	status: EventStatus | null;
	/** The topics it is the newest development of. */
	topics: string[];
}

/** A topic's own figures, ranked (`rankTopicFigures`), and the articles and sentences (`sentenceKey`) stating them. */
interface TopicFigures {
	figures: FigureRecord[];
	articles: Set<string>;
	sentences: Set<string>;
}

const sentenceKey = (article: string, sentence: string) => `${article}\u0000${sentence}`;

const words = (text: string) => text.split(/\s+/u).filter(Boolean).length;

/** A point an article offers, with the anchor of the sentence it starts with (null when it has none). */
export interface CandidatePoint {
	text: string;
	sentence: string | null;
}

/**
 * An article's candidate points: its key points, else its summary's sentences, each with the anchor
 * the pipeline published beside it; never a question, short ones only as a last resort.
 */
export function candidatePoints(article: ArticleRecord): CandidatePoint[] {
	const points: CandidatePoint[] = article.keyPoints.length
		? article.keyPoints.map((text, item) => ({
				text,
				sentence: article.keyPointSentences.find((sentence) => sentence.item === item)?.sentence ?? null,
			}))
		: article.summarySentences.map(({ text, sentence }) => ({ text, sentence }));
	const kept = points
		.map((point) => ({ ...point, text: point.text.trim() }))
		.filter((point) => point.text.length > 0 && !/\?["”’]?$/u.test(point.text));
	const standalone = kept.filter((point) => words(point.text) >= MIN_POINT_WORDS);
	return standalone.length ? standalone : kept;
}

/**
 * Newest first by the best-known date of the development itself: the day it is ordered on (a month-precise
 * "Saturday" has one), else its date at its precision, a month after the dated days inside it ("2025-11-00" sorts
 * below "2025-11-01") so that a development known only to the month never rises above the dated ones of that month.
 */
export const sortKey = (date: string, orderDay: string | null) =>
	orderDay ?? (date.length === 4 ? `${date}-00-00` : date.length === 7 ? `${date}-00` : date);

/** A sort key as a day, for distances in days ("2025-11-00" is 1 November). */
const dayOf = (key: string) => key.replace(/-00/g, '-01');

interface Candidate {
	/** The article whose sentence is quoted. */
	article: ArticleRecord;
	/** The newest article that reports it. */
	reported: ArticleRecord;
	sentence: string | null;
	text: string;
	date: string;
	precision: DatePrecision;
	when: string;
	status: EventStatus | null;
	key: string;
	topics: Set<string>;
	/** True when the sentence states one of the topic's figures. */
	figure: boolean;
}

/** The newest dated reports on `topic` of the best kind that covers it: news if any news report does. */
function newestReports(topic: string, articles: readonly ArticleRecord[]): ArticleRecord[] {
	const covering = articles.filter((article) => article.published !== null && article.topics.includes(topic));
	if (covering.length === 0) return [];
	const best = Math.min(...covering.map((article) => KIND_RANK[article.kind]));
	const ofKind = covering.filter((article) => KIND_RANK[article.kind] === best);
	const newest = ofKind.reduce((latest, article) =>
		compareCoarse(article.published!, latest.published!) > 0 ||
		(compareCoarse(article.published!, latest.published!) === 0 &&
			periodEnd(article.published!) > periodEnd(latest.published!))
			? article
			: latest,
	);
	return ofKind.filter((article) => compareCoarse(article.published!, newest.published!) >= 0);
}

/**
 * Newest first among points of one date from one article: the one it tells later first ("The strikes also cut power"
 * after "During the same period, Russia launched …"), as the timeline reads them newest first. Else 0.
 */
function laterTold(a: Candidate, b: Candidate): number {
	if (a.article.id !== b.article.id || a.sentence === null || b.sentence === null) return 0;
	const number = (sentence: string) => Number(/(\d+)$/.exec(sentence)?.[1] ?? 0);
	return number(b.sentence) - number(a.sentence);
}

/** Reported before planned; then the latest; then one that states a figure of the topic; then one for more topics. */
function better(a: Candidate, b: Candidate): number {
	const done = (candidate: Candidate) => Number(candidate.status === 'happened' || candidate.status === null);
	return (
		done(b) - done(a) ||
		(a.key < b.key ? 1 : a.key > b.key ? -1 : 0) ||
		Number(b.figure) - Number(a.figure) ||
		b.topics.size - a.topics.size
	);
}

function fromEvent(
	event: EventRecord,
	article: ArticleRecord,
	sentence: string,
	quote: string,
	reported: ArticleRecord,
): Candidate {
	return {
		article,
		reported,
		sentence,
		text: quote,
		date: event.date,
		precision: event.precision,
		when: formatEventDate(event),
		status: event.status,
		key: sortKey(event.date, event.orderDay),
		topics: new Set(event.topics),
		figure: false,
	};
}

/**
 * The bottom line of a briefing on `scope`: the newest development of each topic its articles cover, from the
 * newest reports on that topic. A topic briefing keeps to developments of its own topic.
 */
export function bottomLine(
	data: Pick<BriefingData, 'events' | 'figures' | 'topics'>,
	scope: BriefingScope,
	context: BriefingContext,
	max = MAX_POINTS,
): BottomLinePoint[] {
	const articles = context.ranked;
	const focus = scope.kind === 'topic' ? scope.topic : null;
	const topics = [...new Set(articles.flatMap((article) => article.topics))];
	// Each event under every article that reports it; it speaks through its lead sentence, the one its description
	// opens with (a report that a planned visit happened, not the plan), from the newest article telling it.
	const eventsOf = new Map<
		string,
		{ event: EventRecord; lead: EventRecord['sources'][number]; reported: ArticleRecord }[]
	>();
	for (const event of data.events) {
		if (focus && !event.topics.includes(focus)) continue;
		const sources = event.sources.filter((source) => context.articles.has(source.article));
		if (sources.length === 0) continue;
		const lead =
			sources.find((source) => event.description.startsWith(source.quote)) ??
			[...sources].sort((a, b) => b.quote.length - a.quote.length)[0]!;
		const reported = sources
			.map((source) => context.articles.get(source.article)!)
			.filter((article) => article.published !== null)
			.sort((a, b) => periodEnd(b.published!).localeCompare(periodEnd(a.published!)))[0];
		if (!reported) continue;
		for (const source of sources) {
			const list = eventsOf.get(source.article) ?? [];
			list.push({ event, lead, reported });
			eventsOf.set(source.article, list);
		}
	}
	// The figures of each topic's own metrics, newest first (topics.json lists them so).
	const figureById = new Map(data.figures.map((figure) => [figure.id, figure]));
	// Ranked once per topic, with the articles and sentences that state them: the loops below ask for every article.
	const ranked = new Map<string, TopicFigures>();
	const figuresOf = (topic: string) =>
		getOrCreate(ranked, topic, () => {
			const record = data.topics.find((candidate) => candidate.id === topic);
			const figures = record
				? rankTopicFigures(
						record,
						record.figures
							.map((id) => figureById.get(id))
							.filter((figure) => figure !== undefined && record.metrics.includes(figure.metric) && isReported(figure))
							.map((figure) => figure!),
					)
				: [];
			return {
				figures,
				articles: new Set(figures.map((figure) => figure.article)),
				sentences: new Set(figures.map((figure) => sentenceKey(figure.article, figure.sentence))),
			};
		});
	// Which topics each sentence is about by its own words; an article published without the list is not filtered.
	const sentenceTopics = new Map<string, Map<string, string[]>>();
	const onTopic = (article: string, sentence: string, topic: string) => {
		const record = context.articles.get(article);
		if (!record || record.sentenceTopics.length === 0) return true;
		let bySentence = sentenceTopics.get(article);
		if (!bySentence) {
			bySentence = new Map(record.sentenceTopics.map((entry) => [entry.sentence, entry.topics]));
			sentenceTopics.set(article, bySentence);
		}
		return bySentence.get(sentence)?.includes(topic) ?? false;
	};
	const chosen = new Map<string, Candidate>();
	// A topic briefing reads its own topic only, and may take several developments of it from the newest reports.
	const threads = focus ? [focus] : topics;
	const perThread = focus ? max : 1;
	for (const topic of threads) {
		// A topic is read from the newest reports that tell something of it in sentences of their own on the topic: an
		// event told there, a figure of the topic, or a sentence about it. News reports come first; a report that only
		// touches on the topic, or tells it in another sentence, supersedes nothing.
		const topicFigures = figuresOf(topic);
		const figures = topicFigures.figures;
		const tells = (article: ArticleRecord) =>
			(eventsOf.get(article.id) ?? []).some(
				({ event, lead }) => event.topics.includes(topic) && onTopic(lead.article, lead.sentence, topic),
			) ||
			topicFigures.articles.has(article.id) ||
			article.topicLeads.some((lead) => lead.topic === topic);
		const telling = articles.filter(tells);
		const current = newestReports(topic, telling.length ? telling : articles);
		const candidates: Candidate[] = current.flatMap((article) =>
			(eventsOf.get(article.id) ?? [])
				// The event's own sentence must be about the topic, not only the event (tagged from a neighbour).
				.filter(({ event, lead }) => event.topics.includes(topic) && onTopic(lead.article, lead.sentence, topic))
				.map(({ event, lead, reported }) => ({
					...fromEvent(event, context.articles.get(lead.article)!, lead.sentence, lead.quote, reported),
					// An event whose sentence states one of the topic's figures is its substance: the barrage, not its side effect.
					figure: topicFigures.sentences.has(sentenceKey(lead.article, lead.sentence)),
				})),
		);
		// A report that dates nothing on the topic speaks through the sentence that states the topic's newest figure
		// ("Belarus pardoned 31 Ukrainian citizens"), dated as the figure is, else through its first sentence about the
		// topic, dated by the report.
		if (candidates.length === 0)
			for (const article of current) {
				const figure = figures.find((candidate) => candidate.article === article.id);
				const lead = figure ? null : article.topicLeads.find((candidate) => candidate.topic === topic);
				if (!figure && !lead) continue;
				// A figure the sentence dates ("in November") is placed by that date, not by the report's.
				const own = figure?.date && figure.datePrecision && figure.dateSource === 'sentence' ? figure : null;
				const date = own ? own.date! : article.published!;
				const precision = own ? own.datePrecision! : (article.publishedPrecision ?? 'day');
				candidates.push({
					article,
					reported: article,
					sentence: figure ? figure.sentence : lead!.sentence,
					text: figure ? figure.quote : lead!.text,
					date,
					precision,
					when: !own
						? `reported ${formatPublished(article)}`
						: own.date === article.published
							? formatDate(date, precision)
							: `${formatDate(date, precision)}, reported ${formatPublished(article)}`,
					status: null,
					key: sortKey(date, null),
					topics: new Set([topic]),
					figure: Boolean(figure),
				});
			}
		// Beyond the first, a topic briefing's further points must be recent too: within weeks of its newest.
		const ranked = candidates.sort(better);
		const recent = ranked.filter(
			(candidate, index) => index === 0 || daysBetween(candidate.key, ranked[0]!.key) <= RECENT_DAYS,
		);
		for (const best of recent.slice(0, perThread)) {
			const id = `${best.article.id} ${best.sentence ?? best.text}`;
			// The same sentence chosen for two topics is one point for both.
			const point = chosen.get(id) ?? { ...best, topics: new Set<string>() };
			point.topics.add(topic);
			chosen.set(id, point);
		}
	}
	const points = [...chosen.values()]
		.sort((a, b) => b.topics.size - a.topics.size || (a.key < b.key ? 1 : a.key > b.key ? -1 : 0))
		.slice(0, max)
		.sort((a, b) => (a.key < b.key ? 1 : a.key > b.key ? -1 : 0) || laterTold(a, b) || b.topics.size - a.topics.size);
	return points.map((point) => ({
		text: point.text,
		cite: context.sources.cite(point.article, point.sentence),
		date: point.date,
		precision: point.precision,
		when: point.when,
		reported: point.reported.published!,
		kind: point.article.kind,
		status: point.status,
		topics: [...point.topics],
	}));
}
