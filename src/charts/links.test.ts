import { scaleUtc } from 'd3';
import { describe, expect, it } from 'vitest';
import { chartInput, event, figure } from './fixtures.ts';
import { eventMarkers } from './key-events.ts';
import { monthLinker, timelineLinker, timelinePageOf } from './links.ts';
import { strikesModel } from './strikes/model.ts';

/** A timeline split into one page per month or year, as the site builds it. */
const pageOf = (period: string) => `/timeline/${period.replace('-', '/')}/`;
const events = [
	event({ id: 'talks', date: '2025-11-23', title: 'Talks in Geneva' }),
	event({ id: 'plan', date: '2025', title: 'Peace plan drafted' }),
];

describe('timelineLinker', () => {
	it('links a day with an event to that event on its month’s page', () => {
		expect(timelineLinker(events, '/timeline/', pageOf)('2025-11-23')).toBe('/timeline/2025/11/#event-talks');
	});

	it('links another day of a month with events to the month’s page, and other dates to the timeline', () => {
		const link = timelineLinker(events, '/timeline/', pageOf);
		expect(link('2025-11-02')).toBe('/timeline/2025/11/#month-2025-11');
		expect(link('2025-10-02')).toBe('/timeline/');
		expect(link(null)).toBe('/timeline/');
	});

	it('keeps every anchor on the timeline page when it is one page', () => {
		expect(timelineLinker(events, '/timeline/')('2025-11-23')).toBe('/timeline/#event-talks');
	});
});

describe('monthLinker', () => {
	it('links a month with events to its page', () => {
		const link = monthLinker(events, '/timeline/', pageOf);
		expect(link('2025-11')).toBe('/timeline/2025/11/#month-2025-11');
		expect(link('2025-12')).toBeUndefined();
	});
});

describe('eventMarkers', () => {
	it('links each marker to its event on the page of its month, or of its year', () => {
		const scale = scaleUtc()
			.domain([new Date('2025-01-01T00:00:00Z'), new Date('2026-01-01T00:00:00Z')])
			.range([0, 300]);
		expect(eventMarkers(events, scale, '/timeline/', 22, 3, pageOf).map((marker) => marker.href)).toEqual([
			'/timeline/2025/11/#event-talks',
			'/timeline/2025/#event-plan',
		]);
	});
});

describe('timelinePageOf', () => {
	it('uses the input’s page of a period when the timeline is split, else the timeline page', () => {
		expect(timelinePageOf({ timelineUrl: '/timeline/', timelinePage: pageOf })('2025-11')).toBe('/timeline/2025/11/');
		expect(timelinePageOf({ timelineUrl: '/timeline/' })('2025-11')).toBe('/timeline/');
	});

	it('reaches the chart models: strike dates link to their month’s page', () => {
		const input = {
			...chartInput([figure({ metric: 'drones_launched', value: 120, date: '2025-11-23', subject: 'russia' })], events),
			timelinePage: pageOf,
		};
		expect(strikesModel(input, { width: 600 }).panels[0]!.rows[0]!.label.href).toBe('/timeline/2025/11/#event-talks');
	});
});
