/** The entities most involved in a topic: most mentioned across the topic's articles. */
import type { MentionRecord, TopicRecord } from '../schemas/index.ts';

/**
 * The `limit` entities mentioned most in the topic's articles, ties A–Z; pass the topic's own mentions to
 * keep the work proportional to the topic (others are ignored).
 */
export function topicActors(topic: TopicRecord, mentions: MentionRecord[], limit: number): string[] {
	const inTopic = new Set(topic.articles);
	const counts = new Map<string, number>();
	for (const mention of mentions)
		if (inTopic.has(mention.article)) counts.set(mention.entity, (counts.get(mention.entity) ?? 0) + 1);
	return [...counts]
		.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
		.slice(0, limit)
		.map(([id]) => id);
}
