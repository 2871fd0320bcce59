import { z } from 'zod';

/** A direct quotation (published as `quotes.json`). */
export const QuoteRecordSchema = z.object({
	id: z.string(),
	article: z.string(),
	/** Entity id of the speaker, or null when the article does not say who. */
	speaker: z.string().nullable(),
	/** The speaker as the article names them. */
	speakerName: z.string().nullable(),
	/** The words inside the quotation marks. */
	text: z.string().min(1),
	/** The exact sentence the quotation stands in. */
	quote: z.string(),
	/** Anchor id of that sentence on the article page. */
	sentence: z.string(),
});
export type QuoteRecord = z.output<typeof QuoteRecordSchema>;
