/** The numbered source list: articles numbered in the order the briefing first cites them. */
import type { ArticleRecord } from '../schemas/index.ts';
import { getOrCreate } from '../shared/get-or-create.ts';
import type { BriefingSource, Citation } from './model.ts';

/** Hands out footnote numbers and remembers the sources they stand for. */
export interface SourceList {
	/** The footnote for a sentence of `article` (or the article as a whole when `sentence` is null). */
	cite(article: ArticleRecord, sentence: string | null): Citation;
	/** The sources cited so far, by number. */
	sources(): BriefingSource[];
}

/** An empty source list. */
export function createSourceList(): SourceList {
	const numbers = new Map<string, BriefingSource>();
	return {
		cite(article, sentence) {
			const source = getOrCreate(numbers, article.id, () => ({ number: numbers.size + 1, article, sentences: [] }));
			if (sentence && !source.sentences.includes(sentence)) source.sentences.push(sentence);
			return {
				source: source.number,
				article: article.id,
				href: sentence ? `${article.url}#${sentence}` : article.url,
			};
		},
		sources: () => [...numbers.values()],
	};
}
