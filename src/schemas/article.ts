import { z } from 'zod';
import { DatePrecisionSchema, PartialIsoDateSchema } from './iso-date.ts';

/** Where an article's title came from. */
export const TitleSourceSchema = z.enum(['headline', 'subhead', 'generated', 'override']);
export type TitleSource = z.output<typeof TitleSourceSchema>;

/** What kind of piece an article is: a news report, an analysis (explainers included) or an opinion piece. */
export const ArticleKindSchema = z.enum(['news', 'analysis', 'opinion']);
export type ArticleKind = z.output<typeof ArticleKindSchema>;

/** One entry of the public `articles.json` (see the data contract). */
export const ArticleRecordSchema = z.object({
	id: z.string().min(1).describe('Seed file name without extension.'),
	slug: z
		.string()
		.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
		.describe('URL slug derived from the title, unique across the corpus.'),
	url: z.string().startsWith('/').describe('Site-relative URL of the article page, base path included.'),
	title: z.string().min(1).describe('Headline.'),
	titleSource: TitleSourceSchema.describe(
		"Where the title came from: the headline line, a subheading, generated from the lede, or an editor's override.",
	),
	published: PartialIsoDateSchema.nullable().describe(
		'Publication date at the precision the text supports; null when unknown.',
	),
	publishedPrecision: DatePrecisionSchema.nullable().describe(
		'Precision of `published`: day, month or year; null when unknown.',
	),
	publishedSource: z
		.enum(['override', 'stated', 'inferred'])
		.nullable()
		.describe("`override` = editor's sidecar; `stated` = the text names it; `inferred` = reasoned from the text."),
	publishedConfidence: z.number().min(0).max(1).describe('How sure the date is, 0..1; overrides are 1.'),
	publishedEvidence: z.string().describe('The sentence(s) or reasoning the date rests on.'),
	publishedQualifier: z
		.enum(['on_or_after'])
		.nullable()
		.describe(
			'`on_or_after` when the text bounds the date only from below and `published` is the earliest day that fits (shown as "on or after …"); else null.',
		),
	publishedLatest: PartialIsoDateSchema.nullable().describe(
		'The latest date the evidence allows when it allows a range and `published` is its earliest (shown as ' +
			'"between 22 and 26 November 2025", "April or May 2025"), at the precision of `published`; null when the ' +
			'date is exact, stated, overridden or not bounded from above.',
	),
	summary: z.string().describe("One to three sentences in the article's own words."),
	wordCount: z.number().int().nonnegative().describe('Words of body text after clean-up.'),
	topics: z.array(z.string()).describe('Topic ids, strongest first.'),
	entities: z.array(z.string()).describe('Entity ids, most mentioned first.'),
	entityMentions: z
		.array(z.number().int().min(1))
		.describe('How many times the article mentions each entity of `entities`, in the same order.'),
	warnings: z.array(z.string()).describe('Anything the ingest could not do cleanly.'),
	// Fields beyond the contract (the contract allows additions).
	file: z.string().describe('Repository-relative path of the seed file.'),
	outlet: z.string().nullable().describe('Outlet named by a sidecar, else null.'),
	kind: ArticleKindSchema.describe(
		'What kind of piece it is: `news` (a news report), `analysis` (analysis or explainer) or `opinion`, read from the text or set by a sidecar.',
	),
	kindSource: z.enum(['inferred', 'override']).describe('`override` when a sidecar sets `kind`, else `inferred`.'),
	kindEvidence: z
		.array(z.string())
		.describe('The cues the kind rests on, each "cue: count (example)" ("first-person: 2 (…)"), or the sidecar.'),
	// http(s) only, as in the sidecar: the page links to it, and a javascript: address would run on a click.
	sourceUrl: z
		.url({ protocol: /^https?$/ })
		.nullable()
		.describe('Original address (http or https) named by a sidecar, else null.'),
	keyPoints: z.array(z.string()).describe("The article's key points (its Quick Read bullets when it has them)."),
	readingMinutes: z.number().int().positive().describe('Estimated reading time in whole minutes (at least 1).'),
	topicScores: z.array(z.number()).describe('Topic scores, same order as `topics`.'),
	keyPointSentences: z
		.array(
			z.object({
				sentence: z.string(),
				text: z.string(),
				item: z.number().int().nonnegative().describe('The key point (0 = the first) the sentence belongs to.'),
			}),
		)
		.describe('The sentences the key points are made of, with their anchor ids on the article page.'),
	summarySentences: z
		.array(z.object({ sentence: z.string(), text: z.string() }))
		.describe(
			'The sentences the generated summary is made of, as it words them (a wire dateline left out), with their ' +
				"anchor ids on the article page; empty when the editor's sidecar gives the summary.",
		),
	questions: z
		.array(z.object({ sentence: z.string(), text: z.string() }))
		.describe('Questions the article raises: its body sentences that end in "?", with their anchor ids.'),
	sentenceTopics: z
		.array(z.object({ sentence: z.string(), topics: z.array(z.string()) }))
		.default([])
		.describe(
			"The body sentences about at least one of the article's topics by their own words (one of the topic's terms, " +
				'or two of the people and bodies it names), with those topics: what lets a briefing keep to sentences that are themselves on its topic.',
		),
	topicLeads: z
		.array(z.object({ topic: z.string(), sentence: z.string(), text: z.string() }))
		.default([])
		.describe(
			"For each of the article's topics, its first sentences about it (at most two), in article order, with their " +
				'text and anchor ids; questions, short sentences and a closing "Analysis:" section left out.',
		),
});
export type ArticleRecord = z.output<typeof ArticleRecordSchema>;
