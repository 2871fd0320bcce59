/**
 * Indexes the published records for the pages: lookups by id and URL, groupings and orders that
 * many pages need. Built once per build, so each page's own work is proportional to the page and
 * not to the corpus.
 */
import { chartMarkingDay } from '../charts/index.ts';
import type {
	ArticleRecord,
	CorpusRecords,
	EntityRecord,
	EntityType,
	EventRecord,
	FigureRecord,
	MentionRecord,
	QuoteRecord,
	SiteRecords,
	TopicRecord,
} from '../schemas/index.ts';
import { byString, compareByPublished, sentenceNumber } from '../shared/compare.ts';
import { compareEvents } from './event-order.ts';
import { PAGE_LIMITS } from './page-limits.ts';
import { timelinePeriod } from './timeline-archive.ts';

export type { CorpusRecords, SiteRecords };

export interface Corpus extends SiteRecords {
	/** Newest first, undated last. */
	newestArticles: ArticleRecord[];
	article: Map<string, ArticleRecord>;
	entity: Map<string, EntityRecord>;
	topic: Map<string, TopicRecord>;
	/** Place of each article in `articles` (oldest first), by URL: the article pagination. */
	articleIndexByUrl: Map<string, number>;
	/** Place of each article in `newestArticles` (0 is the newest), by id. */
	newestRank: Map<string, number>;
	/** A topic's articles, newest first. */
	articlesByTopic: Map<string, ArticleRecord[]>;
	/** The articles that mention an entity, newest first. */
	articlesByEntity: Map<string, ArticleRecord[]>;
	/** Topics with the most articles first, then A–Z. */
	topicsBySize: TopicRecord[];
	/** Entities of each type, most mentioned first, then A–Z. */
	entitiesByType: Map<EntityType, EntityRecord[]>;
	eventsByArticle: Map<string, EventRecord[]>;
	eventsByEntity: Map<string, EventRecord[]>;
	eventsByTopic: Map<string, EventRecord[]>;
	/** Events by the timeline page that holds them: `YYYY-MM`, or `YYYY` for year-precise dates; in timeline order. */
	eventsByPeriod: Map<string, EventRecord[]>;
	/** The page of its period's list (1 for the first `PAGE_LIMITS.periodEvents`) that holds each event, by id. */
	eventPage: Map<string, number>;
	figuresByArticle: Map<string, FigureRecord[]>;
	/** Days (`YYYY-MM-DD`) with a whole, day-precise, reported figure, each with the id of the first chart that draws it. */
	figureDays: Map<string, string>;
	quotesByArticle: Map<string, QuoteRecord[]>;
	quotesBySpeaker: Map<string, QuoteRecord[]>;
}

/** Groups items under each of their keys (a key listed twice for one item counts once), keeping the items' order. */
export function groupBy<T>(
	items: readonly T[],
	keys: (item: T) => string | readonly string[] | null,
): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		const found = keys(item);
		for (const key of found === null ? [] : typeof found === 'string' ? [found] : new Set(found)) {
			const list = groups.get(key);
			if (list) list.push(item);
			else groups.set(key, [item]);
		}
	}
	return groups;
}

/** The articles with these ids, newest first, each once; unknown ids are left out. */
function newestFirst(
	ids: readonly string[],
	article: ReadonlyMap<string, ArticleRecord>,
	rank: ReadonlyMap<string, number>,
): ArticleRecord[] {
	return [...new Set(ids)]
		.map((id) => article.get(id))
		.filter((found) => found !== undefined)
		.sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
}

/** The number at the end of a quote or mention id (`…-q3`, `…-m41`), for ordering; none sorts last. */
const trailingNumber = (id: string) => Number(/(\d+)$/.exec(id)?.[1] ?? Number.MAX_SAFE_INTEGER);

/**
 * The records in the order the open data files give them: articles by date, events by date, figures,
 * quotes and mentions by article and place in it. Astro's data store hands collections back sorted by
 * id, which is not that order (`bench_0999` is not the newest article; `…-q10` comes before `…-q2`).
 */
