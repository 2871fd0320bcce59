/** The timeline's order, shared by the pipeline (events.json) and the site. */
import type { EventRecord } from '../schemas/index.ts';
import { byString } from '../shared/compare.ts';

/** The number of a sentence anchor (`s-12` → 12), or 0 for one that is not numbered. */
const sentenceNumber = (anchor: string) => Number(/(\d+)$/.exec(anchor)?.[1] ?? 0);

/**
 * Two events of one day (or one month and ordering day) told by the same article stand in the order it tells them:
 * "The talks wrapped up on Saturday. … During the same period, Russia launched 650 drones … The strikes also cut
 * power …" keeps the talks, the barrage and the power cut in that order. Else 0.
 */
function storyOrder(a: Pick<EventRecord, 'sources'>, b: Pick<EventRecord, 'sources'>): number {
	const [first, second] = [a.sources[0], b.sources[0]];
	if (!first || !second || first.article !== second.article) return 0;
	return sentenceNumber(first.sentence) - sentenceNumber(second.sentence);
}

/**
 * Oldest first: by date, then, among events of one month known only to that month, by the day their words suggest
 * (a past Saturday before a coming Monday), then in the order their first article tells them, then by id.
 */
export function compareEvents(
	a: Pick<EventRecord, 'date' | 'orderDay' | 'id' | 'sources'>,
	b: Pick<EventRecord, 'date' | 'orderDay' | 'id' | 'sources'>,
): number {
	return (
		byString(a.date, b.date) || byString(a.orderDay ?? '', b.orderDay ?? '') || storyOrder(a, b) || byString(a.id, b.id)
	);
}
