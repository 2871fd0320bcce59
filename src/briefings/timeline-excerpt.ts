/** The timeline excerpt: the latest events in scope, cited through their source articles. */
import type { EventRecord } from '../schemas/index.ts';
import type { BriefingContext } from './context.ts';
import type { BriefingScope } from './model.ts';

/** At most this many events. */
export const MAX_EVENTS = 8;

/** Events in scope, in timeline order: all of them, or those tagged with the topic. */
export function scopeEvents(events: EventRecord[], scope: BriefingScope): EventRecord[] {
	return scope.kind === 'situation' ? events : events.filter((event) => event.topics.includes(scope.topic));
}

/**
 * The last `max` events in timeline order (the data's order), oldest first. Each source article in
 * scope joins the source list so the excerpt's sources are numbered with the rest.
 */
export function timelineExcerpt(
	events: EventRecord[],
	context: BriefingContext,
	max = MAX_EVENTS,
): { events: EventRecord[]; sources: number[] } {
	const excerpt = events.slice(-max);
	const numbers = new Set<number>();
	for (const event of excerpt)
		for (const source of event.sources) {
			const article = context.articles.get(source.article);
			if (article) numbers.add(context.sources.cite(article, source.sentence).source);
		}
	return { events: excerpt, sources: [...numbers].sort((a, b) => a - b) };
}
