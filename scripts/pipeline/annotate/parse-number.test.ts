import { describe, expect, it } from 'vitest';
import { findNumbers, parseDigits, parseNumberWords, readNumbers } from './parse-number.ts';

const values = (text: string) => findNumbers(text).map((number) => number.value);

describe('parseNumberWords', () => {
	it('reads "two" as 2', () => expect(parseNumberWords('two')).toBe(2));
	it('reads "twenty-five" as 25', () => expect(parseNumberWords('twenty-five')).toBe(25));
	it('reads "a dozen" as 12 and "two dozen" as 24', () => {
		expect(parseNumberWords('a dozen')).toBe(12);
		expect(parseNumberWords('two dozen')).toBe(24);
	});
	it('reads "two hundred and fifty thousand" as 250000', () =>
		expect(parseNumberWords('two hundred and fifty thousand')).toBe(250_000));
	it('reads "a hundred" as 100', () => expect(parseNumberWords('a hundred')).toBe(100));
	it('returns null for words that are not numbers', () => expect(parseNumberWords('several')).toBeNull());
});

describe('parseDigits', () => {
	it('reads "6,024" as 6024', () => expect(parseDigits('6,024')).toBe(6024));
	it('reads "8.2" with "billion" as 8.2e9 exactly', () => expect(parseDigits('8.2', ' billion')).toBe(8_200_000_000));
	it('reads "1.5" with "million" as 1500000', () => expect(parseDigits('1.5', ' million')).toBe(1_500_000));
});

describe('findNumbers', () => {
	it('finds two numbers in "653 drones and 51 missiles"', () =>
		expect(values('653 drones and 51 missiles')).toEqual([653, 51]));
	it('reads "$8.2 billion" as 8.2e9 US dollars, apart from "four-year"', () => {
		expect(
			findNumbers('a new four-year, $8.2 billion program').map((number) => [
				number.text,
				number.value,
				number.currency,
			]),
		).toEqual([
			['four', 4, null],
			['$8.2 billion', 8.2e9, 'usd'],
		]);
	});
	it('reads "€2bn" as 2e9 euros and "£300m" as 3e8 pounds', () => {
		expect(findNumbers('a €2bn fund')[0]).toMatchObject({ value: 2e9, currency: 'eur', text: '€2bn' });
		expect(findNumbers('a £300m package')[0]).toMatchObject({ value: 3e8, currency: 'gbp' });
	});
	it('reads a currency named after the amount ("50 million euros", "two billion US dollars")', () => {
		expect(findNumbers('a 50 million euros loan')[0]).toMatchObject({
			value: 5e7,
			currency: 'eur',
			text: '50 million euros',
		});
		expect(findNumbers('two billion US dollars')[0]).toMatchObject({ value: 2e9, currency: 'usd' });
	});
	it('reads "1,200km²" and "505 square kilometers" as areas', () => {
		expect(findNumbers('about 1,200km² of land')[0]).toMatchObject({ value: 1200, unit: 'km2', text: '1,200km²' });
		expect(findNumbers('captured 505 square kilometers')[0]).toMatchObject({ value: 505, unit: 'km2' });
		expect(findNumbers('some 40 sq km')[0]).toMatchObject({ value: 40, unit: 'km2' });
	});
	it('marks "12 percent" and "40%" as shares', () => {
		expect(findNumbers('12 percent of the grid').map((number) => number.unit)).toEqual(['percent']);
		expect(findNumbers('40% of the grid').map((number) => number.unit)).toEqual(['percent']);
	});
	it('reads word numbers in a sentence: "Twenty-five soldiers and a dozen others"', () =>
		expect(values('Twenty-five soldiers and a dozen others')).toEqual([25, 12]));
	it('reads "1.5 million people" as 1500000', () => expect(values('1.5 million people')).toEqual([1_500_000]));
	it('finds no number in vague plurals ("hundreds of drones", "dozens", "thousands")', () =>
		expect(values('hundreds of drones, dozens of missiles and thousands of violations')).toEqual([]));
	it('skips ordinals, decades and codes ("80th", "1990s", "G20", "F-16", "Su-34")', () =>
		expect(values('the 80th anniversary, the 1990s, the G20, an F-16 and a Su-34')).toEqual([]));
	it('does not read metres as millions ("5m" without a currency)', () => expect(values('a 5m wall')).toEqual([]));
	it('does not read the minutes of a time ("3:00")', () => expect(values('at 3:00')).toEqual([3]));
	it('keeps the compound of "five-hour" outside the number', () =>
		expect(findNumbers('a five-hour meeting')[0]).toMatchObject({ text: 'five', value: 5 }));
});

describe('findNumbers: thousands separators', () => {
	it.each([
		['a comma', '1,250'],
		['a space', '1 250'],
		['a no-break space', '1\u00a0250'],
		['a narrow no-break space', '1\u202f250'],
		['a thin space', '1\u2009250'],
		['an apostrophe', "1'250"],
		['a right single quotation mark', '1’250'],
	])('reads a number grouped with %s ("%s") whole', (_name, written) => {
		expect(findNumbers(`killed ${written} people`).map((number) => [number.text, number.value])).toEqual([
			[written, 1250],
		]);
		expect(values(`${written}${written.slice(1, 2)}000 residents`)).toEqual([1_250_000]);
	});
	it('reads dots as thousands separators only between two or more groups ("1.250.000")', () =>
		expect(values('1.250.000 residents')).toEqual([1_250_000]));
	it('reads a single dot as a decimal point ("1.5 million", "$47.60")', () =>
		expect(values('1.5 million people and $47.60 a barrel')).toEqual([1_500_000, 47.6]));
	it('keeps a day of the month apart from the count after it ("December 14 110 drones")', () =>
		expect(values('On December 14 110 drones were launched')).toEqual([14, 110]));
	it('reads currencies by code, sign and name (UAH, RUB, ₴, ₽, hryvnias, roubles)', () => {
		expect(
			findNumbers('UAH 40 billion, RUB 13.1 trillion, ₴2bn, ₽500m, 3 billion hryvnias and 7 million roubles').map(
				(number) => [number.value, number.currency],
			),
		).toEqual([
			[4e10, 'uah'],
			[1.31e13, 'rub'],
			[2e9, 'uah'],
			[5e8, 'rub'],
			[3e9, 'uah'],
			[7e6, 'rub'],
		]);
	});
});

describe('readNumbers: numbers that cannot be read whole', () => {
	it.each([
		['separators that follow no grouping', '1,25,000 people', '1,25,000'],
		['a comma as a decimal point', '2,5 million people', '2,5'],
		['a dot before three digits', 'about 1.250 people', '1.250'],
	])('drops %s whole, with the digits as written', (_name, text, digits) => {
		const { numbers, unreadable } = readNumbers(text);
		expect(numbers).toEqual([]);
		expect(unreadable.map((number) => number.text)).toEqual([digits]);
	});
	it('never reads "000" of a group a month name kept apart ("On May 1 000 people")', () => {
		const { numbers, unreadable } = readNumbers('On May 1 000 people');
		expect(numbers.map((number) => number.text)).toEqual(['1']);
		expect(unreadable.map((number) => number.text)).toEqual(['000']);
	});
});
