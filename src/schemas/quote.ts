import { z } from 'zod';

/** A direct quotation (published as `quotes.json`). */
export const QuoteRecordSchema = z.object({
	id: z.string().describe('Stable id.'),
	article: z.string().describe('Article id.'),
	speaker: z.string().nullable().describe('Entity id of the speaker, or null when the article does not say who.'),
	speakerName: z.string().nullable().describe('The speaker as the article names them.'),
	text: z.string().min(1).describe('The words inside the quotation marks.'),
	quote: z.string().describe('The exact sentence the quotation stands in.'),
	sentence: z.string().describe('Anchor id of that sentence on the article page.'),
});
export type QuoteRecord = z.output<typeof QuoteRecordSchema>;
