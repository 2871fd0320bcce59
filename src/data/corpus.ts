/**
 * The published data, loaded from the content collections and indexed for the pages. Loaded
 * once per build (every page shares it) and afresh on each request in dev, where seeds change.
 */
import { getCollection } from 'astro:content';
import type {
	ArticleRecord,
	EntityRecord,
	EventRecord,
	FigureRecord,
	MentionRecord,
	QuoteRecord,
	TopicRecord,
} from '../schemas/index.ts';

export interface Corpus {
	/** Oldest first, undated last (the contract's order). */
	articles: ArticleRecord[];
	/** Newest first, undated last. */
	newestArticles: ArticleRecord[];
	entities: EntityRecord[];
	topics: TopicRecord[];
	events: EventRecord[];
	figures: FigureRecord[];
	quotes: QuoteRecord[];
	mentions: MentionRecord[];
	article: Map<string, ArticleRecord>;
	entity: Map<string, EntityRecord>;
	topic: Map<string, TopicRecord>;
	mentionsByEntity: Map<string, MentionRecord[]>;
	eventsByArticle: Map<string, EventRecord[]>;
	eventsByEntity: Map<string, EventRecord[]>;
	eventsByTopic: Map<string, EventRecord[]>;
	figuresByArticle: Map<string, FigureRecord[]>;
	quotesByArticle: Map<string, QuoteRecord[]>;
	quotesBySpeaker: Map<string, QuoteRecord[]>;
}

function groupBy<T>(items: T[], keys: (item: T) => string | string[] | null): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		const found = keys(item);
		for (const key of found === null ? [] : Array.isArray(found) ? [...new Set(found)] : [found]) {
			const list = groups.get(key) ?? [];
			list.push(item);
			groups.set(key, list);
		}
	}
	return groups;
}

async function load(): Promise<Corpus> {
	const data = async <T>(name: 'articles' | 'entities' | 'topics' | 'events' | 'figures' | 'quotes' | 'mentions') =>
		(await getCollection(name)).map((entry) => entry.data as T);
	const [articles, entities, topics, events, figures, quotes, mentions] = await Promise.all([
		data<ArticleRecord>('articles'),
		data<EntityRecord>('entities'),
		data<TopicRecord>('topics'),
		data<EventRecord>('events'),
		data<FigureRecord>('figures'),
		data<QuoteRecord>('quotes'),
		data<MentionRecord>('mentions'),
	]);
	const dated = articles.filter((article) => article.published !== null);
	const newestArticles = [...dated.reverse(), ...articles.filter((article) => article.published === null)];
	return {
		articles,
		newestArticles,
		entities,
		topics,
		events,
		figures,
		quotes,
		mentions,
		article: new Map(articles.map((article) => [article.id, article])),
		entity: new Map(entities.map((entity) => [entity.id, entity])),
		topic: new Map(topics.map((topic) => [topic.id, topic])),
		mentionsByEntity: groupBy(mentions, (mention) => mention.entity),
		eventsByArticle: groupBy(events, (event) => event.sources.map((source) => source.article)),
		eventsByEntity: groupBy(events, (event) => event.entities),
		eventsByTopic: groupBy(events, (event) => event.topics),
		figuresByArticle: groupBy(figures, (figure) => figure.article),
		quotesByArticle: groupBy(quotes, (quote) => quote.article),
		quotesBySpeaker: groupBy(quotes, (quote) => quote.speaker),
	};
}

let cached: Promise<Corpus> | null = null;

/** The corpus for the page being rendered. */
export function loadCorpus(): Promise<Corpus> {
	if (import.meta.env.DEV) return load();
	cached ??= load();
	return cached;
}
