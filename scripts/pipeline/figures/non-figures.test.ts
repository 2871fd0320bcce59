import { describe, expect, it } from 'vitest';
import { findNumbers } from '../annotate/parse-number.ts';
import { nonFigureReason } from './non-figures.ts';

/** Why each number of `text` is not a figure (null when it may be one). */
const reasons = (text: string, reserved: { start: number; end: number }[] = []) =>
	findNumbers(text).map((number) => [number.text, nonFigureReason(text, number, reserved)]);

describe('nonFigureReason', () => {
	it('calls "April 2023" and "2021 demands" years', () => {
		expect(reasons('since April 2023')).toEqual([['2023', 'year']]);
		expect(reasons("Russia's sweeping 2021 demands")).toEqual([['2021', 'year']]);
	});
	it('keeps "2,000 troops" (a comma makes it a count)', () =>
		expect(reasons('2,000 troops')).toEqual([['2,000', null]]));
	it('calls "as young as 18" and "a 65-year-old woman" ages', () => {
		expect(reasons('those as young as 18 can sign')).toEqual([['18', 'age']]);
		expect(reasons('a 65-year-old woman')).toEqual([['65', 'age']]);
		expect(reasons('he was 19 years old')).toEqual([['19', 'age']]);
	});
	it('calls "November 27" and "27 November" days of the month, but not "300 may have died"', () => {
		expect(reasons('on November 27')).toEqual([['27', 'day of the month']]);
		expect(reasons('on 27 November')).toEqual([['27', 'day of the month']]);
		expect(reasons('300 may have died')).toEqual([['300', null]]);
	});
	it('calls "$44 a barrel" and "€120 per megawatt-hour" prices, but keeps "$44 million in aid"', () => {
		expect(reasons('cutting the oil price cap to $44 a barrel')).toEqual([['$44', 'price or rate']]);
		expect(reasons('power cost €120 per megawatt-hour')).toEqual([['€120', 'price or rate']]);
		expect(reasons('a further $44 million in aid')).toEqual([['$44 million', null]]);
	});
	it('calls "60%" a percentage', () => expect(reasons('Some 60% of the grid')).toEqual([['60%', 'percentage']]));
	it('calls "10-15 people" and "between 10 and 20" ranges', () => {
		expect(reasons('10-15 people')).toEqual([
			['10', 'range'],
			['15', 'range'],
		]);
		expect(reasons('between 10 and 20 drones').map(([, reason]) => reason)).toEqual(['range', 'range']);
	});
	it('calls "3 a.m." a time of day', () => expect(reasons('at 3 a.m.')).toEqual([['3', 'time of day']]));
	it('calls a number before "<place> time" a time of day, for any place ("at 6 Khartoum time")', () => {
		expect(reasons('The curfew starts at 6 Khartoum time.')).toEqual([['6', 'time of day']]);
		expect(reasons('Shelling resumed at 5 local time.')).toEqual([['5', 'time of day']]);
		expect(reasons('Crews worked 12 more hours.')).toEqual([['12', null]]);
	});
	it('skips a number inside a reserved span ("France 24")', () =>
		expect(reasons('France 24 reported', [{ start: 0, end: 9 }])).toEqual([['24', 'inside a date or a name']]));
});
