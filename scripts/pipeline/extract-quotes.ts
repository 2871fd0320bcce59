/** Finds direct quotations and who said them, by the quote attribution rules (`attribution/quote-rules.ts`). */

import type { AnnotatedSentence } from './annotate/index.ts';
import {
	findQuotations,
	QUOTE_RULES,
	type QuoteScene,
	quoteContext,
	type Speaker,
	wordCount,
} from './attribution/index.ts';
import type { EntityMention, ExtractedQuote } from './model.ts';
import { decide } from './rules.ts';

// A quotation this short is a term or a scare quote unless a speech verb takes it.
const SHORT_WORDS = 4;

/** One attribution decision, for a trace: the quotation, its speaker (null when left out) and the rule that decided. */
export interface QuoteDecision {
	sentence: string;
	text: string;
	speaker: Speaker | null;
	rule: string | null;
}

/**
 * Finds direct quotations and who said them. `onDecided` hears every quotation's decision, kept or left out, with its
 * rule (for fixtures and debugging).
 */
export function extractQuotes(
	article: string,
	sentences: AnnotatedSentence[],
	mentions: EntityMention[],
	onDecided: (decision: QuoteDecision) => void = () => {},
): ExtractedQuote[] {
	const quotations = findQuotations(sentences);
	// The rules read names at their offsets in the sentences; a speaker label's names stand outside them.
	const context = quoteContext(
		sentences,
		mentions.filter((mention) => mention.context === undefined),
		quotations,
	);
	const quotes: ExtractedQuote[] = [];
	let previous: QuoteScene['previous'] = null;
	for (const quotation of quotations) {
		const first = quotation.parts[0]!;
		const last = quotation.parts[quotation.parts.length - 1]!;
		const scene: QuoteScene = {
			context,
			quotation,
			first: first.sentenceIndex,
			last: last.sentenceIndex,
			open: first.start - 1,
			close: last.end,
			// A whole sentence in quotation marks is speech however short ("There were no casualties.").
			short: wordCount(quotation.text) <= SHORT_WORDS && !/^\p{Lu}.*[.!?]$/u.test(quotation.text),
			previous,
		};
		const decision = decide(QUOTE_RULES, scene);
		const sentence = sentences[first.sentenceIndex]!;
		const speaker = decision && decision.answer !== 'not-speech' ? decision.answer : null;
		onDecided({ sentence: sentence.id, text: quotation.text, speaker, rule: decision?.rule ?? null });
		if (!speaker) continue;
		previous = { block: sentence.block, sentenceIndex: last.sentenceIndex, speaker };
		quotes.push({
			article,
			speaker: speaker.key,
			speakerName: speaker.name,
			text: quotation.text,
			quote: sentence.text,
			sentence: sentence.id,
		});
	}
	return [...quotes, ...turnQuotes(article, sentences, mentions, quotes)];
}

/**
 * The words of a named speaker's turns in a transcript or an interview (`sentence.speaker`), one quotation per
 * paragraph: a speaker label ("President of Finland Alexander Stubb:") stands for "said" before every paragraph of
 * the turn. The speaker is the last person named in the label; a label naming no person ("Q:", "Journalist:") gives
 * no quotation, and a paragraph already quoted in quotation marks is left to those quotations.
 */
function turnQuotes(
	article: string,
	sentences: readonly AnnotatedSentence[],
	mentions: readonly EntityMention[],
	quoted: readonly ExtractedQuote[],
): ExtractedQuote[] {
	const quotedBlocks = new Set(
		quoted.map((quote) => sentences.find((sentence) => sentence.id === quote.sentence)?.block),
	);
	const quotes: ExtractedQuote[] = [];
	let speaker: EntityMention | null = null;
	let paragraph: AnnotatedSentence[] = [];
	const close = () => {
		if (speaker && paragraph.length && !quotedBlocks.has(paragraph[0]!.block)) {
			const first = paragraph[0]!;
			quotes.push({
				article,
				speaker: speaker.key,
				speakerName: speaker.name,
				text: paragraph.map((sentence) => sentence.text).join(' '),
				quote: first.text,
				sentence: first.id,
			});
		}
		paragraph = [];
	};
	for (const sentence of sentences) {
		if (sentence.kind !== 'body' || !sentence.speaker) {
			close();
			speaker = null;
			continue;
		}
		if (paragraph.length && paragraph[0]!.block !== sentence.block) close();
		if (sentence.opensTurn) {
			close();
			speaker =
				mentions.findLast(
					(mention) =>
						mention.sentence === sentence.id && mention.context === sentence.speaker && mention.type === 'person',
				) ?? null;
		}
		paragraph.push(sentence);
	}
	close();
	return quotes;
}
