/**
 * What a careful reader expects the pipeline to extract from one article of the unseen corpus
 * (`test/fixtures/unseen-articles/expected/<article>.yaml`). Every expectation is one checkable claim,
 * written by reading the article: its publication date, its title, an entity and its type, a figure, a quote
 * with its speaker, an event, a topic, a line of page furniture dropped, a diagnostic raised. `absent: true`
 * turns a claim around ("47th Brigade" is never a figure). `known` marks an expectation the pipeline does not
 * meet yet, with the reason: it still counts in the report as unmet, and the test fails when it starts to hold,
 * so the mark is removed with the fix.
 */
import { z } from 'zod';
import { EntityTypeSchema, PartialIsoDateSchema, QualifierSchema } from '../../src/schemas/index.ts';

const common = {
	/** Why the pipeline does not meet it yet; the expectation is still counted as unmet. */
	known: z.string().min(1).optional().describe('Why the pipeline does not meet this expectation yet.'),
	/** True when the claim is that no such record exists. */
	absent: z.literal(true).optional().describe('The claim is that no such record exists.'),
	/** The reader's note on why the expectation holds ("the Published: line"). */
	why: z.string().optional().describe('Why a reader expects it, in a few words.'),
};

/** The publication date: an ISO date at its precision, null (unknown, with a warning), or a lower bound. */
export const PublishedExpectationSchema = z.union([
	PartialIsoDateSchema,
	z.null(),
	z.object({ onOrAfter: PartialIsoDateSchema, ...common }).strict(),
	z.object({ value: z.union([PartialIsoDateSchema, z.null()]), ...common }).strict(),
]);

export const TitleExpectationSchema = z.union([
	z.string().min(1),
	z.object({ value: z.string().min(1), ...common }).strict(),
]);

/** An entity the article names: found under this name (its canonical name or an alias) or id, of this type. */
export const EntityExpectationSchema = z
	.object({
		name: z.string().min(1).optional(),
		id: z.string().min(1).optional(),
		type: EntityTypeSchema.optional(),
		...common,
	})
	.strict()
	.refine((entity) => entity.name !== undefined || entity.id !== undefined, 'give a name or an id');

/** A figure of the article: every field given must match; fields left out are not checked. */
export const FigureExpectationSchema = z
	.object({
		metric: z.string().optional(),
		value: z.number().optional(),
		qualifier: QualifierSchema.optional(),
		subject: z.string().nullable().optional(),
		scope: z.string().nullable().optional(),
		claimedBy: z.string().nullable().optional(),
		date: PartialIsoDateSchema.nullable().optional(),
		unit: z.string().optional(),
		/** How many figures of the article match (a figure repeated in a standfirst or caption counts once). */
		count: z.number().int().nonnegative().optional(),
		...common,
	})
	.strict();

/** A quotation: its words contain `text`, and its speaker is this entity id (null: the article does not say). */
export const QuoteExpectationSchema = z
	.object({ text: z.string().min(1), speaker: z.string().nullable().optional(), ...common })
	.strict();

/** An event dated from the article: same date, and its title equal to `title` or containing `titleIncludes`. */
export const EventExpectationSchema = z
	.object({
		date: PartialIsoDateSchema.optional(),
		title: z.string().optional(),
		titleIncludes: z.string().optional(),
		/** How many events of the article match (the same event is never listed twice). */
		count: z.number().int().nonnegative().optional(),
		...common,
	})
	.strict();

export const TopicExpectationSchema = z.union([
	z.string().min(1),
	z.object({ topic: z.string().min(1), ...common }).strict(),
]);

/** Page furniture ("3 min read", a breadcrumb trail): not on the article page, and named in its warnings. */
export const FurnitureExpectationSchema = z.object({ dropped: z.string().min(1), ...common }).strict();

/** A warning the article must carry ("parts do not add up"), matched by the words it contains. */
export const DiagnosticExpectationSchema = z.object({ includes: z.string().min(1), ...common }).strict();

/** One article's expectations. */
export const ExpectationFileSchema = z
	.object({
		published: PublishedExpectationSchema.optional(),
		title: TitleExpectationSchema.optional(),
		entities: z.array(EntityExpectationSchema).default([]),
		figures: z.array(FigureExpectationSchema).default([]),
		quotes: z.array(QuoteExpectationSchema).default([]),
		events: z.array(EventExpectationSchema).default([]),
		topics: z.array(TopicExpectationSchema).default([]),
		furniture: z.array(FurnitureExpectationSchema).default([]),
		diagnostics: z.array(DiagnosticExpectationSchema).default([]),
	})
	.strict();
export type ExpectationFile = z.output<typeof ExpectationFileSchema>;

/** The record types the report counts, in the order it prints them. */
export const RECORD_TYPES = [
	'dates',
	'titles',
	'entities',
	'figures',
	'quotes',
	'events',
	'topics',
	'furniture',
	'diagnostics',
] as const;
export type RecordType = (typeof RECORD_TYPES)[number];
