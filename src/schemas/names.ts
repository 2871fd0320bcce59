import { z } from 'zod';

/** Endings that mark a family name in some languages ("enko", "wicz"). */
export const SurnameEndingsSchema = z
	.object({
		languages: z.array(z.string().min(1)).min(1).describe('The languages whose family names end so.'),
		endings: z
			.array(z.string().regex(/^\p{Ll}+$/u, 'an ending is lower-case letters'))
			.min(1)
			.describe('Endings of the last word of a name ("enko" matches "Lytvynenko").'),
	})
	.strict();

/** The curated name knowledge, `content/names.yaml`: what the entity finder knows of names it has never met. */
export const NamesSchema = z
	.object({
		surnameEndings: z
			.array(SurnameEndingsSchema)
			.default([])
			.describe('Family-name endings by language: a short run of capitalised words ending so names a person.'),
	})
	.strict();
export type Names = z.output<typeof NamesSchema>;
