import { z } from 'zod';

/** The three kinds of named thing the site has pages for. */
export const EntityTypeSchema = z.enum(['person', 'place', 'organization']);
export type EntityType = z.output<typeof EntityTypeSchema>;

/** One entry of the curated gazetteer, `content/gazetteer.yaml`. */
export const GazetteerEntrySchema = z
	.object({
		/** Stable slug; derived from `name` when left out. */
		id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).optional(),
		/** Canonical display name. */
		name: z.string().min(1),
		type: EntityTypeSchema,
		/** Other spellings and short forms that name the same thing (`Kiev`, `Zelensky`). */
		aliases: z.array(z.string().min(1)).default([]),
		/** One sentence saying who or what it is. */
		description: z.string().optional(),
		/** Adjectives that point to it without naming it (`Ukrainian`): used to tell whose losses a
		 * figure counts, never counted as mentions. */
		demonyms: z.array(z.string().min(1)).default([]),
	})
	.strict();
export type GazetteerEntryInput = z.input<typeof GazetteerEntrySchema>;
export type GazetteerEntry = z.output<typeof GazetteerEntrySchema>;

/** The gazetteer file: a list of entries. */
export const GazetteerSchema = z.object({ entities: z.array(GazetteerEntrySchema) }).strict();
export type Gazetteer = z.output<typeof GazetteerSchema>;

/** One entry of the public `entities.json`. */
export const EntityRecordSchema = z.object({
	/** Stable slug. */
	id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
	/** Canonical display name. */
	name: z.string().min(1),
	type: EntityTypeSchema,
	/** Every spelling met in the articles, canonical name excluded, sorted. */
	aliases: z.array(z.string()),
	/** Ids of the articles that mention it. */
	articles: z.array(z.string()),
	/** Total mentions across all articles. */
	mentions: z.number().int().nonnegative(),
	/** Site-relative URL of its page. */
	url: z.string().startsWith('/'),
	// Beyond the contract:
	/** Short description from the gazetteer, or null for names found by NLP. */
	description: z.string().nullable(),
	/** `gazetteer` when curated, `nlp` when found in the text only. */
	source: z.enum(['gazetteer', 'nlp']),
});
export type EntityRecord = z.output<typeof EntityRecordSchema>;

/** One mention of an entity in an article sentence (published as `mentions.json`). */
export const MentionRecordSchema = z.object({
	/** Stable id, `<article>-m<n>`. */
	id: z.string(),
	entity: z.string(),
	article: z.string(),
	/** Anchor id of the sentence on the article page, e.g. `s-12`. */
	sentence: z.string(),
	/** The words as written in the article. */
	surface: z.string(),
	/** Offset of the surface form in the sentence, in UTF-16 code units. */
	start: z.number().int().nonnegative(),
	/** The sentence. */
	text: z.string(),
});
export type MentionRecord = z.output<typeof MentionRecordSchema>;
