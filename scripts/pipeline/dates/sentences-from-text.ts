/** Plain text to numbered sentences, one block per non-empty line: for tests and fixtures that skip structure parsing. */
import type { Sentence } from '../model.ts';
import { splitText } from '../split-sentences.ts';

/** The sentences of `text`, each line a block, numbered `s-1`, `s-2`… in reading order. */
export function sentencesFromText(text: string): Sentence[] {
	const sentences: Sentence[] = [];
	text.split(/\r?\n/).forEach((line, index) => {
		if (!line.trim()) return;
		const block = sentences.length ? sentences.at(-1)!.block + 1 : 0;
		for (const piece of splitText(line.replace(/^\s*[•*-]\s+/, ''))) {
			sentences.push({ id: `s-${sentences.length + 1}`, text: piece, block, line: index + 1, kind: 'body' });
		}
	});
	return sentences;
}
