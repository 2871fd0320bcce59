/** Entities that appear in the same articles as a given entity, most shared first. */
import type { ArticleRecord } from '../schemas/index.ts';

/**
 * The `limit` entities sharing the most articles with `entity`, ties A–Z; pass the entity's own articles to
 * keep the work proportional to the entity (others are skipped).
 */
export function coOccurring(
	entity: string,
	articles: ArticleRecord[],
	limit: number,
): { id: string; shared: number }[] {
	const counts = new Map<string, number>();
	for (const article of articles) {
		if (!article.entities.includes(entity)) continue;
		for (const other of article.entities) if (other !== entity) counts.set(other, (counts.get(other) ?? 0) + 1);
	}
	return [...counts]
		.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
		.slice(0, limit)
		.map(([id, shared]) => ({ id, shared }));
}
