/** Splits article blocks into sentences, the unit every extracted fact is sourced to. */
import { language, sentenceAbbreviations } from './lang/index.ts';
import type { Block, Sentence } from './model.ts';
import { findSpeakerTurns } from './speaker-turns.ts';

// Words that end with a full stop without ending the sentence ("Lt. Gen. Oleg Tsokov").
const ABBREVIATIONS = sentenceAbbreviations(language);

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** True when `segment` ends in an abbreviation or a single initial, so the next segment continues it. */
function endsWithAbbreviation(segment: string): boolean {
	const match = /(?:^|[\s(“"‘'])((?:[A-Za-z]\.)*[A-Za-z]+)\.$/u.exec(segment.trimEnd());
	if (!match) return false;
	const word = match[1]!;
	if (/^[A-Z]$/.test(word)) return true; // an initial: "Daniel P. Driscoll"
	return ABBREVIATIONS.has(word.toLowerCase());
}

/** Splits one run of text into sentences, trimmed, never losing a character other than spaces. */
export function splitText(text: string): string[] {
	const pieces: string[] = [];
	let pending = '';
	for (const { segment } of segmenter.segment(text)) {
		pending += segment;
		if (endsWithAbbreviation(pending)) continue;
		if (pending.trim()) pieces.push(pending.trim());
		pending = '';
	}
	if (pending.trim()) pieces.push(pending.trim());
	return pieces;
}

/** Numbers the sentences of every block in document order (`s-1`, `s-2`…). */
export function splitSentences(blocks: Block[]): Sentence[] {
	const sentences: Sentence[] = [];
	const turns = findSpeakerTurns(blocks);
	const push = (text: string, block: number, line: number, kind: Sentence['kind'], item?: number) => {
		const turn = turns.get(block);
		const opensTurn = turn?.labelled && sentences.at(-1)?.block !== block;
		sentences.push({
			id: `s-${sentences.length + 1}`,
			text,
			block,
			line,
			kind,
			...(item === undefined ? {} : { item }),
			...(turn ? { speaker: turn.label } : {}),
			...(opensTurn ? { opensTurn: true as const } : {}),
		});
	};
	blocks.forEach((block, index) => {
		switch (block.kind) {
			case 'heading':
				push(block.text, index, block.line, 'heading');
				break;
			case 'paragraph':
				for (const text of splitText(block.text))
					push(text, index, block.line, block.role === 'byline' ? 'masthead' : 'body');
				break;
			case 'list':
			case 'key-points':
				block.items.forEach((item, offset) => {
					for (const text of splitText(item))
						push(text, index, block.line + offset, block.kind === 'list' ? 'list-item' : 'key-point', offset);
				});
				break;
		}
	});
	return sentences;
}
