import { z } from 'zod';
import { DatePrecisionSchema, PartialIsoDateSchema } from './iso-date.ts';

/** Where an article's title came from. */
export const TitleSourceSchema = z.enum(['headline', 'subhead', 'generated', 'override']);
export type TitleSource = z.output<typeof TitleSourceSchema>;

/** One entry of the public `articles.json` (see the data contract). */
export const ArticleRecordSchema = z.object({
	/** Seed file name without extension. */
	id: z.string().min(1),
	/** URL slug derived from the title, unique across the corpus. */
	slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
	/** Site-relative URL of the article page, base path included. */
	url: z.string().startsWith('/'),
	/** Headline. */
	title: z.string().min(1),
	titleSource: TitleSourceSchema,
	/** Publication date at the precision the text supports; null when unknown. */
	published: PartialIsoDateSchema.nullable(),
	publishedPrecision: DatePrecisionSchema.nullable(),
	/** `override` = editor's sidecar; `stated` = the text names it; `inferred` = reasoned from the text. */
	publishedSource: z.enum(['override', 'stated', 'inferred']).nullable(),
	/** How sure the date is, 0..1; overrides are 1. */
	publishedConfidence: z.number().min(0).max(1),
	/** The sentence(s) or reasoning the date rests on. */
	publishedEvidence: z.string(),
	/** One to three sentences in the article's own words. */
	summary: z.string(),
	/** Words of body text after clean-up. */
	wordCount: z.number().int().nonnegative(),
	/** Topic ids, strongest first. */
	topics: z.array(z.string()),
	/** Entity ids, most mentioned first. */
	entities: z.array(z.string()),
	/** Anything the ingest could not do cleanly. */
	warnings: z.array(z.string()),
	// Fields beyond the contract (the contract allows additions).
	/** Repository-relative path of the seed file. */
	file: z.string(),
	/** Outlet named by a sidecar, else null. */
	outlet: z.string().nullable(),
	/** Original address named by a sidecar, else null. */
	sourceUrl: z.string().nullable(),
	/** The article's key points (its Quick Read bullets when it has them). */
	keyPoints: z.array(z.string()),
	/** Estimated reading time in whole minutes (at least 1). */
	readingMinutes: z.number().int().positive(),
	/** Topic scores, same order as `topics`. */
	topicScores: z.array(z.number()),
});
export type ArticleRecord = z.output<typeof ArticleRecordSchema>;
