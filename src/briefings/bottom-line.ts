/** The bottom line up front: three to five points in the leading articles' own sentences. */
import type { ArticleRecord } from '../schemas/index.ts';
import type { BriefingContext } from './context.ts';
import type { CitedSentence } from './model.ts';

/** At most this many points. */
export const MAX_POINTS = 5;

/**
 * Shorter sentences lean on their neighbours ("The talks wrapped up on Saturday."); kept only when nothing
 * longer is left.
 */
export const MIN_POINT_WORDS = 9;

const words = (text: string) => text.split(/\s+/u).filter(Boolean).length;

/** A point an article offers, with the anchor of the sentence it starts with (null when it has none). */
export interface CandidatePoint {
	text: string;
	sentence: string | null;
}

/**
 * An article's candidate points: its key points, else its summary's sentences, each with the anchor
 * the pipeline published beside it; never a question, short ones only as a last resort.
 */
export function candidatePoints(article: ArticleRecord): CandidatePoint[] {
	const points: CandidatePoint[] = article.keyPoints.length
		? article.keyPoints.map((text, item) => ({
				text,
				sentence: article.keyPointSentences.find((sentence) => sentence.item === item)?.sentence ?? null,
			}))
		: article.summarySentences.map(({ text, sentence }) => ({ text, sentence }));
	const kept = points
		.map((point) => ({ ...point, text: point.text.trim() }))
		.filter((point) => point.text.length > 0 && !/\?["”’]?$/u.test(point.text));
	const standalone = kept.filter((point) => words(point.text) >= MIN_POINT_WORDS);
	return standalone.length ? standalone : kept;
}

/**
 * Takes points round by round down the ranked articles, the first remaining point of each, so the
 * leading articles each speak before any speaks twice; stops at five. Repeated wording (the same
 * wire copy in two articles) is kept once.
 */
export function bottomLine(context: BriefingContext, max = MAX_POINTS): CitedSentence[] {
	const queues = context.ranked.map((article) => ({ article, points: candidatePoints(article) }));
	const seen = new Set<string>();
	const chosen: { article: ArticleRecord; point: CandidatePoint }[] = [];
	for (let round = 0; chosen.length < max && queues.some((queue) => queue.points.length > round); round++) {
		for (const { article, points } of queues) {
			const point = points[round];
			if (point === undefined || seen.has(point.text)) continue;
			seen.add(point.text);
			chosen.push({ article, point });
			if (chosen.length === max) break;
		}
	}
	return chosen.map(({ article, point }) => ({
		text: point.text,
		cite: context.sources.cite(article, point.sentence),
	}));
}
