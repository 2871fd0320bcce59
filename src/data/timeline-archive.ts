/**
 * The timeline archive: every event lives on the page of its month (`/timeline/2025/03/`), or of its
 * year when only the year is known (`/timeline/2025/`, which also lists the year's months). The
 * timeline page shows the latest events and this archive's index, so no page grows with the corpus.
 */
import { paths } from '../config/site.ts';
import type { EventRecord } from '../schemas/index.ts';

/** A month or year of the archive and how many events it holds. */
export interface TimelinePeriod {
	/** `YYYY-MM`, or `YYYY` for the events dated only to the year. */
	period: string;
	count: number;
}

/** One year of the archive: its months with events, oldest first, and its events dated only to the year. */
export interface TimelineYear {
	year: string;
	months: TimelinePeriod[];
	/** Events dated only to the year (listed on the year's page). */
	yearOnly: number;
	/** All events of the year. */
	total: number;
}

/** The archive period of a date: its month, or its year when the date has no month. */
export function timelinePeriod(date: string): string {
	return date.length >= 7 ? date.slice(0, 7) : date.slice(0, 4);
}

/** The years with events, newest first, each with its months oldest first. */
export function timelineYears(eventsByPeriod: ReadonlyMap<string, readonly unknown[]>): TimelineYear[] {
	const years = new Map<string, TimelineYear>();
	for (const [period, events] of [...eventsByPeriod].sort(([a], [b]) => a.localeCompare(b))) {
		const key = period.slice(0, 4);
		const year = years.get(key) ?? { year: key, months: [], yearOnly: 0, total: 0 };
		years.set(key, year);
		if (period.length === 4) year.yearOnly += events.length;
		else year.months.push({ period, count: events.length });
		year.total += events.length;
	}
	return [...years.values()].sort((a, b) => b.year.localeCompare(a.year));
}

/** The months with events just before and after a month, oldest first (null at either end). */
export function adjacentMonths(
	eventsByPeriod: ReadonlyMap<string, readonly unknown[]>,
	month: string,
): { previous: string | null; next: string | null } {
	const months = [...eventsByPeriod.keys()].filter((period) => period.length === 7).sort();
	const index = months.indexOf(month);
	return {
		previous: index > 0 ? months[index - 1]! : null,
		next: index >= 0 && index < months.length - 1 ? months[index + 1]! : null,
	};
}

/** The address of an event on its archive page: page `page` of its month's (or year's) list. */
export function eventHref(event: Pick<EventRecord, 'id' | 'date'>, page = 1): string {
	return `${paths.timelinePeriod(timelinePeriod(event.date), page)}#event-${event.id}`;
}
