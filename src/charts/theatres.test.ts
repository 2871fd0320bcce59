import { describe, expect, it } from 'vitest';
import { figure } from './fixtures.ts';
import { elsewhereNote, splitTheatres } from './theatres.ts';

// A corpus that also reports another war: its figures name other parties and places, never the first war's sides.

const war = [
	figure({ metric: 'drones_launched', value: 653, subject: 'russia', place: 'ukraine', date: '2025-12-06' }),
	figure({
		metric: 'drones_intercepted',
		value: 585,
		subject: 'russia',
		interceptedBy: 'ukraine',
		date: '2025-12-06',
	}),
	figure({ article: 'a2', metric: 'killed', value: 4, subject: 'ukraine', place: 'kharkiv', date: '2025-12-07' }),
	figure({ article: 'a2', metric: 'injured', value: 9, date: '2025-12-07' }),
];
const elsewhere = [
	figure({ article: 's1', metric: 'killed', value: 460, subject: 'sudan', place: 'el-fasher', date: '2025-10-28' }),
	figure({ article: 's1', metric: 'injured', value: 120, date: '2025-10-28' }),
	figure({ article: 's2', metric: 'killed', value: 30, place: 'chad', inflictedBy: 'sudan', date: '2025-11-02' }),
];

describe('splitTheatres', () => {
	it('draws the conflict most figures report on and leaves another war out, its unplaced figure with its article', () => {
		const split = splitTheatres([...war, ...elsewhere]);
		expect(split.drawn.map((item) => item.value)).toEqual([653, 585, 4, 9]);
		expect(split.others).toEqual([{ parties: ['chad', 'el-fasher', 'sudan'], figures: elsewhere }]);
	});

	it('leaves one conflict whole, however many places it names', () => {
		expect(splitTheatres(war)).toEqual({ drawn: war, others: [] });
	});

	it('keeps a place only one article names apart from its other figures (a city’s outages) in that article’s war', () => {
		const outages = figure({ article: 'a2', metric: 'power_outage_hours', value: 14, place: 'chernihiv' });
		const held = figure({ article: 'a2', metric: 'political_prisoners_held', value: 900, subject: 'belarus' });
		const split = splitTheatres([...war, ...elsewhere, outages, held]);
		expect(split.drawn).toEqual(expect.arrayContaining([outages, held]));
		expect(split.others.map((theatre) => theatre.parties)).toEqual([['chad', 'el-fasher', 'sudan']]);
	});

	it('draws a figure that names no party or place when its article does not tell either', () => {
		const unplaced = figure({ article: 'a9', metric: 'killed', value: 7 });
		expect(splitTheatres([...war, ...elsewhere, unplaced]).drawn).toContain(unplaced);
	});
});

describe('elsewhereNote', () => {
	it('names the other conflicts by their parties and places and counts only the figures the chart would draw', () => {
		const { others } = splitTheatres([...war, ...elsewhere]);
		const names = new Map([
			['sudan', 'Sudan'],
			['chad', 'Chad'],
			['el-fasher', 'El Fasher'],
		]);
		expect(elsewhereNote(others, names, (item) => item.metric === 'killed')).toBe(
			'2 figures about another conflict (Chad, El Fasher, Sudan) are left out of these axes, never drawn against this ' +
				'one; they are in the open data.',
		);
		expect(elsewhereNote(others, names, (item) => item.metric === 'drones_launched')).toBeNull();
	});
});
