/** The timeline's order, shared by the pipeline (events.json) and the site. */
import type { EventRecord } from '../schemas/index.ts';
import { byString } from '../shared/compare.ts';

/**
 * Oldest first: by date, then, among events of one month known only to that month, by the day their words suggest
 * (a past Saturday before a coming Monday), then by id.
 */
export function compareEvents(
	a: Pick<EventRecord, 'date' | 'orderDay' | 'id'>,
	b: Pick<EventRecord, 'date' | 'orderDay' | 'id'>,
): number {
	return byString(a.date, b.date) || byString(a.orderDay ?? '', b.orderDay ?? '') || byString(a.id, b.id);
}
