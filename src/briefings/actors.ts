/** The people, places and organisations a set of articles mentions most. */
import type { BriefingActor, BriefingData } from './model.ts';

/** Entities by how often the given articles mention them, most first (ties by name). */
export function briefingActors(
	data: Pick<BriefingData, 'entities' | 'articles'>,
	articles: ReadonlySet<string>,
	limit: number,
): BriefingActor[] {
	const counts = new Map<string, number>();
	for (const article of data.articles) {
		if (!articles.has(article.id)) continue;
		article.entities.forEach((entity, index) => {
			counts.set(entity, (counts.get(entity) ?? 0) + (article.entityMentions[index] ?? 0));
		});
	}
	const byId = new Map(data.entities.map((entity) => [entity.id, entity]));
	return [...counts]
		.flatMap(([id, mentions]) => {
			const entity = byId.get(id);
			return entity ? [{ entity, mentions }] : [];
		})
		.sort((a, b) => b.mentions - a.mentions || a.entity.name.localeCompare(b.entity.name))
		.slice(0, limit);
}
