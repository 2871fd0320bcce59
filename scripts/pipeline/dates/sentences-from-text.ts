/** Plain text to numbered sentences, one block per non-empty line: for tests and fixtures that skip structure parsing. */
import { type AnnotatedSentence, type AnnotationContext, annotateSentences } from '../annotate/index.ts';
import { language } from '../lang/index.ts';
import type { Sentence } from '../model.ts';
import { splitText } from '../split-sentences.ts';

/** The annotated sentences of `text`, each line a block, numbered `s-1`, `s-2`… in reading order. */
export function sentencesFromText(
	text: string,
	context: AnnotationContext = { language, references: [] },
): AnnotatedSentence[] {
	const sentences: Sentence[] = [];
	text.split(/\r?\n/).forEach((line, index) => {
		if (!line.trim()) return;
		const block = sentences.length ? sentences.at(-1)!.block + 1 : 0;
		for (const piece of splitText(line.replace(/^\s*[•*-]\s+/, ''))) {
			sentences.push({ id: `s-${sentences.length + 1}`, text: piece, block, line: index + 1, kind: 'body' });
		}
	});
	return annotateSentences(sentences, context);
}
