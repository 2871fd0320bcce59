import { z } from 'zod';

/** How much of a date the text supports: a day, a month or only a year. */
export const DatePrecisionSchema = z.enum(['day', 'month', 'year']);
export type DatePrecision = z.output<typeof DatePrecisionSchema>;

/** An ISO 8601 date at its precision: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
export const PartialIsoDateSchema = z
	.string()
	.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');
export type PartialIsoDate = z.output<typeof PartialIsoDateSchema>;
