/**
 * Where an article's sentences are anchored. Records that quote a sentence (mentions, figures,
 * quotes, event sources, questions) carry its anchor id; gathered together they locate most
 * sentences a briefing quotes, so a footnote can link to `article.url#s-N`.
 */

import { getOrCreate } from '../shared/get-or-create.ts';
import type { BriefingData } from './model.ts';

/** Sentence text → anchor id, per article. */
export type SentenceIndex = Map<string, Map<string, string>>;

/** Collects every (article, sentence text, anchor) the data records. */
export function buildSentenceIndex(data: BriefingData): SentenceIndex {
	const index: SentenceIndex = new Map();
	const add = (article: string, text: string, sentence: string) => {
		if (!text || !sentence) return;
		const sentences = getOrCreate(index, article, () => new Map<string, string>());
		if (!sentences.has(text)) sentences.set(text, sentence);
	};
	for (const mention of data.mentions) add(mention.article, mention.text, mention.sentence);
	for (const figure of data.figures) add(figure.article, figure.quote, figure.sentence);
	for (const quote of data.quotes) add(quote.article, quote.quote, quote.sentence);
	for (const event of data.events)
		for (const source of event.sources) add(source.article, source.quote, source.sentence);
	for (const article of data.articles) {
		for (const point of article.keyPointSentences ?? []) add(article.id, point.text, point.sentence);
		for (const question of article.questions ?? []) add(article.id, question.text, question.sentence);
	}
	return index;
}

/**
 * The anchor of `text` in an article: the sentence itself, else the first known sentence inside
 * it (a key point of two sentences), else a known sentence that contains it (a clipped key point).
 */
export function findSentence(index: SentenceIndex, article: string, text: string): string | null {
	const sentences = index.get(article);
	if (!sentences) return null;
	const exact = sentences.get(text);
	if (exact) return exact;
	let best: { at: number; id: string } | null = null;
	for (const [sentence, id] of sentences) {
		const at = text.indexOf(sentence);
		if (at >= 0 && (!best || at < best.at)) best = { at, id };
	}
	if (best) return best.id;
	const trimmed = text.replace(/[.!?…]+$/u, '');
	for (const [sentence, id] of sentences) if (trimmed.length >= 20 && sentence.includes(trimmed)) return id;
	return null;
}
