/**
 * Relates topics to each other by what they share. Two topics are related in proportion to
 * 0.7 × the Jaccard overlap of their articles + 0.3 × the Jaccard overlap of their entities:
 * articles are the stronger sign (the same story is about both), entities the weaker (the same
 * actors appear in both). Each topic keeps at most `MAX_RELATED` others, most related first.
 */

import { byString } from '../../src/shared/compare.ts';

export const ARTICLE_WEIGHT = 0.7;
export const ENTITY_WEIGHT = 0.3;
export const MAX_RELATED = 5;
/** Below this, two topics share too little to be worth a link. */
export const MIN_RELATEDNESS = 0.1;

/** |a ∩ b| / |a ∪ b| from the sizes and the overlap, 0 for two empty sets. */
function jaccard(sizeA: number, sizeB: number, shared: number): number {
	const union = sizeA + sizeB - shared;
	return union === 0 ? 0 : shared / union;
}

/**
 * How many items each pair of topics shares, counted from the items' side (each item's topics, pair
 * by pair), so only pairs that share something are touched. Key: the two topic positions, lower first.
 */
function sharedCounts(lists: readonly (readonly string[])[]): Map<number, number> {
	const holders = new Map<string, number[]>();
	lists.forEach((list, topic) => {
		for (const item of new Set(list)) {
			const found = holders.get(item);
			if (found) found.push(topic);
			else holders.set(item, [topic]);
		}
	});
	const shared = new Map<number, number>();
	const n = lists.length;
	for (const topics of holders.values())
		for (let i = 0; i < topics.length; i++)
			for (let j = i + 1; j < topics.length; j++) {
				const key = topics[i]! * n + topics[j]!;
				shared.set(key, (shared.get(key) ?? 0) + 1);
			}
	return shared;
}

/** Related topics by shared articles and entities, most related first. */
export function relateTopics(topics: { id: string; articles: string[]; entities: string[] }[]): Map<string, string[]> {
	const n = topics.length;
	const articleSizes = topics.map((topic) => new Set(topic.articles).size);
	const entitySizes = topics.map((topic) => new Set(topic.entities).size);
	const sharedArticles = sharedCounts(topics.map((topic) => topic.articles));
	const sharedEntities = sharedCounts(topics.map((topic) => topic.entities));
	const scored = topics.map(() => [] as { id: string; score: number }[]);
	for (const key of new Set([...sharedArticles.keys(), ...sharedEntities.keys()])) {
		const a = Math.floor(key / n);
		const b = key % n;
		const score =
			ARTICLE_WEIGHT * jaccard(articleSizes[a]!, articleSizes[b]!, sharedArticles.get(key) ?? 0) +
			ENTITY_WEIGHT * jaccard(entitySizes[a]!, entitySizes[b]!, sharedEntities.get(key) ?? 0);
		if (score < MIN_RELATEDNESS) continue;
		scored[a]!.push({ id: topics[b]!.id, score });
		scored[b]!.push({ id: topics[a]!.id, score });
	}
	const related = new Map<string, string[]>();
	topics.forEach((topic, index) => {
		const ranked = scored[index]!.sort((x, y) => y.score - x.score || byString(x.id, y.id));
		related.set(
			topic.id,
			ranked.slice(0, MAX_RELATED).map((entry) => entry.id),
		);
	});
	return related;
}
