/** The entities most involved in a topic: most mentioned across the topic's articles. */
import type { ArticleRecord } from '../schemas/index.ts';

/** The `limit` entities mentioned most in these articles (a topic's), ties A–Z. */
export function topicActors(articles: readonly ArticleRecord[], limit: number): string[] {
	const counts = new Map<string, number>();
	for (const article of articles)
		article.entities.forEach((entity, index) => {
			counts.set(entity, (counts.get(entity) ?? 0) + (article.entityMentions[index] ?? 0));
		});
	return [...counts]
		.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
		.slice(0, limit)
		.map(([id]) => id);
}
