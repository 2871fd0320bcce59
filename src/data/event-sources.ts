/**
 * The sources listed under an event, one entry per article: an event told by two sentences of one article (a plan
 * announced, then its details) is one report, listed once with both sentences, never as the same "Source sentence in
 * <article>" twice with nothing saying why. Every component that lists an event's sources groups them here.
 */
import type { SourceRef } from '../schemas/index.ts';

/** One article's sentences under an event, in the event's own order. */
export interface ArticleSources {
	article: string;
	sentences: SourceRef[];
}

/** What an event's source list shows: the first `max` articles, and how many articles report it in all. */
export interface ListedSources {
	groups: ArticleSources[];
	/** Articles that report the event, listed or not. */
	articles: number;
}

/**
 * Groups an event's sources by article, in the order each article first appears, the `preferred` article (the page
 * the list is on) first; keeps at most `max` articles. An article's sentences keep their order in the event.
 */
export function listEventSources(
	sources: readonly SourceRef[],
	options: { preferred?: string; max?: number } = {},
): ListedSources {
	const byArticle = new Map<string, SourceRef[]>();
	for (const source of sources) {
		const list = byArticle.get(source.article);
		if (list) list.push(source);
		else byArticle.set(source.article, [source]);
	}
	const groups = [...byArticle].map(([article, sentences]) => ({ article, sentences }));
	const { preferred, max = Number.POSITIVE_INFINITY } = options;
	const ordered = preferred
		? [
				...groups.filter((group) => group.article === preferred),
				...groups.filter((group) => group.article !== preferred),
			]
		: groups;
	return { groups: ordered.slice(0, max), articles: groups.length };
}
