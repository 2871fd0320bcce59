/**
 * Relates topics to each other by what they share. Two topics are related in proportion to
 * 0.7 × the Jaccard overlap of their articles + 0.3 × the Jaccard overlap of their entities:
 * articles are the stronger sign (the same story is about both), entities the weaker (the same
 * actors appear in both). Each topic keeps at most `MAX_RELATED` others, most related first.
 */

export const ARTICLE_WEIGHT = 0.7;
export const ENTITY_WEIGHT = 0.3;
export const MAX_RELATED = 5;
/** Below this, two topics share too little to be worth a link. */
export const MIN_RELATEDNESS = 0.1;

/** |a ∩ b| / |a ∪ b|, 0 for two empty sets. */
function jaccard(a: Set<string>, b: Set<string>): number {
	let shared = 0;
	for (const item of a) if (b.has(item)) shared++;
	const union = a.size + b.size - shared;
	return union === 0 ? 0 : shared / union;
}

/** Related topics by shared articles and entities, most related first. */
export function relateTopics(topics: { id: string; articles: string[]; entities: string[] }[]): Map<string, string[]> {
	const sets = topics.map((topic) => ({
		id: topic.id,
		articles: new Set(topic.articles),
		entities: new Set(topic.entities),
	}));
	const related = new Map<string, string[]>();
	for (const topic of sets) {
		const scored = sets
			.filter((other) => other.id !== topic.id)
			.map((other) => ({
				id: other.id,
				score:
					ARTICLE_WEIGHT * jaccard(topic.articles, other.articles) +
					ENTITY_WEIGHT * jaccard(topic.entities, other.entities),
			}))
			.filter((entry) => entry.score >= MIN_RELATEDNESS)
			.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
		related.set(
			topic.id,
			scored.slice(0, MAX_RELATED).map((entry) => entry.id),
		);
	}
	return related;
}
