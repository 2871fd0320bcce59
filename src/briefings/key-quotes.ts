/** Key quotes: what the people in the leading articles said, one quotation per speaker. */
import type { QuoteRecord } from '../schemas/index.ts';
import { compareSentences } from '../shared/compare.ts';
import type { BriefingContext } from './context.ts';
import type { BriefingQuote } from './model.ts';

/** At most this many quotes. */
export const MAX_QUOTES = 5;
/** Shorter quotations are single words or labels ("substantive", "alarming"), not statements. */
export const MIN_QUOTE_WORDS = 5;

/**
 * Quotations with a known speaker and at least five words from the articles in scope: leading
 * article first, a speaker the data identifies before one only named in passing, earlier in
 * the article first; then the first of each speaker.
 */
export function keyQuotes(quotes: QuoteRecord[], context: BriefingContext, max = MAX_QUOTES): BriefingQuote[] {
	const place = (quote: QuoteRecord) => context.place.get(quote.article) ?? Infinity;
	const candidates = quotes
		.filter((quote) => context.articles.has(quote.article) && (quote.speaker || quote.speakerName))
		.filter((quote) => quote.text.trim().split(/\s+/u).length >= MIN_QUOTE_WORDS)
		.sort(
			(a, b) =>
				place(a) - place(b) || (a.speaker ? 0 : 1) - (b.speaker ? 0 : 1) || compareSentences(a.sentence, b.sentence),
		);
	const speakers = new Set<string>();
	const chosen: BriefingQuote[] = [];
	for (const quote of candidates) {
		if (chosen.length === max) break;
		const speaker = quote.speaker ? (context.entities.get(quote.speaker) ?? null) : null;
		const speakerName = speaker?.name ?? quote.speakerName ?? quote.speaker!;
		const key = speaker?.id ?? speakerName.toLowerCase();
		if (speakers.has(key)) continue;
		speakers.add(key);
		chosen.push({
			quote,
			speaker,
			speakerName,
			cite: context.sources.cite(context.articles.get(quote.article)!, quote.sentence),
		});
	}
	return chosen;
}
