import { z } from 'zod';
import { metricById } from './metric.ts';

/** One topic of the curated taxonomy, `content/topics.yaml`. */
/** One reference for a topic's background paragraph, which is the editors' writing, not a sentence of an article. */
export const TopicSourceSchema = z
	.object({
		title: z.string().min(1).describe('What the page is, as a reader would cite it.'),
		publisher: z.string().min(1).describe('Who published it.'),
		url: z.url({ protocol: /^https?$/ }).describe('Its address (http or https only).'),
	})
	.strict();
export type TopicSource = z.output<typeof TopicSourceSchema>;

export const TaxonomyEntrySchema = z
	.object({
		id: z
			.string()
			.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
			// The listing of articles on no topic lives at /topics/other-reporting/.
			.refine((id) => id !== 'other-reporting', 'other-reporting is the address of the articles on no topic'),
		name: z.string().min(1),
		description: z.string().min(1).describe('One explanatory paragraph, shown on the topic page.'),
		terms: z
			.array(z.string().min(1))
			.default([])
			.describe('Words and phrases whose presence is evidence for the topic (case-insensitive, whole words).'),
		core: z
			.array(z.string().min(1))
			.default([])
			.describe(
				'Phrases that name the topic on their own ("security guarantee", "amnesty"): an article that uses one, with ' +
					'at least two pieces of evidence in all, is filed under the topic however long it is, and ahead of topics ' +
					'resting on incidental words when it has more topics than it may keep.',
			),
		entities: z.array(z.string()).default([]).describe('Entity ids whose mention is evidence for the topic.'),
		metrics: z
			.array(
				z.string().refine((id) => metricById(id) !== undefined, {
					error: (issue) =>
						`"${String(issue.input)}" is not a metric id; use one of the registry in src/schemas/metric.ts ` +
						'(as figures.json spells them: drones_launched, aid_usd, territory_captured_km2 …).',
				}),
			)
			.default([])
			.describe(
				'Figure metrics that belong to the topic: evidence for it, and the only figures its key figures show ' +
					'(a topic with none shows figures of metrics no topic declares, stated in a sentence about it).',
			),
		keyEvents: z
			.boolean()
			.default(false)
			.describe(
				'True when the events of this topic are milestones (talks, plans, deadlines) marked as key events on time charts.',
			),
		sources: z
			.array(TopicSourceSchema)
			.default([])
			.describe("Where the description's background facts can be checked: the editors' references."),
	})
	.strict();
export type TaxonomyEntryInput = z.input<typeof TaxonomyEntrySchema>;
export type TaxonomyEntry = z.output<typeof TaxonomyEntrySchema>;

/** What the topics are about: the countries whose places and people an article must name to be filed under them. */
export const TopicScopeSchema = z
	.object({
		name: z.string().min(1).describe('What the topics cover, in words ("Russia\'s war in Ukraine").'),
		countries: z
			.array(z.string().min(1))
			.min(1)
			.describe("Gazetteer ids of the countries: their places (by the gazetteer's `country`) and demonyms count too."),
		minMentions: z.number().int().min(1).describe('Fewest mentions of them an article on the topics makes.'),
		minShare: z.number().min(0).max(1).describe("Least share of the article's place mentions that are theirs."),
	})
	.strict();
export type TopicScope = z.output<typeof TopicScopeSchema>;

export const TaxonomySchema = z
	.object({ scope: TopicScopeSchema.optional(), topics: z.array(TaxonomyEntrySchema).min(1) })
	.strict();
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
	sources: z
		.array(TopicSourceSchema)
		.describe(
			"The editors' references for the description (from `content/topics.yaml`), which no article sentence backs.",
		),
	figures: z
		.array(z.string())
		.describe(
			'Ids of the figures that belong to the topic, newest first: of one of its metrics (for a topic with no ' +
				'metrics, of a metric no topic declares, stated in a sentence about it).',
		),
});
export type TopicRecord = z.output<typeof TopicRecordSchema>;
