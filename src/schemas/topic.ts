import { z } from 'zod';

/** One topic of the curated taxonomy, `content/topics.yaml`. */
export const TaxonomyEntrySchema = z
	.object({
		id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
		name: z.string().min(1),
		description: z.string().min(1).describe('One explanatory paragraph, shown on the topic page.'),
		terms: z
			.array(z.string().min(1))
			.default([])
			.describe('Words and phrases whose presence is evidence for the topic (case-insensitive, whole words).'),
		entities: z.array(z.string()).default([]).describe('Entity ids whose mention is evidence for the topic.'),
		metrics: z.array(z.string()).default([]).describe('Figure metrics whose presence is evidence for the topic.'),
		keyEvents: z
			.boolean()
			.default(false)
			.describe(
				'True when the events of this topic are milestones (talks, plans, deadlines) marked as key events on time charts.',
			),
	})
	.strict();
export type TaxonomyEntryInput = z.input<typeof TaxonomyEntrySchema>;
export type TaxonomyEntry = z.output<typeof TaxonomyEntrySchema>;

export const TaxonomySchema = z.object({ topics: z.array(TaxonomyEntrySchema).min(1) }).strict();
export type Taxonomy = z.output<typeof TaxonomySchema>;

/** One entry of the public `topics.json`. */
export const TopicRecordSchema = z.object({
	id: z.string().describe('Slug.'),
	name: z.string().describe('Display name.'),
	description: z.string().describe('One explanatory paragraph.'),
	articles: z.array(z.string()).describe('Article ids, strongest evidence first.'),
	related: z.array(z.string()).describe('Related topic ids, most related first.'),
	url: z.string().startsWith('/').describe('Site-relative URL of its page.'),
	// Beyond the contract:
	scores: z.array(z.number()).describe('Score per article id (same order as `articles`).'),
	keyEvents: z
		.boolean()
		.describe('True when its events are marked as key events on time charts (set in `content/topics.yaml`).'),
	metrics: z
		.array(z.string())
		.describe('Figure metrics that belong to the topic (from `content/topics.yaml`): its key figures are of these.'),
	figures: z
		.array(z.string())
		.describe(
			'Ids of the figures that belong to the topic: of one of its metrics, then stated in a sentence about it; each group newest first.',
		),
});
export type TopicRecord = z.output<typeof TopicRecordSchema>;
