/** Pairs quotation marks within a block of sentences, including quotations that run across sentences. */
import type { Sentence } from '../model.ts';

/** The part of a quotation inside one sentence. */
export interface QuotationPart {
	/** Index of the sentence in the article. */
	sentenceIndex: number;
	/** Offset just after the opening mark (or 0 when the quotation began in an earlier sentence). */
	start: number;
	/** Offset of the closing mark (or the sentence length when it goes on in the next sentence). */
	end: number;
}

/** One quotation: the words between a pair of marks, in one or more sentences of one block. */
export interface Quotation {
	parts: QuotationPart[];
	/** The words inside the marks, sentences joined by a space. */
	text: string;
}

const SPACE = /[\s\u00a0]/u;
const WORD = /[\p{L}\p{N}]/u;

/** Every closed quotation of the article; a mark left open at the end of its block is dropped. */
export function findQuotations(sentences: Sentence[]): Quotation[] {
	const quotations: Quotation[] = [];
	let open: { kind: 'curly' | 'straight' | 'single'; parts: QuotationPart[] } | null = null;
	let block = -1;

	sentences.forEach((sentence, sentenceIndex) => {
		if (sentence.block !== block) {
			open = null;
			block = sentence.block;
		}
		const text = sentence.text;
		let partStart = open ? 0 : -1;
		for (let i = 0; i < text.length; i++) {
			const char = text[i]!;
			const before = i === 0 ? ' ' : text[i - 1]!;
			const after = i + 1 < text.length ? text[i + 1]! : ' ';
			const current = open as { kind: 'curly' | 'straight' | 'single'; parts: QuotationPart[] } | null;
			if (current === null) {
				const opens =
					char === '“' ||
					(char === '"' && !WORD.test(before) && !SPACE.test(after)) ||
					(char === '‘' && !WORD.test(before) && WORD.test(after));
				if (opens) {
					open = { kind: char === '“' ? 'curly' : char === '"' ? 'straight' : 'single', parts: [] };
					partStart = i + 1;
				}
				continue;
			}
			const closes =
				(current.kind === 'curly' && char === '”') ||
				(current.kind === 'straight' && char === '"' && !SPACE.test(before)) ||
				(current.kind === 'single' && char === '’' && !SPACE.test(before) && !WORD.test(after));
			if (!closes) continue;
			current.parts.push({ sentenceIndex, start: partStart, end: i });
			const words = current.parts
				.map((part) => sentences[part.sentenceIndex]!.text.slice(part.start, part.end).trim())
				.join(' ')
				.trim();
			if (words) quotations.push({ parts: current.parts, text: words });
			open = null;
			partStart = -1;
		}
		const still = open as { kind: 'curly' | 'straight' | 'single'; parts: QuotationPart[] } | null;
		// Single quotes do not run across sentences: an apostrophe is too easily taken for one.
		if (still?.kind === 'single') open = null;
		else if (still) still.parts.push({ sentenceIndex, start: partStart, end: text.length });
	});
	return quotations;
}
