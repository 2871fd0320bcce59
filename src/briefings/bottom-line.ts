/** The bottom line up front: three to five points in the leading articles' own sentences. */
import type { ArticleRecord } from '../schemas/index.ts';
import type { BriefingContext } from './context.ts';
import type { CitedSentence } from './model.ts';
import { findSentence } from './sentence-index.ts';
import { splitSummary } from './split-summary.ts';

/** At most this many points. */
export const MAX_POINTS = 5;

/** Shorter sentences lean on their neighbours ("The talks wrapped up on Saturday."); kept only when nothing longer is left. */
export const MIN_POINT_WORDS = 9;

const words = (text: string) => text.split(/\s+/u).filter(Boolean).length;

/** An article's candidate points: its key points, else its summary's sentences; never a question, short ones only as a last resort. */
export function candidatePoints(article: ArticleRecord): string[] {
	const points = (article.keyPoints.length ? article.keyPoints : splitSummary(article.summary))
		.map((point) => point.trim())
		.filter((point) => point.length > 0 && !/\?["”’]?$/u.test(point));
	const standalone = points.filter((point) => words(point) >= MIN_POINT_WORDS);
	return standalone.length ? standalone : points;
}

/**
 * Takes points round by round down the ranked articles, the first remaining point of each, so the
 * leading articles each speak before any speaks twice; stops at five. Repeated wording (the same
 * wire copy in two articles) is kept once.
 */
export function bottomLine(context: BriefingContext, max = MAX_POINTS): CitedSentence[] {
	const queues = context.ranked.map((article) => ({ article, points: candidatePoints(article) }));
	const seen = new Set<string>();
	const chosen: { article: ArticleRecord; text: string }[] = [];
	for (let round = 0; chosen.length < max && queues.some((queue) => queue.points.length > round); round++) {
		for (const { article, points } of queues) {
			const text = points[round];
			if (text === undefined || seen.has(text)) continue;
			seen.add(text);
			chosen.push({ article, text });
			if (chosen.length === max) break;
		}
	}
	return chosen.map(({ article, text }) => ({
		text,
		cite: context.sources.cite(article, findSentence(context.sentences, article.id, text)),
	}));
}
