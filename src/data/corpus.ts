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
	PlaceMention,
	PositionRecord,
	QuestionRecord,
	QuoteRecord,
	TopicRecord,
} from '../schemas/index.ts';
import { type Corpus, contractOrder, indexCorpus } from './index-corpus.ts';

export type { Corpus } from './index-corpus.ts';

async function load(): Promise<Corpus> {
	const data = async <T>(
		name:
			| 'articles'
			| 'entities'
			| 'topics'
			| 'events'
			| 'figures'
			| 'quotes'
			| 'positions'
			| 'questions'
			| 'placeMentions',
	) => (await getCollection(name)).map((entry) => entry.data as T);
	// Mentions are not loaded whole: pages read an entity's own (src/data/entity-mentions.ts).
	const [articles, entities, topics, events, figures, quotes, positions, questions, placeMentions] = await Promise.all([
		data<ArticleRecord>('articles'),
		data<EntityRecord>('entities'),
		data<TopicRecord>('topics'),
		data<EventRecord>('events'),
		data<FigureRecord>('figures'),
		data<QuoteRecord>('quotes'),
		data<PositionRecord>('positions'),
		data<QuestionRecord>('questions'),
		data<PlaceMention>('placeMentions'),
	]);
	return indexCorpus(
		contractOrder({ articles, entities, topics, events, figures, quotes, positions, questions, placeMentions }),
	);
}

let cached: Promise<Corpus> | null = null;

/** The corpus for the page being rendered. */
export function loadCorpus(): Promise<Corpus> {
	if (import.meta.env.DEV) return load();
	cached ??= load();
	return cached;
}
