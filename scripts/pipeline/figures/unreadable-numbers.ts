/**
 * Rule `figures:unreadable-number`: digits that cannot be read as one number ("1,25,000", "1.250") are dropped
 * whole, never read in part, and the article says so. A truncated number ("250" of "1 250") would be a confident,
 * wrong figure on a chart; a dropped one is a gap an editor can see and fill.
 */
import type { AnnotatedSentence } from '../annotate/index.ts';
import { type ArticleDiagnostic, warning } from '../diagnostics.ts';

/** One warning per number the article's sentences hold that cannot be read whole. */
export function unreadableNumbers(sentences: readonly AnnotatedSentence[]): ArticleDiagnostic[] {
	const diagnostics: ArticleDiagnostic[] = [];
	for (const sentence of sentences) {
		if (sentence.kind === 'masthead') continue;
		for (const number of sentence.unreadableNumbers)
			diagnostics.push(
				warning(
					'figures:unreadable-number',
					`dropped the number "${number.text}", which cannot be read whole (${number.reason})`,
					sentence.line,
				),
			);
	}
	return diagnostics;
}
