/**
 * Content collections. `docs` holds the generated article pages (and any hand-written docs);
 * the other collections load the pipeline's open data and validate it again with the same
 * schemas the pipeline used, so a hand-edited or stale data file fails loudly here.
 */
import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { file } from 'astro/loaders';
import { z } from 'astro/zod';
import { articleLoader } from './loaders/article-loader.ts';
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
	articles: defineCollection({ loader: file(`${DATA}/articles.json`), schema: ArticleRecordSchema }),
	entities: defineCollection({ loader: file(`${DATA}/entities.json`), schema: EntityRecordSchema }),
	topics: defineCollection({ loader: file(`${DATA}/topics.json`), schema: TopicRecordSchema }),
	events: defineCollection({ loader: file(`${DATA}/events.json`), schema: EventRecordSchema }),
	figures: defineCollection({ loader: file(`${DATA}/figures.json`), schema: FigureRecordSchema }),
	quotes: defineCollection({ loader: file(`${DATA}/quotes.json`), schema: QuoteRecordSchema }),
	positions: defineCollection({ loader: file(`${DATA}/positions.json`), schema: PositionRecordSchema }),
	questions: defineCollection({ loader: file(`${DATA}/questions.json`), schema: QuestionRecordSchema }),
	/** Not all mentions (a page reads an entity's own part): the place mentions the maps need. */
	placeMentions: defineCollection({ loader: file(`${DATA}/place-mentions.json`), schema: PlaceMentionSchema }),
};
