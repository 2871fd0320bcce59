/** The timeline excerpt: the latest events in scope, cited through their source articles. */
import { listEventSources } from '../data/event-sources.ts';
import { PAGE_LIMITS } from '../data/page-limits.ts';
import type { EventRecord } from '../schemas/index.ts';
import type { BriefingContext } from './context.ts';
import type { BriefingScope } from './model.ts';

/** At most this many events. */
export const MAX_EVENTS = 8;
/**
 * At most this many source articles under each event (each with all its sentences), the first in the event's own
 * order (the timeline's month page lists them all): an event reported by hundreds of articles must not number
 * hundreds of sources.
 */
export const MAX_EVENT_SOURCES = PAGE_LIMITS.eventSources;

/** Events in scope, in timeline order: all of them, or those tagged with the topic. */
export function scopeEvents(events: EventRecord[], scope: BriefingScope): EventRecord[] {
	return scope.kind === 'situation' ? events : events.filter((event) => event.topics.includes(scope.topic));
}

/**
 * The last `max` events in timeline order (the data's order), oldest first. The sentences of the first `maxSources`
 * articles of each (those the excerpt lists) join the source list when their article is in scope, so they are
 * numbered with the rest.
 */
export function timelineExcerpt(
	events: EventRecord[],
	context: BriefingContext,
	max = MAX_EVENTS,
	maxSources: number = MAX_EVENT_SOURCES,
): { events: EventRecord[]; sources: number[] } {
	const excerpt = events.slice(-max);
	const numbers = new Set<number>();
	for (const event of excerpt)
		for (const source of listEventSources(event.sources, { max: maxSources }).groups.flatMap(
			(group) => group.sentences,
		)) {
			const article = context.articles.get(source.article);
			if (article) numbers.add(context.sources.cite(article, source.sentence).source);
		}
	return { events: excerpt, sources: [...numbers].sort((a, b) => a - b) };
}
