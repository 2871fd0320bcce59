/**
 * What the timeline's filter bar offers: links to the topics that have events (the same on every
 * timeline page, made once per corpus), and, for the in-page filter, the people, places and
 * organisations in the events the page shows, most frequent first. The in-page filter narrows the
 * page's own events, so its choices and counts come from them: a page's filter bar does not change
 * when events elsewhere in the corpus do.
 */
import type { EntityRecord, EventRecord, TopicRecord } from '../schemas/index.ts';
import type { Corpus } from './corpus.ts';

/** How many entities the in-page filter offers at most. */
export const FILTER_ENTITIES = 40;

const topicsWithEvents = new WeakMap<Corpus, TopicRecord[]>();

/** The topics that have at least one event, in taxonomy order. */
export function timelineTopics(corpus: Corpus): TopicRecord[] {
	let topics = topicsWithEvents.get(corpus);
	if (!topics) {
		topics = corpus.topics.filter((topic) => (corpus.eventsByTopic.get(topic.id) ?? []).length > 0);
		topicsWithEvents.set(corpus, topics);
	}
	return topics;
}

/** The entities of these events, with how many of them each is in, most first, then A–Z. */
export function filterEntities(
	corpus: Corpus,
	events: readonly EventRecord[],
): { entity: EntityRecord; count: number }[] {
	const counts = new Map<string, number>();
	for (const event of events) for (const id of new Set(event.entities)) counts.set(id, (counts.get(id) ?? 0) + 1);
	return [...counts]
		.map(([id, count]) => ({ entity: corpus.entity.get(id), count }))
		.filter((choice): choice is { entity: EntityRecord; count: number } => choice.entity !== undefined)
		.sort((a, b) => b.count - a.count || a.entity.name.localeCompare(b.entity.name))
		.slice(0, FILTER_ENTITIES);
}
