import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../schemas/index.ts';
import { compareEvents } from './event-order.ts';

type Ordered = Pick<EventRecord, 'date' | 'orderDay' | 'id' | 'sources'>;
const event = (id: string, date: string, orderDay: string | null, article: string, sentence: string): Ordered => ({
	id,
	date,
	orderDay,
	sources: [{ article, sentence, quote: `${id}.` }],
});

describe('compareEvents', () => {
	it('keeps events of one ordering day in the order their article tells them, not by title', () => {
		const talks = event('2026-03-talks-ended', '2026-03', '2026-03-13', 'weekly', 's-2');
		const barrage = event('2026-03-russia-fired-drones', '2026-03', '2026-03-13', 'weekly', 's-7');
		const outage = event('2026-03-the-strikes-cut-power', '2026-03', '2026-03-13', 'weekly', 's-10');
		expect([outage, talks, barrage].sort(compareEvents).map((item) => item.id)).toEqual([
			'2026-03-talks-ended',
			'2026-03-russia-fired-drones',
			'2026-03-the-strikes-cut-power',
		]);
	});
	it('orders by date and ordering day first, and by id between articles', () => {
		const later = event('b', '2026-03', '2026-03-16', 'weekly', 's-1');
		const earlier = event('c', '2026-03', '2026-03-13', 'weekly', 's-9');
		const other = event('a', '2026-03', '2026-03-13', 'daily', 's-20');
		expect([later, earlier, other].sort(compareEvents).map((item) => item.id)).toEqual(['a', 'c', 'b']);
	});
});
