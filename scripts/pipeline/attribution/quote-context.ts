/**
 * What the quote attribution rules look up in an article: its quotations, the entity mentions outside them, and the
 * people a pronoun or an office can stand for. Built once per article.
 */
import type { EntityMention, Sentence } from '../model.ts';
import type { Quotation } from './quotation-marks.ts';

/** Who a quotation is attributed to: an entity key, and the words that name them. */
export interface Speaker {
	key: string | null;
	name: string | null;
}

/** An entity mention outside every quotation, with where it stands. */
export interface Located {
	mention: EntityMention;
	sentenceIndex: number;
	start: number;
	end: number;
}

/** The article as the quote rules read it. */
export interface QuoteContext {
	sentences: readonly Sentence[];
	quotations: readonly Quotation[];
	/** Mentions outside quotations, in reading order. */
	located: readonly Located[];
	/** The sentence with every quoted stretch blanked out, so speech verbs inside quotations are not read as attribution. */
	masked: (index: number) => string;
	/** The person a "he" or "she" at `position` points back to: nearest before it in the sentence, then earlier in the block. */
	antecedent: (index: number, position: number) => Speaker;
	/** The key of the one person the block names before `position`, or null when it names none or several. */
	onlyPersonBefore: (index: number, position: number) => string | null;
	/** The non-place mention starting right at `position` of sentence `index`, if one does. */
	mentionAt: (index: number, position: number) => Located | null;
}

/** Builds the context of an article's quotations. */
export function quoteContext(
	sentences: readonly Sentence[],
	mentions: readonly EntityMention[],
	quotations: readonly Quotation[],
): QuoteContext {
	const sentenceIndex = new Map(sentences.map((sentence, index) => [sentence.id, index]));
	const insideQuote = (index: number, start: number) =>
		quotations.some((quotation) =>
			quotation.parts.some((part) => part.sentenceIndex === index && start >= part.start && start < part.end),
		);
	const located: Located[] = mentions
		.map((mention) => {
			const index = sentenceIndex.get(mention.sentence) ?? -1;
			return { mention, sentenceIndex: index, start: mention.start, end: mention.start + mention.surface.length };
		})
		.filter((entry) => entry.sentenceIndex >= 0 && !insideQuote(entry.sentenceIndex, entry.start))
		.sort((a, b) => a.sentenceIndex - b.sentenceIndex || a.start - b.start);
	const peopleBefore = (index: number, position: number) => {
		const block = sentences[index]!.block;
		return located.filter(
			(entry) =>
				entry.mention.type === 'person' &&
				sentences[entry.sentenceIndex]!.block === block &&
				(entry.sentenceIndex < index || (entry.sentenceIndex === index && entry.end <= position)),
		);
	};
	return {
		sentences,
		quotations,
		located,
		masked: (index) => {
			let text = sentences[index]!.text;
			for (const quotation of quotations)
				for (const part of quotation.parts)
					if (part.sentenceIndex === index)
						text = text.slice(0, part.start) + ' '.repeat(part.end - part.start) + text.slice(part.end);
			return text;
		},
		antecedent: (index, position) => {
			const nearest = peopleBefore(index, position).at(-1);
			return nearest ? { key: nearest.mention.key, name: nearest.mention.surface } : { key: null, name: null };
		},
		onlyPersonBefore: (index, position) => {
			const keys = new Set(peopleBefore(index, position).map((entry) => entry.mention.key));
			return keys.size === 1 ? [...keys][0]! : null;
		},
		mentionAt: (index, position) =>
			located.find(
				(entry) => entry.sentenceIndex === index && entry.start === position && entry.mention.type !== 'place',
			) ?? null,
	};
}
