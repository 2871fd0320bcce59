import { z } from 'zod';
import { DatePrecisionSchema, PartialIsoDateSchema } from './iso-date.ts';

/** Where an event or a figure is stated: an article and the exact sentence. */
export const SourceRefSchema = z.object({
	/** Article id. */
	article: z.string(),
	/** The exact sentence, as it stands in the article. */
	quote: z.string(),
	/** Anchor id of that sentence on the article page (beyond the contract). */
	sentence: z.string(),
});
export type SourceRef = z.output<typeof SourceRefSchema>;

/** One entry of the public `events.json`: one real-world event, possibly reported by several articles. */
export const EventRecordSchema = z.object({
	id: z.string(),
	date: PartialIsoDateSchema,
	precision: DatePrecisionSchema,
	/** Short label, at most 90 characters. */
	title: z.string().min(1).max(90),
	/** One or two sentences. */
	description: z.string(),
	sources: z.array(SourceRefSchema).min(1),
	topics: z.array(z.string()),
	entities: z.array(z.string()),
	// Beyond the contract:
	/** True when the date was resolved from a relative phrase ("Late Friday") rather than stated. */
	inferred: z.boolean(),
	/** The words the date was read from ("Late Friday", "November 21, 2025"). */
	dateText: z.string(),
});
export type EventRecord = z.output<typeof EventRecordSchema>;
