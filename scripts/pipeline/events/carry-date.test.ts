import { describe, expect, it } from 'vitest';
import { type Antecedent, carryDate } from './carry-date.ts';

const talks: Antecedent = { position: 0, quote: 'The talks in Riyadh ended on Friday.', status: 'happened' };
const barrage: Antecedent = {
	position: 1,
	quote: 'Russia fired 300 drones at the grid on Friday.',
	status: 'happened',
};

describe('carryDate', () => {
	it('dates "During the same period, …" by the event just told', () => {
		expect(carryDate('During the same period, drones hit Odesa.', 1, [talks])).toMatchObject({
			rule: 'same-period',
			from: 0,
			order: 'same',
		});
	});
	it('keeps no more of the date than the opening words support', () => {
		const keeps = (text: string) => carryDate(text, 1, [talks])?.keeps;
		expect(keeps('That same night, a drone hit a depot.')).toBe('day');
		expect(keeps('On the same day, envoys flew home.')).toBe('day');
		expect(keeps('In the same week, Russia struck rail hubs.')).toBe('week');
		expect(keeps('That same weekend, protesters marched.')).toBe('week');
		expect(keeps('During the same period, Russia launched 600 drones.')).toBe('month');
		expect(keeps('At the same time, Kyiv asked for more air defence.')).toBe('month');
		expect(keeps('Over the same days, aid convoys reached Kherson.')).toBe('month');
	});
	it('carries nothing from "Meanwhile", which links a sentence to the story, not to a date', () => {
		expect(carryDate('Meanwhile, Russia launched 600 drones.', 1, [talks])).toBeNull();
	});
	it('dates "The strikes also cut power" by the latest attack, not the latest event', () => {
		const later: Antecedent = { position: 2, quote: 'Envoys met in Paris on Friday.', status: 'happened' };
		expect(carryDate('The strikes also cut power to the plant.', 3, [talks, barrage, later])).toMatchObject({
			rule: 'definite-event',
			from: 1,
		});
	});
	it('tells "followed a separate meeting …, which ended …" as an earlier event with its own label', () => {
		const carried = carryDate(
			'The talks in Riyadh followed a separate meeting between envoys and Putin in Moscow, which also ended without a deal.',
			1,
			[talks],
		);
		expect(carried).toMatchObject({ rule: 'followed', from: 0, order: 'before' });
		expect(carried?.earlier?.title).toBe('Meeting between envoys and Putin in Moscow ended without a deal');
	});
	it('carries no date into a sentence about the future or the present', () => {
		expect(carryDate('The talks will resume in Paris.', 1, [talks])).toBeNull();
		expect(carryDate('The failed talks highlight the gap between the sides.', 1, [talks])).toBeNull();
	});
	it('carries no date from a plan, or from an event out of reach', () => {
		expect(carryDate('The talks ended in anger.', 1, [{ ...talks, status: 'scheduled' }])).toBeNull();
		expect(carryDate('The talks ended in anger.', 40, [talks])).toBeNull();
	});
});
