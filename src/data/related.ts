/** Articles related to an article by the topics and entities they share. */
import type { ArticleRecord } from '../schemas/index.ts';

/** Score = 2 per shared topic + 1 per shared entity, rarer entities counting more. Highest first. */
export function relatedArticles(article: ArticleRecord, articles: ArticleRecord[], limit = 5): { article: ArticleRecord; shared: number }[] {
	const entityFrequency = new Map<string, number>();
	for (const other of articles) for (const entity of other.entities) entityFrequency.set(entity, (entityFrequency.get(entity) ?? 0) + 1);
	const topics = new Set(article.topics);
	const entities = new Set(article.entities);
	return articles
		.filter((other) => other.id !== article.id)
		.map((other) => {
			const sharedTopics = other.topics.filter((topic) => topics.has(topic)).length;
			const sharedEntities = other.entities.filter((entity) => entities.has(entity));
			const entityScore = sharedEntities.reduce((total, entity) => total + 1 / Math.log2(1 + (entityFrequency.get(entity) ?? 1)), 0);
			return { article: other, score: 2 * sharedTopics + entityScore, shared: sharedTopics + sharedEntities.length };
		})
		.filter((entry) => entry.score > 0)
		.sort((a, b) => b.score - a.score || a.article.id.localeCompare(b.article.id))
		.slice(0, limit)
		.map(({ article: other, shared }) => ({ article: other, shared }));
}
