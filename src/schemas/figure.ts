import { z } from 'zod';
import { DatePrecisionSchema, PartialIsoDateSchema } from './iso-date.ts';

/** How the text words a quantity. */
export const QualifierSchema = z.enum(['exact', 'at_least', 'over', 'about', 'up_to']);
export type Qualifier = z.output<typeof QualifierSchema>;

/**
 * Whether the text states a quantity as it is (`reported`), rules it out (`negated`: "agreed not to cap …
 * at 600,000", "rejected a cap of") or only supposes it (`hypothetical`: "would release", "a swap … under
 * discussion", "if").
 */
export const FigureStatusSchema = z.enum(['reported', 'negated', 'hypothetical']);
export type FigureStatus = z.output<typeof FigureStatusSchema>;

/**
 * What stretch of time a quantity counts: one attack, day or night (`incident`: "2 civilians were killed in Syzran"),
 * a stated period (`period`: "505 km² in November", "last week") or the total so far (`cumulative`: "5,310 officers
 * had been confirmed by November 21", "since 2022", "so far"). Charts and tables never compare one with another.
 */
export const FigureSpanSchema = z.enum(['incident', 'period', 'cumulative']);
export type FigureSpan = z.output<typeof FigureSpanSchema>;

/**
 * What `subject` is for a figure, so that no reader takes an attacker for a victim: `attacker` (who launched or struck:
 * an interception's subject is whose drones were shot down), `captor` (who took the ground), `victim` (whose people
 * were killed or hurt, named as theirs: "Russian officers", "Ukraine's losses"), `place` (where it happened: "killed in
 * Syzran", "outages in Chernihiv"), `nationality` (whose citizens or soldiers: "31 Ukrainian citizens"), `holder` (who
 * holds prisoners), `recipient` (who receives money), `possessor` (whose forces a cap limits).
 */
export const SubjectRoleSchema = z.enum([
	'attacker',
	'captor',
	'victim',
	'place',
	'nationality',
	'holder',
	'recipient',
	'possessor',
]);
export type FigureSubjectRole = z.output<typeof SubjectRoleSchema>;

/**
 * Where a figure's date comes from: a date the text gives for it (`sentence`), or the article's own date when the text
 * gives none (`publication`), which says when the figure was reported, not when what it counts happened or ended.
 */
export const FigureDateSourceSchema = z.enum(['sentence', 'publication']);
export type FigureDateSource = z.output<typeof FigureDateSourceSchema>;

/** One entry of the public `figures.json`: one stated quantity. */
export const FigureRecordSchema = z.object({
	id: z.string().describe('Stable id.'),
	metric: z
		.string()
		.regex(/^[a-z][a-z0-9_]*$/)
		.describe(
			'What is counted: an id of the metric vocabulary (drones_launched, killed, aid_usd …), listed on the Data page.',
		),
	value: z.number().finite().describe('The number itself (two → 2, $8.2 billion → 8200000000).'),
	unit: z.string().describe('count, km2, usd, hours …'),
	qualifier: QualifierSchema.describe('How the text words it: exact, at_least, over, about or up_to.'),
	subject: z.string().nullable().describe('Whose: an entity id (who launched, whose losses), or null.'),
	claimedBy: z
		.string()
		.nullable()
		.describe("Who states the number: an entity id where one exists, else the article's words."),
	date: PartialIsoDateSchema.nullable().describe('When the quantity applies, at its precision.'),
	article: z.string().describe('Article id.'),
	quote: z.string().describe('The exact sentence.'),
	// Beyond the contract:
	datePrecision: DatePrecisionSchema.nullable().describe('Precision of `date`.'),
	dateSource: FigureDateSourceSchema.nullable().describe(
		'Where `date` comes from: `sentence` (a date the text gives for the figure, in its sentence or the report it is ' +
			'part of) or `publication` (the text gives none: the article’s date, the day it was reported, not the day ' +
			'the count ends); null when undated.',
	),
	sentence: z.string().describe('Anchor id of the sentence on the article page.'),
	text: z.string().describe('The words the number was read from ("120 drones").'),
	scope: z
		.string()
		.nullable()
		.describe(
			'The part of a larger figure this one counts ("over the border region of Belgorod"), or null for a whole.',
		),
	subjectRole: SubjectRoleSchema.nullable().describe(
		'What `subject` is: attacker, captor, victim, place, nationality, holder, recipient or possessor; null without a subject.',
	),
	interceptedBy: z
		.string()
		.nullable()
		.describe(
			'For an interception: the side that shot the drones or missiles down (an entity id), or null when the text does not say. `subject` is whose they were.',
		),
	inflictedBy: z
		.string()
		.nullable()
		.describe(
			'For a loss: the side whose attack killed or hurt them ("killed in Russia by Ukrainian drones" → ukraine), or null when the text does not say.',
		),
	place: z
		.string()
		.nullable()
		.describe(
			"Where it happened: the place or country the text names for it (an entity id), else the intercepting side or the victims' country; null when unknown.",
		),
	status: FigureStatusSchema.describe(
		'reported (stated as it is), negated ("agreed not to cap … at 600,000") or hypothetical ("would ' +
			'release", "if"). Only reported figures are charted.',
	),
	statusCue: z
		.string()
		.nullable()
		.describe('The words that make a figure negated or hypothetical ("not to", "would"); null when reported.'),
	span: FigureSpanSchema.nullable().describe(
		'What stretch of time it counts: incident (one attack, day or night), period (a stated week, month ' +
			'or year) or cumulative (the total so far: "since 2022", "to date"); null for a level at one time ' +
			'(prisoners held, a cap, plan points).',
	),
	spanCue: z
		.string()
		.nullable()
		.describe(
			'The words that make a figure a period count or a running total ("since 2022", "in November"); null otherwise.',
		),
	conflictsWith: z
		.array(z.string())
		.describe('Ids of figures from other articles giving a different value for the same metric, subject and date.'),
});
export type FigureRecord = z.output<typeof FigureRecordSchema>;
