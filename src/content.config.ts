/**
 * Content collections. `docs` holds the generated article pages (and any hand-written docs);
 * the other collections load the pipeline's open data and validate it again with the same
 * schemas the pipeline used, so a hand-edited or stale data file fails loudly here. Both loaders
 * keep what an earlier build loaded and read again only the files and records that changed
 * (`src/loaders/`).
 */
import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import { articleLoader } from './loaders/article-loader.ts';
import { recordsLoader } from './loaders/records-loader.ts';
import {
	ArticleRecordSchema,
	EntityRecordSchema,
	EventRecordSchema,
	FigureRecordSchema,
	PlaceMentionSchema,
	PositionRecordSchema,
	QuestionRecordSchema,
	QuoteRecordSchema,
	TopicRecordSchema,
} from './schemas/index.ts';

const DATA = 'src/content/data';

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
	/** The generated article pages: front matter, and the body rendered to HTML by the loader. */
	articlePages: defineCollection({
		loader: articleLoader({ base: 'src/content/articles' }),
		schema: z.object({ title: z.string(), description: z.string(), article: z.string() }),
	}),
	// Starlight's interface strings (src/content/i18n/en.yml): declared so the build does not warn that it is missing.
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
	articles: defineCollection({ loader: recordsLoader(`${DATA}/articles.json`), schema: ArticleRecordSchema }),
	entities: defineCollection({ loader: recordsLoader(`${DATA}/entities.json`), schema: EntityRecordSchema }),
	topics: defineCollection({ loader: recordsLoader(`${DATA}/topics.json`), schema: TopicRecordSchema }),
	events: defineCollection({ loader: recordsLoader(`${DATA}/events.json`), schema: EventRecordSchema }),
	figures: defineCollection({ loader: recordsLoader(`${DATA}/figures.json`), schema: FigureRecordSchema }),
	quotes: defineCollection({ loader: recordsLoader(`${DATA}/quotes.json`), schema: QuoteRecordSchema }),
	positions: defineCollection({ loader: recordsLoader(`${DATA}/positions.json`), schema: PositionRecordSchema }),
	questions: defineCollection({ loader: recordsLoader(`${DATA}/questions.json`), schema: QuestionRecordSchema }),
	/** Not all mentions (a page reads an entity's own part): the place mentions the maps need. */
	placeMentions: defineCollection({ loader: recordsLoader(`${DATA}/place-mentions.json`), schema: PlaceMentionSchema }),
};
