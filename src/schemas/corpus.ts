import type { ArticleRecord } from './article.ts';
import type { EntityRecord, MentionRecord, PlaceMention } from './entity.ts';
import type { EventRecord } from './event.ts';
import type { FigureRecord } from './figure.ts';
import type { PositionRecord, QuestionRecord } from './position.ts';
import type { QuoteRecord } from './quote.ts';
import type { TopicRecord } from './topic.ts';

/** Every published record of a build: what the pipeline writes and what the site and briefings read. */
export interface CorpusRecords {
	/** Oldest first, undated last (the contract's order). */
	articles: ArticleRecord[];
	entities: EntityRecord[];
	topics: TopicRecord[];
	/** In timeline order, oldest first. */
	events: EventRecord[];
	figures: FigureRecord[];
	quotes: QuoteRecord[];
	mentions: MentionRecord[];
	/** Statements on the tracked questions, by question, then date. */
	positions: PositionRecord[];
	/** The tracked questions, in curated order. */
	questions: QuestionRecord[];
}

/**
 * The records the site loads whole. Mentions are not among them: there is one for every name in
 * every sentence, so the pages read an entity's mentions from its own part of the open data
 * (`src/content/data/mentions/<id>.jsonl`), counts from `ArticleRecord.entityMentions`, and the maps the
 * few they need (`placeMentions`).
 */
export type SiteRecords = Omit<CorpusRecords, 'mentions'> & {
	/** The mentions the maps read: places named in a sentence that reports a figure or an event. */
	placeMentions: PlaceMention[];
};
