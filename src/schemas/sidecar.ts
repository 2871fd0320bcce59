import { z } from 'zod';
import { ArticleKindSchema } from './article.ts';
import { PartialIsoDateSchema } from './iso-date.ts';
import { PositionOverrideSchema } from './position.ts';

/**
 * An editor's override file, `seeds/<id>.meta.yaml`. Every field is optional; a field that is
 * present wins over what the pipeline infers from the text.
 */
export const SidecarSchema = z
	.object({
		/** Headline to show instead of the inferred one. */
		title: z.string().trim().min(1).max(200).optional(),
		/** Publication date, `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
		published: z
			.preprocess(
				// YAML reads an unquoted 2025-11-22 as a Date: accept it as the day it names.
				(value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
				PartialIsoDateSchema,
			)
			.optional(),
		/** Name of the publication the article comes from. */
		outlet: z.string().trim().min(1).max(120).optional(),
		/** Address of the original article (http or https only). */
		sourceUrl: z.url({ protocol: /^https?$/ }).optional(),
		/** What kind of piece it is, when the text misleads the classifier: `news`, `analysis` or `opinion`. */
		kind: ArticleKindSchema.optional(),
		/** One to three sentences to show instead of the generated summary. */
		summary: z.string().trim().min(1).max(800).optional(),
		/** Corrections of the positions tracker's reading of this article's sentences. */
		positions: z.array(PositionOverrideSchema).optional(),
	})
	.strict();
export type SidecarInput = z.input<typeof SidecarSchema>;
export type Sidecar = z.output<typeof SidecarSchema>;
