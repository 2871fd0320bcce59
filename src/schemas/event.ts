import { z } from 'zod';
import { DatePrecisionSchema, PartialIsoDateSchema } from './iso-date.ts';

/**
 * What the sources say of an event: `happened` (reported as done), `scheduled` (announced or expected and not yet
 * reported done; a later report that it happened takes its place) or `deadline` (a date set for something to be done
 * by, not a day something was done).
 */
export const EventStatusSchema = z.enum(['happened', 'scheduled', 'deadline']);
export type EventStatus = z.output<typeof EventStatusSchema>;

/**
 * How an event stands to its date when the text gives the date as a bound, not as the day it happened: `by` ("By
 * March 3, the deaths of 410 crew had been confirmed": at or before it), `since` (a state that began then),
 * `before`, `after`, `until`. Shown with the date ("by 21 November 2025"), never as the day itself.
 */
export const EventBoundSchema = z.enum(['by', 'since', 'before', 'after', 'until']);
export type EventBound = z.output<typeof EventBoundSchema>;

/** Where an event or a figure is stated: an article and the exact sentence. */
export const SourceRefSchema = z.object({
	article: z.string().describe('Article id.'),
	quote: z.string().describe('The exact sentence, as it stands in the article.'),
	sentence: z.string().describe('Anchor id of that sentence on the article page (beyond the contract).'),
	reportedAs: z
		.enum(['scheduled'])
		.optional()
		.describe(
			"For an event's source: `scheduled` when this sentence reported only the plan of an event that another " +
				'reports as done (it does not vouch for the outcome). Absent otherwise.',
		),
});
export type SourceRef = z.output<typeof SourceRefSchema>;

/** One entry of the public `events.json`: one real-world event, possibly reported by several articles. */
export const EventRecordSchema = z.object({
	id: z.string().describe('Stable id.'),
	date: PartialIsoDateSchema.describe('When it happened, ISO at its precision.'),
	precision: DatePrecisionSchema.describe('Precision of `date`: day, month or year.'),
	title: z.string().min(1).max(90).describe('Short label, at most 90 characters.'),
	description: z.string().describe('One or two sentences.'),
	sources: z.array(SourceRefSchema).min(1).describe('Every article that reports it, with the exact sentence.'),
	topics: z.array(z.string()).describe('Topic ids.'),
	entities: z.array(z.string()).describe('Entity ids of those involved.'),
	// Beyond the contract:
	inferred: z
		.boolean()
		.describe('True when the date was resolved from a relative phrase ("Late Friday") rather than stated.'),
	dateText: z.string().describe('The words the date was read from ("Late Friday", "November 21, 2025").'),
	status: EventStatusSchema.describe(
		'What the sources say of it: `happened`, `scheduled` (announced, not yet reported done) or `deadline` (a date set for something).',
	),
	weekday: z
		.enum(['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'])
		.nullable()
		.describe(
			'The weekday the text names when the date is known only to its month ("on Saturday" in an article dated December 2025), else null.',
		),
	bound: EventBoundSchema.nullable()
		.optional()
		.describe(
			'When the text gives the date as a bound ("By November 21, … had been confirmed"): `by`, `since`, `before`, ' +
				'`after` or `until`; the event is not said to have happened on that date. Null when it is.',
		),
	orderDay: PartialIsoDateSchema.nullable().describe(
		'For a date known only to its month, the day used to order it among that month’s events (a past ' +
			'Saturday before a coming Monday); an ordering hint, not a date. Else null.',
	),
});
export type EventRecord = z.output<typeof EventRecordSchema>;