export function contractOrder<R extends SiteRecords & { mentions?: MentionRecord[] }>(records: R): R {
	const byNumberInArticle = (a: { id: string; article: string }, b: { id: string; article: string }) =>
		byString(a.article, b.article) || trailingNumber(a.id) - trailingNumber(b.id) || byString(a.id, b.id);
	return {
		...records,
		articles: [...records.articles].sort(compareByPublished),
		events: [...records.events].sort(compareEvents),
		figures: [...records.figures].sort(
			(a, b) =>
				byString(a.article, b.article) ||
				sentenceNumber(a.sentence) - sentenceNumber(b.sentence) ||
				byString(a.sentence, b.sentence) ||
				a.quote.indexOf(a.text) - b.quote.indexOf(b.text) ||
				byString(a.metric, b.metric) ||
				a.value - b.value ||
				byString(a.id, b.id),
		),
		quotes: [...records.quotes].sort(byNumberInArticle),
		questions: [...records.questions].sort((a, b) => a.order - b.order),
		...(records.mentions ? { mentions: [...records.mentions].sort(byNumberInArticle) } : {}),
	};
}

/** Indexes the records, which must be in the contract's order (see `contractOrder`). */
export function indexCorpus(records: SiteRecords): Corpus {
	const { articles, entities, topics, events, figures, quotes } = records;
	const eventsByPeriod = groupBy(events, (event) => timelinePeriod(event.date));
	const eventPage = new Map<string, number>();
	for (const list of eventsByPeriod.values())
		for (const [index, event] of list.entries())
			eventPage.set(event.id, Math.floor(index / PAGE_LIMITS.periodEvents) + 1);
	const dated = articles.filter((article) => article.published !== null);
	const newestArticles = [...dated.reverse(), ...articles.filter((article) => article.published === null)];
	const article = new Map(articles.map((item) => [item.id, item]));
	const newestRank = new Map(newestArticles.map((item, index) => [item.id, index]));
	const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
	const entitiesByType = new Map<EntityType, EntityRecord[]>();
	for (const type of ['person', 'place', 'organization'] as const)
		entitiesByType.set(
			type,
			entities.filter((entity) => entity.type === type).sort((a, b) => b.mentions - a.mentions || byName(a, b)),
		);
	return {
		...records,
		newestArticles,
		article,
		entity: new Map(entities.map((entity) => [entity.id, entity])),
		topic: new Map(topics.map((topic) => [topic.id, topic])),
		articleIndexByUrl: new Map(articles.map((item, index) => [item.url, index])),
		newestRank,
		articlesByTopic: new Map(topics.map((topic) => [topic.id, newestFirst(topic.articles, article, newestRank)])),
		articlesByEntity: new Map(entities.map((entity) => [entity.id, newestFirst(entity.articles, article, newestRank)])),
		topicsBySize: [...topics].sort((a, b) => b.articles.length - a.articles.length || byName(a, b)),
		entitiesByType,
		eventsByArticle: groupBy(events, (event) => event.sources.map((source) => source.article)),
		eventsByEntity: groupBy(events, (event) => event.entities),
		eventsByTopic: groupBy(events, (event) => event.topics),
		eventsByPeriod,
		eventPage,
		figuresByArticle: groupBy(figures, (figure) => figure.article),
		figureDays: chartDays(figures),
		quotesByArticle: groupBy(quotes, (quote) => quote.article),
		quotesBySpeaker: groupBy(quotes, (quote) => quote.speaker),
	};
}

/**
 * Each day with a day-precise figure that a chart draws as a mark of that day (one attack or day: not a total so
 * far, a count over a period or a part), and the first chart (in registry order) that draws one.
 */
function chartDays(figures: readonly FigureRecord[]): Map<string, string> {
	const days = new Map<string, string>();
	for (const figure of figures) {
		if (figure.date?.length !== 10 || days.has(figure.date)) continue;
		const chart = chartMarkingDay(figure);
		if (chart) days.set(figure.date, chart.id);
	}
	return days;
}
