import { z } from 'zod';

/** A problem found while reading or extracting an article, printed by the CLI and kept in the data. */
export const DiagnosticSchema = z.object({
	/** Repository-relative path of the file concerned, e.g. `seeds/000_x.txt`. */
	file: z.string(),
	/** 1-based line in the file, when the problem has one. */
	line: z.number().int().positive().nullable(),
	/** Name of the stage or rule that raised it, e.g. `infer-date`. */
	rule: z.string(),
	/** `error` stops the article; `warning` is kept in its `warnings`; `notice` is informational. */
	severity: z.enum(['error', 'warning', 'notice']),
	/** What happened, in plain words, quoting the bad value and saying the fix where there is one. */
	message: z.string(),
});
export type Diagnostic = z.output<typeof DiagnosticSchema>;
