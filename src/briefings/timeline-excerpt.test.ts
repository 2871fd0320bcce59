import { describe, expect, it } from 'vitest';
import { createContext } from './context.ts';
import { fixtureData } from './fixtures.ts';
import { scopeEvents, timelineExcerpt } from './timeline-excerpt.ts';

describe('scopeEvents', () => {
	it("keeps every event for the situation and a topic's events for a topic", () => {
		const { events } = fixtureData();
		expect(scopeEvents(events, { kind: 'situation' }).map((event) => event.id)).toEqual(['e1', 'e2', 'e3']);
		expect(scopeEvents(events, { kind: 'topic', topic: 'peace-plan' }).map((event) => event.id)).toEqual(['e1', 'e2']);
	});
});

describe('timelineExcerpt', () => {
	it('keeps the latest events oldest first and numbers their sources', () => {
		const data = fixtureData();
		const context = createContext(data, data.articles);
		context.sources.cite(data.articles[1]!, null); // b-talks already cited as [1]
		const excerpt = timelineExcerpt(data.events, context, 2);
		expect(excerpt.events.map((event) => event.id)).toEqual(['e2', 'e3']);
		expect(excerpt.sources).toEqual([1]);
	});

	it('numbers only the first sources of an event reported by many articles', () => {
		const data = fixtureData();
		const [event] = data.events;
		const many = {
			...event!,
			sources: data.articles.map((article) => ({ ...event!.sources[0]!, article: article.id })),
		};
		const context = createContext(data, data.articles);
		const excerpt = timelineExcerpt([many], context, 1, 2);
		expect(data.articles.length).toBeGreaterThan(2);
		expect(excerpt.sources).toEqual([1, 2]);
		expect(context.sources.sources().map((source) => source.article.id)).toEqual(
			data.articles.slice(0, 2).map((article) => article.id),
		);
	});
});
