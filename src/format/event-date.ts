/** How a timeline event's date reads: at its precision, with the weekday a month-precise date was told by. */
import type { EventRecord } from '../schemas/index.ts';
import { formatDate } from './date.ts';

/**
 * "December 2025, a Saturday" for a month-precise date told as "on Saturday"; "by 21 November 2025" for a date the
 * text gives as a bound ("By November 21, … had been confirmed"); else the date at its precision.
 */
export function formatEventDate(event: Pick<EventRecord, 'date' | 'precision' | 'weekday' | 'bound'>): string {
	const date = formatDate(event.date, event.precision);
	const told = event.weekday && event.precision === 'month' ? `${date}, a ${event.weekday}` : date;
	return event.bound ? `${event.bound} ${told}` : told;
}

/** What the status adds before an event's title: nothing for what happened. */
export function statusLabel(event: Pick<EventRecord, 'status'>): string | null {
	if (event.status === 'scheduled') return 'Scheduled';
	if (event.status === 'deadline') return 'Deadline';
	return null;
}
