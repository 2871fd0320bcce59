import { describe, expect, it } from 'vitest';
import { briefingScopes } from './briefing-scopes.ts';
import { composeBriefing } from './compose-briefing.ts';
import { fixtureData } from './fixtures.ts';

describe('composeBriefing', () => {
	it('composes the situation briefing over every article', () => {
		const briefing = composeBriefing(fixtureData(), { kind: 'situation' });
		expect(briefing.id).toBe('situation');
		expect(briefing.title).toBe('Situation briefing');
		expect(briefing.articleCount).toBe(4);
		expect(briefing.asOf?.label).toBe('as of December 2025');
		expect(briefing.from).toEqual({ iso: '2025-11-22', precision: 'day', text: '22 November 2025' });
		// One point per topic the dated articles cover (peace plan, air war), newest first: of one day in one article,
		// the one it tells later (the air war, s-4) before the talks (s-2), as the timeline reads newest first.
		expect(briefing.bottomLine.map((point) => point.date)).toEqual(['2025-12-06', '2025-12-06']);
		expect(briefing.bottomLine.map((point) => point.topics)).toEqual([['air-war'], ['peace-plan']]);
		expect(briefing.eventCount).toBe(3);
	});
	it('numbers every footnote in the source list, rising down the page', () => {
		const briefing = composeBriefing(fixtureData(), { kind: 'situation' });
		const cited = [...briefing.bottomLine, ...briefing.figures, ...briefing.quotes, ...briefing.questions].map(
			(entry) => entry.cite.source,
		);
		const numbers = briefing.sources.map((source) => source.number);
		expect(numbers).toEqual(numbers.map((_, index) => index + 1));
		for (const number of [...cited, ...briefing.eventSources]) expect(numbers).toContain(number);
		// Down the page, a new number is always the next one.
		let highest = 0;
		for (const number of [
			...briefing.bottomLine.map((point) => point.cite.source),
			...briefing.figures.map((figure) => figure.cite.source),
			...briefing.eventSources,
		]) {
			expect(number).toBeLessThanOrEqual(highest + 1);
			highest = Math.max(highest, number);
		}
	});
	it("keeps a topic briefing to the topic's articles and events", () => {
		const briefing = composeBriefing(fixtureData(), { kind: 'topic', topic: 'air-war' });
		expect(briefing.title).toBe('Briefing: Air war');
		expect(briefing.description).toBe('Drones and missiles.');
		expect(briefing.articleCount).toBe(2);
		expect(briefing.asOf?.label).toBe('as of 7 December 2025');
		expect(briefing.events.map((event) => event.id)).toEqual(['e3']);
		// The undated article counts towards the briefing but cannot be placed in its bottom line.
		expect(briefing.sources.map((source) => source.article.id).sort()).toEqual(['b-talks']);
	});
	it('says which topics exist when asked for an unknown one', () => {
		expect(() => composeBriefing(fixtureData(), { kind: 'topic', topic: 'nope' })).toThrow(
			'No topic "nope" in topics.json to brief on. Use one of: peace-plan, air-war.',
		);
	});
});

describe('briefingScopes', () => {
	it('lists the situation briefing first, then every topic', () => {
		expect(briefingScopes(fixtureData())).toEqual([
			{ kind: 'situation' },
			{ kind: 'topic', topic: 'peace-plan' },
			{ kind: 'topic', topic: 'air-war' },
		]);
	});
	it('refuses a topic whose id would take the situation briefing URL', () => {
		expect(() => briefingScopes({ topics: [{ ...fixtureData().topics[0]!, id: 'situation' }] })).toThrow(
			/clashes with the situation briefing/,
		);
	});
});
