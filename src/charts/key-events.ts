/** Key events from the timeline (talks, deadlines, summits) as numbered markers on time-based charts. */
import type { ScaleTime } from 'd3';
import { compareEvents } from '../data/event-order.ts';
import type { EventRecord } from '../schemas/index.ts';
import { periodOf } from './links.ts';
import { dateToUtc } from './time.ts';

/** Titles that name a diplomatic milestone. */
export const KEY_EVENT_WORDS =
	/\b(talks?|deadlines?|summits?|meetings?|meets?|met|negotiat\w*|ceasefire|truce|peace plan|summit)\b/i;

/** A key event placed on a chart: its number in the list under the chart, where it sits and where it links. */
export interface EventMarker {
	number: number;
	event: EventRecord;
	x: number;
	/** Badge row (0 = top), so close markers do not overlap. */
	row: number;
	href: string;
}

/**
 * Picks the key events: on a key-event topic (`keyEvents: true` in `content/topics.yaml`) or titled as talks,
 * deadlines, summits or meetings; title matches first, then the most reported, at most `limit`, in the timeline's
 * order (compareEvents: a month-precise event falls among its month's days by the day its words suggest).
 */
export function keyEvents(
	events: readonly EventRecord[],
	topics: ReadonlySet<string> = new Set(),
	limit = 8,
): EventRecord[] {
	const scored = events
		.map((event, index) => {
			const titled = KEY_EVENT_WORDS.test(event.title);
			const onTopic = event.topics.some((topic) => topics.has(topic));
			return { event, index, score: (titled ? 2 : 0) + (onTopic ? 1 : 0) };
		})
		.filter(({ score }) => score > 0)
		.sort((a, b) => b.score - a.score || b.event.sources.length - a.event.sources.length || a.index - b.index)
		.slice(0, limit);
	return scored.map(({ event }) => event).sort(compareEvents);
}

/**
 * Places key events on a time scale as numbered badges; those outside the domain are left out. A badge
 * that would overlap the one before on its row moves to the next row (at most `rows`). Each links to
 * its event on the timeline page that holds it (`pageOf` its month or year).
 */
export function eventMarkers(
	events: readonly EventRecord[],
	scale: ScaleTime<number, number>,
	timelineUrl: string,
	badgeWidth: number,
	rows = 3,
	pageOf: (period: string) => string = () => timelineUrl,
): EventMarker[] {
	const [start, end] = scale.domain() as [Date, Date];
	const inside = events.filter((event) => {
		const time = dateToUtc(event.date).getTime();
		return time >= start.getTime() && time <= end.getTime();
	});
	const lastX: number[] = [];
	return inside.map((event, index) => {
		const x = scale(dateToUtc(event.date));
		let row = 0;
		while (row < rows - 1 && lastX[row] !== undefined && x - lastX[row]! < badgeWidth + 2) row++;
		lastX[row] = x;
		return { number: index + 1, event, x, row, href: `${pageOf(periodOf(event.date))}#event-${event.id}` };
	});
}
