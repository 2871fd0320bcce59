import { z } from 'zod';

/** One topic of the curated taxonomy, `content/topics.yaml`. */
export const TaxonomyEntrySchema = z
	.object({
		id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
		name: z.string().min(1),
		/** One explanatory paragraph, shown on the topic page. */
		description: z.string().min(1),
		/** Words and phrases whose presence is evidence for the topic (case-insensitive, whole words). */
		terms: z.array(z.string().min(1)).default([]),
		/** Entity ids whose mention is evidence for the topic. */
		entities: z.array(z.string()).default([]),
		/** Figure metrics whose presence is evidence for the topic. */
		metrics: z.array(z.string()).default([]),
	})
	.strict();
export type TaxonomyEntryInput = z.input<typeof TaxonomyEntrySchema>;
export type TaxonomyEntry = z.output<typeof TaxonomyEntrySchema>;

export const TaxonomySchema = z.object({ topics: z.array(TaxonomyEntrySchema).min(1) }).strict();
export type Taxonomy = z.output<typeof TaxonomySchema>;

/** One entry of the public `topics.json`. */
export const TopicRecordSchema = z.object({
	id: z.string(),
	name: z.string(),
	description: z.string(),
	/** Article ids, strongest evidence first. */
	articles: z.array(z.string()),
	/** Related topic ids, most related first. */
	related: z.array(z.string()),
	url: z.string().startsWith('/'),
	// Beyond the contract:
	/** Score per article id (same order as `articles`). */
	scores: z.array(z.number()),
});
export type TopicRecord = z.output<typeof TopicRecordSchema>;
