/** Writes the article's summary and key points from its own sentences, never from new words. */

import { withoutDateline } from './dateline.ts';
import type { Block, Sentence } from './model.ts';

export const MAX_SUMMARY_SENTENCES = 3;
const MAX_SUMMARY_LENGTH = 420;

export interface Summary {
	summary: string;
	/** The summary's sentences as it words them (a wire dateline left out), with their anchor ids. */
	summarySentences: { sentence: string; text: string }[];
	keyPoints: string[];
	/** The sentences the key points are made of, with their anchor ids and the key point each belongs to. */
	keyPointSentences: { sentence: string; text: string; item: number }[];
}

/** True for sentences that stand on their own as a statement (not a question, not a fragment). */
function isStatement(sentence: Sentence): boolean {
	const words = sentence.text.split(/\s+/).length;
	return !sentence.text.endsWith('?') && words >= 6 && /[.!”"’]$/u.test(sentence.text);
}

/** Summary = the key-points box when there is one, else the lede's first sentences (inverted pyramid). */
export function summarize(blocks: Block[], sentences: Sentence[]): Summary {
	const keyPointsBlock = blocks.findIndex((block) => block.kind === 'key-points');
	const keyPointSentences = sentences.filter((sentence) => sentence.block === keyPointsBlock);
	const source = keyPointSentences.length
		? keyPointSentences
		: sentences.filter((sentence) => sentence.kind === 'body' && isStatement(sentence));
	const chosen: Sentence[] = [];
	let length = 0;
	for (const sentence of source) {
		if (chosen.length === MAX_SUMMARY_SENTENCES) break;
		if (chosen.length > 0 && length + sentence.text.length > MAX_SUMMARY_LENGTH) break;
		chosen.push(sentence);
		length += sentence.text.length + 1;
	}
	const hasBox = keyPointsBlock >= 0;
	// A wire dateline ("KYIV (AP) — ") belongs to the lede, not to a summary of it; the anchored sentences keep it.
	const words = chosen.map((sentence) => withoutDateline(sentence.text));
	const keyPoints = hasBox ? (blocks[keyPointsBlock] as Extract<Block, { kind: 'key-points' }>).items : words;
	const anchored = (hasBox ? keyPointSentences : chosen).map((sentence, index) => ({
		sentence: sentence.id,
		text: sentence.text,
		item: hasBox ? sentence.item! : index,
	}));
	return {
		summary: words.join(' '),
		summarySentences: chosen.map((sentence, index) => ({ sentence: sentence.id, text: words[index]! })),
		keyPoints,
		keyPointSentences: anchored,
	};
}
