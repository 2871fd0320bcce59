import { z } from 'zod';
import { DatePrecisionSchema, PartialIsoDateSchema } from './iso-date.ts';

/** The metrics the charts know. Other metrics are allowed as clear snake_case names. */
export const KNOWN_METRICS = [
	'drones_launched',
	'missiles_launched',
	'drones_intercepted',
	'missiles_intercepted',
	'locations_hit',
	'killed',
	'injured',
	'civilians_killed',
	'soldiers_killed',
	'officers_killed',
	'generals_killed',
	'territory_captured_km2',
	'prisoners_released',
	'aid_usd',
] as const;

/** How the text words a quantity. */
export const QualifierSchema = z.enum(['exact', 'at_least', 'over', 'about', 'up_to']);
export type Qualifier = z.output<typeof QualifierSchema>;

/** One entry of the public `figures.json`: one stated quantity. */
export const FigureRecordSchema = z.object({
	id: z.string(),
	metric: z.string().regex(/^[a-z][a-z0-9_]*$/),
	value: z.number().finite(),
	unit: z.string(),
	qualifier: QualifierSchema,
	/** Whose: an entity id (who launched, whose losses), or null. */
	subject: z.string().nullable(),
	/** Who states the number: an entity id where one exists, else the article's words. */
	claimedBy: z.string().nullable(),
	/** When the quantity applies, at its precision. */
	date: PartialIsoDateSchema.nullable(),
	article: z.string(),
	/** The exact sentence. */
	quote: z.string(),
	// Beyond the contract:
	datePrecision: DatePrecisionSchema.nullable(),
	/** Anchor id of the sentence on the article page. */
	sentence: z.string(),
	/** The words the number was read from ("653 drones"). */
	text: z.string(),
	/** The part of a larger figure this one counts ("over the border region of Belgorod"), or null for a whole. */
	scope: z.string().nullable(),
	/** Ids of figures from other articles giving a different value for the same metric, subject and date. */
	conflictsWith: z.array(z.string()),
});
export type FigureRecord = z.output<typeof FigureRecordSchema>;
