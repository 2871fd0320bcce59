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
	const context = quoteContext(sentences, mentions, quotations);
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
	return quotes;
}
