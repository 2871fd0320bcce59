/** The curated reference dates behind the anniversary rule ("the 80th anniversary of WWII victory" ⇒ 1945 + 80). */
import { z } from 'zod';

/** One well-known date that articles count anniversaries from. */
export const ReferenceDateSchema = z
	.object({
		/** Stable slug. */
		id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
		/** What happened, in reader's words. */
		name: z.string().min(1),
		/** The day it happened, `YYYY-MM-DD` (quote it in YAML). */
		date: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected YYYY-MM-DD'),
		/**
		 * Words that name it after "anniversary of" ("WWII victory", "the full-scale invasion"), matched
		 * case-insensitively.
		 */
		terms: z.array(z.string().min(1)).min(1),
	})
	.strict();
export type ReferenceDateInput = z.input<typeof ReferenceDateSchema>;
export type ReferenceDate = z.output<typeof ReferenceDateSchema>;

/** The file `content/reference-dates.yaml`. */
export const ReferenceDatesSchema = z.object({ references: z.array(ReferenceDateSchema) }).strict();
export type ReferenceDates = z.output<typeof ReferenceDatesSchema>;
