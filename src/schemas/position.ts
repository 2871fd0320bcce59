import { z } from 'zod';
import { DatePrecisionSchema, PartialIsoDateSchema } from './iso-date.ts';

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

/** A side of the talks whose statements are tracked: a government, its leader, ministers and negotiators. */
export const PartySchema = z
	.object({
		id: slug.describe('Stable slug (`ukraine`).'),
		name: z.string().min(1).describe('Display name ("Ukraine", "European governments").'),
		entities: z
			.array(slug)
			.min(1)
			.describe(
				'Gazetteer ids that speak for the party: the country, its leader, ministers, negotiators, institutions.',
			),
		countries: z
			.array(slug)
			.default([])
			.describe(
				'Country ids whose demonym ("Ukrainian officials said"), capital ("Kyiv rejected") or places speak for the party.',
			),
	})
	.strict();
export type Party = z.output<typeof PartySchema>;

/** A question of the talks whose answer the site tracks, as curated in `content/questions.yaml`. */
export const QuestionSchema = z
	.object({
		id: slug.describe('Stable slug (`donetsk-withdrawal`).'),
		question: z.string().min(1).describe('The question as a reader would ask it.'),
		short: z.string().min(1).max(40).describe('A short label for tables ("Donetsk").'),
		background: z.string().min(1).describe('One neutral paragraph of editors’ background.'),
		terms: z
			.array(z.string().min(1))
			.min(1)
			.describe(
				'Words that identify a statement about the question (case-insensitive, whole words, plain inflections).',
			),
		against: z
			.array(z.string().min(1))
			.default([])
			.describe(
				'Terms that name the opposite of what the question asks ("neutrality" for NATO membership): a cue aimed at one reverses the stance.',
			),
		parties: z
			.array(slug)
			.default([])
			.describe('Ids of the parties to track on this question; empty means every party.'),
		topics: z
			.array(slug)
			.default([])
			.describe(
				'Topics whose briefing shows the question under "Where the parties stand" (the situation briefing shows all).',
			),
	})
	.strict();
export type Question = z.output<typeof QuestionSchema>;

/** The file `content/questions.yaml`. */
export const QuestionsFileSchema = z
	.object({ parties: z.array(PartySchema).min(1), questions: z.array(QuestionSchema).min(1) })
	.strict()
	.superRefine((file, context) => {
		const parties = new Set(file.parties.map((party) => party.id));
		for (const [index, question] of file.questions.entries())
			for (const party of question.parties)
				if (!parties.has(party))
					context.addIssue({
						code: 'custom',
						path: ['questions', index, 'parties'],
						message: `unknown party "${party}"; parties are ${[...parties].join(', ')}`,
					});
	});
export type QuestionsFile = z.output<typeof QuestionsFileSchema>;

/** What a statement says about the question, only beyond `stated` where the sentence carries an explicit cue. */
export const StanceSchema = z.enum(['supports', 'opposes', 'conditional', 'stated']);
export type Stance = z.output<typeof StanceSchema>;

/** One party's statement on one tracked question (published as `positions.json`). */
export const PositionRecordSchema = z.object({
	id: z.string().describe('Stable id, `<question>-<article>-<sentence>`.'),
	question: z.string().describe('Id of the tracked question (`content/questions.yaml`).'),
	party: z.string().describe('Id of the party the speaker belongs to.'),
	speaker: z
		.string()
		.nullable()
		.describe('Entity id of who made the statement, or null for a group ("Ukrainian officials").'),
	article: z.string().describe('Article id.'),
	sentence: z.string().describe('Anchor id of the sentence on the article page.'),
	text: z.string().describe('The exact sentence.'),
	date: PartialIsoDateSchema.nullable().describe('When the statement was made, ISO at its precision.'),
	stance: StanceSchema.describe(
		'`supports`, `opposes` or `conditional` only where the sentence carries an explicit cue; else `stated`.',
	),
	stanceCue: z.string().nullable().describe('The words the stance rests on.'),
	source: z.enum(['extracted', 'override']).describe('`override` when the article’s sidecar set it.'),
	// Beyond the contract:
	datePrecision: DatePrecisionSchema.nullable().describe('Precision of `date`.'),
	dateSource: z
		.enum(['sentence', 'article', 'override'])
		.nullable()
		.describe('`sentence` when the sentence dates the statement, `article` when it is the publication date.'),
	speakerName: z
		.string()
		.describe('Who spoke, as the sentence names them ("Zelenskiy’s government", "European leaders").'),
	changedFrom: StanceSchema.nullable().describe(
		'The party’s previous stance on the question when this statement states a different one, else null.',
	),
});
export type PositionRecord = z.output<typeof PositionRecordSchema>;

/** One tracked question as published in `questions.json`. */
export const QuestionRecordSchema = z.object({
	id: z.string().describe('Slug.'),
	order: z.number().int().nonnegative().describe('Place in the curated list (`content/questions.yaml`), from 0.'),
	question: z.string().describe('The question as a reader would ask it.'),
	short: z.string().describe('Short label.'),
	background: z.string().describe('Editors’ background paragraph.'),
	parties: z.array(z.object({ id: z.string(), name: z.string() })).describe('The parties tracked on it, in order.'),
	statements: z.number().int().nonnegative().describe('How many statements the articles hold on it.'),
	topics: z.array(z.string()).describe('Topics whose briefing shows the question.'),
	url: z.string().startsWith('/').describe('Site-relative URL of its page.'),
});
export type QuestionRecord = z.output<typeof QuestionRecordSchema>;

/** An editor's correction of the statements of one sentence, in the article's sidecar (`positions:`). */
export const PositionOverrideSchema = z
	.object({
		sentence: z
			.string()
			.regex(/^s-\d+$/, 'expected a sentence anchor such as s-12')
			.describe('The sentence anchor, as in the article page’s links (`s-12`).'),
		questions: z
			.array(slug)
			.optional()
			.describe('The questions the sentence speaks to, replacing the matched ones; `[]` removes its statements.'),
		stance: StanceSchema.optional().describe('The stance to show instead of the extracted one.'),
		party: slug.optional().describe('The speaker’s party, where the pipeline could not tell.'),
	})
	.strict();
export type PositionOverride = z.output<typeof PositionOverrideSchema>;
