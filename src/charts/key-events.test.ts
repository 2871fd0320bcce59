import { scaleUtc } from 'd3';
import { describe, expect, it } from 'vitest';
import { event } from './fixtures.ts';
import { eventMarkers, keyEvents } from './key-events.ts';

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('keyEvents', () => {
	const negotiation = new Set(['peace-plan']);

	it('picks talks, deadlines and events of a key-event topic, title matches first, in date order', () => {
		const events = [
			event({ id: 'plan', date: '2025-11-21', title: 'Plan handed to Kyiv', topics: ['peace-plan'] }),
			event({ id: 'strike', date: '2025-11-22', title: 'Drone strike on Odesa', topics: ['air-war'] }),
			event({ id: 'talks', date: '2025-11-23', title: 'Talks in Geneva' }),
			event({ id: 'deadline', date: '2025-11-27', title: 'Deadline to answer the plan', topics: ['peace-plan'] }),
		];
		expect(keyEvents(events, negotiation).map((item) => item.id)).toEqual(['plan', 'talks', 'deadline']);
		expect(keyEvents(events, negotiation, 2).map((item) => item.id)).toEqual(['talks', 'deadline']);
	});

	it('orders events known only to their month by the day their words suggest, as the timeline does', () => {
		const events = [
			event({ id: 'a-summit', date: '2026-03', title: 'Summit on a coming Friday', orderDay: '2026-03-20' }),
			event({ id: 'b-talks', date: '2026-03', title: 'Talks last Tuesday', orderDay: '2026-03-10' }),
			event({ id: 'c-meeting', date: '2026-03-24', title: 'Meeting of envoys' }),
		];
		// By date then id the summit would come first; its Friday comes after the Tuesday.
		expect(keyEvents(events).map((item) => item.id)).toEqual(['b-talks', 'a-summit', 'c-meeting']);
	});

	it('takes its topics from the caller: no topic id is built in', () => {
		const events = [event({ id: 'plan', date: '2025-11-21', title: 'Plan handed to Kyiv', topics: ['peace-plan'] })];
		expect(keyEvents(events).map((item) => item.id)).toEqual([]);
		expect(keyEvents(events, new Set(['ceasefire-talks']))).toEqual([]);
		const truce = [event({ id: 'truce', date: '2025-11-21', title: 'Envoy lands in Doha', topics: ['truce'] })];
		expect(keyEvents(truce, new Set(['truce'])).map((item) => item.id)).toEqual(['truce']);
	});
});

describe('eventMarkers', () => {
	const scale = scaleUtc()
		.domain([utc('2025-11-01'), utc('2025-12-01')])
		.range([0, 300]);

	it('numbers markers in date order and leaves out events outside the domain', () => {
		const markers = eventMarkers(
			[
				event({ id: 'early', date: '2025-10-30', title: 'Talks' }),
				event({ id: 'a', date: '2025-11-10', title: 'Talks' }),
				event({ id: 'b', date: '2025-11-20', title: 'Summit' }),
			],
			scale,
			'/timeline/',
			22,
		);
		expect(markers.map((marker) => [marker.number, marker.event.id, Math.round(marker.x)])).toEqual([
			[1, 'a', 90],
			[2, 'b', 190],
		]);
	});

	it('moves a badge that would overlap the one before to the next row', () => {
		const markers = eventMarkers(
			[
				event({ id: 'a', date: '2025-11-10', title: 'Talks' }),
				event({ id: 'b', date: '2025-11-11', title: 'Talks' }),
				event({ id: 'c', date: '2025-11-25', title: 'Talks' }),
			],
			scale,
			'/t/',
			22,
		);
		expect(markers.map((marker) => marker.row)).toEqual([0, 1, 0]);
	});
});
