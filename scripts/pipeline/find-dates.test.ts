import { describe, expect, it } from 'vitest';
import type { DatePrecision } from '../../src/schemas/index.ts';
import { sentencesFromText } from './dates/sentences-from-text.ts';
import { findDates } from './find-dates.ts';
import { language } from './lang/index.ts';
import type { DateMention } from './model.ts';

/** Mentions of `text` resolved against a publication date given as `YYYY-MM-DD`, `YYYY-MM` or null. */
function mentions(text: string, published: string | null = null): DateMention[] {
	const precision: DatePrecision | null =
		published === null ? null : published.length === 10 ? 'day' : published.length === 7 ? 'month' : 'year';
	return findDates(sentencesFromText(text), { date: published, precision });
}

/** The one mention whose words are `words`, as date, precision, kind and tense. */
function one(text: string, words: string, published: string | null = null) {
	const found = mentions(text, published).filter((mention) => mention.text === words);
	expect(
		found,
		`one mention "${words}" in ${JSON.stringify(mentions(text, published).map((mention) => mention.text))}`,
	).toHaveLength(1);
	const { date, precision, kind, tense } = found[0]!;
	return { date, precision, kind, tense };
}

describe('findDates: explicit dates', () => {
	it('reads "November 21, 2025" as a stated day', () => {
		expect(mentions('By November 21, 2025, the deaths of officers had been confirmed.')).toEqual([
			{
				sentence: 's-1',
				text: 'November 21, 2025',
				start: 3,
				date: '2025-11-21',
				precision: 'day',
				kind: 'explicit',
				inferred: false,
				tense: 'past',
				relation: 'by',
			},
		]);
	});
	it('reads day-month-year order ("21 November 2025")', () => {
		expect(one('Talks resumed on 21 November 2025 in Geneva.', '21 November 2025')).toEqual({
			date: '2025-11-21',
			precision: 'day',
			kind: 'explicit',
			tense: 'past',
		});
	});
	it('takes the year of "on November 27" from a stated date elsewhere in the text', () => {
		const text = 'Talks were held in Geneva on November 23, 2025.\nPutin spoke in Bishkek on November 27.';
		const found = mentions(text).find((mention) => mention.text === 'November 27')!;
		expect(found).toMatchObject({ date: '2025-11-27', precision: 'day', inferred: true, tense: 'past' });
	});
	it('never takes a year from a date that opens a period ("in January, the smallest gain since June 2025")', () => {
		const text = 'Russia gained about 240 square kilometres in January, the smallest monthly gain since June 2025.';
		expect(one(text, 'January', '2026-02-03').date).toBe('2026-01');
	});
	it('takes the year of "Nov. 21" from the publication date', () => {
		expect(one('The envoy landed in Kyiv on Nov. 21.', 'Nov. 21', '2025-11-23').date).toBe('2025-11-21');
	});
	it('puts a future yearless date in the next year when the publication is in December', () => {
		expect(one('Leaders will meet again on Jan. 15.', 'Jan. 15', '2025-12-20')).toMatchObject({
			date: '2026-01-15',
			tense: 'future',
		});
	});
	it('reads the abbreviation "Sept. 9"', () => {
		expect(one('The parliament voted on Sept. 9, 2024.', 'Sept. 9, 2024').date).toBe('2024-09-09');
	});
	it('keeps the weekday of "Tuesday, March 4, 2025" inside one explicit mention', () => {
		expect(
			mentions('On Tuesday, March 4, 2025, the council voted.').map(({ text, date, kind }) => ({ text, date, kind })),
		).toEqual([{ text: 'Tuesday, March 4, 2025', date: '2025-03-04', kind: 'explicit' }]);
	});
	it('splits a range ("from Nov. 27 to Dec. 3, 2025") into its two days', () => {
		expect(mentions('Exercises ran from Nov. 27 to Dec. 3, 2025.').map(({ text, date }) => ({ text, date }))).toEqual([
			{ text: 'Nov. 27', date: '2025-11-27' },
			{ text: 'Dec. 3, 2025', date: '2025-12-03' },
		]);
	});
	it('gives the first day of a range across New Year the year before ("Dec. 28 to Jan. 3, 2026")', () => {
		expect(mentions('The truce lasted from Dec. 28 to Jan. 3, 2026.').map((mention) => mention.date)).toEqual([
			'2025-12-28',
			'2026-01-03',
		]);
	});
	it('leaves a yearless date unresolved when nothing gives a year', () => {
		expect(one('He said as much on April 15.', 'April 15')).toEqual({
			date: null,
			precision: null,
			kind: 'explicit',
			tense: 'past',
		});
	});
	it('does not read the modal "may" as the month', () => {
		expect(mentions('A delegation may 9 times out of ten attend.')).toEqual([]);
	});
	it('does not read a duration ("fuel for about 10 days", "within 30 days") as a date', () => {
		expect(mentions('The reactors relied on 18 generators, with fuel for about 10 days.', '2025-12-03')).toEqual([]);
		expect(mentions('Troops must withdraw within 30 days of signing.', '2025-12-03')).toEqual([]);
	});
	it('reads an ISO day ("2025-11-21")', () => {
		expect(one('The decree dated 2025-11-21 took effect.', '2025-11-21')).toMatchObject({
			date: '2025-11-21',
			precision: 'day',
			kind: 'explicit',
		});
	});
	it('skips slashed dates, which read differently in the US and Europe', () => {
		expect(mentions('The decree of 12/11/2025 took effect.')).toEqual([]);
	});
});

describe('findDates: weekdays', () => {
	const published = '2025-11-22'; // a Saturday
	it('resolves "Late Friday" in the past tense to the day before a Saturday publication', () => {
		expect(one('Late Friday, the envoy briefed NATO ambassadors in Kyiv.', 'Late Friday', published)).toEqual({
			date: '2025-11-21',
			precision: 'day',
			kind: 'weekday',
			tense: 'past',
		});
	});
	it('resolves "Thursday\'s deadline approaches" to the coming Thursday', () => {
		expect(one('As Thursday’s deadline approaches, the world watches Kyiv.', 'Thursday', published)).toMatchObject({
			date: '2025-11-27',
			tense: 'future',
		});
	});
	it('resolves "by Thursday" in a present-tense sentence to the coming Thursday', () => {
		expect(one('Officials are pressing Kyiv to sign by Thursday.', 'Thursday', published)).toMatchObject({
			date: '2025-11-27',
			tense: 'future',
		});
	});
	it('resolves "will meet … on Monday" to the next Monday', () => {
		expect(one('The three leaders will meet Zelenskyy in London on Monday.', 'Monday', '2025-12-07')).toMatchObject({
			date: '2025-12-08',
			tense: 'future',
		});
	});
	it('resolves "wrapped up on Saturday" to the Saturday before', () => {
		expect(one('The talks in Miami wrapped up on Saturday.', 'Saturday', '2025-12-07')).toMatchObject({
			date: '2025-12-06',
			tense: 'past',
		});
	});
	it('resolves a past weekday that is the publication day itself to that day, as wire copy uses it', () => {
		expect(one('The governor said on Saturday that two people died.', 'Saturday', published).date).toBe('2025-11-22');
	});
	it('resolves "last Tuesday" to a week or less before', () => {
		expect(one('The decree was signed last Tuesday.', 'last Tuesday', published).date).toBe('2025-11-18');
	});
	it('places a weekday in the publication month, keeping the weekday, when the publication date is only a month', () => {
		const found = mentions(
			'The talks wrapped up on Saturday. Leaders will meet in London on Monday. Officials met yesterday.',
			'2025-12',
		);
		expect(
			found.map(({ text, date, precision, weekday, inferred }) => ({ text, date, precision, weekday, inferred })),
		).toEqual([
			{ text: 'Saturday', date: '2025-12', precision: 'month', weekday: 6, inferred: true },
			{ text: 'Monday', date: '2025-12', precision: 'month', weekday: 1, inferred: true },
			{ text: 'yesterday', date: '2025-12', precision: 'month', weekday: undefined, inferred: true },
		]);
	});
	it('orders a past weekday before a coming one in a month-precise article', () => {
		const [saturday, monday] = mentions(
			'The talks wrapped up on Saturday. Leaders will meet in London on Monday.',
			'2025-12',
		);
		expect(saturday!.orderDay! < monday!.orderDay!).toBe(true);
		expect(saturday!.orderDay!.startsWith('2025-12-')).toBe(true);
	});
	it('leaves a weekday unresolved when the publication date is only a year', () => {
		expect(one('The talks wrapped up on Saturday.', 'Saturday', '2025').date).toBeNull();
	});
	it('does not read "Black Friday" as a weekday', () => {
		expect(mentions('Shops reported record Black Friday sales.', published)).toEqual([]);
	});
});

describe('findDates: relative dates', () => {
	const published = '2025-11-27'; // a Thursday
	it('resolves "today", "tonight" and "yesterday" from a day-precise publication date', () => {
		const found = mentions('Today the envoy arrives. Talks start tonight. Yesterday he was in Berlin.', published);
		expect(found.map(({ text, date }) => ({ text, date }))).toEqual([
			{ text: 'Today', date: '2025-11-27' },
			{ text: 'tonight', date: '2025-11-27' },
			{ text: 'Yesterday', date: '2025-11-26' },
		]);
	});
	it('gives "next week" its month when the whole week lies in one month', () => {
		expect(one('Witkoff is scheduled to visit Moscow next week.', 'next week', published)).toEqual({
			date: '2025-12',
			precision: 'month',
			kind: 'relative',
			tense: 'future',
		});
	});
	it('gives "next week" only its year when the week straddles two months', () => {
		expect(one('Talks will resume next week.', 'next week', '2025-09-24')).toMatchObject({
			date: '2025',
			precision: 'year',
		});
	});
	it('gives "earlier this week" the days before publication in the same week', () => {
		expect(one('Earlier this week, the delegations met in secret.', 'Earlier this week', published)).toMatchObject({
			date: '2025-11',
			precision: 'month',
			tense: 'past',
		});
	});
	it('gives "earlier this week" a day when only one day precedes publication', () => {
		expect(one('Earlier this week, the delegations met.', 'Earlier this week', '2025-11-25').date).toBe('2025-11-24');
	});
	it('gives "last month" the month before a month-precise publication', () => {
		expect(one('Last month, the army lost two villages.', 'Last month', '2025-02')).toEqual({
			date: '2025-01',
			precision: 'month',
			kind: 'relative',
			tense: 'past',
		});
	});
	it('gives "last year" the year before', () => {
		expect(one('The offensive unfolded slowly, as it did last year.', 'last year', '2025-04').date).toBe('2024');
	});
	it('gives "over the weekend" in the past tense the weekend before a weekday publication', () => {
		expect(one('Over the weekend, drones hit Kharkiv.', 'Over the weekend', published)).toMatchObject({
			date: '2025-11',
			precision: 'month',
			tense: 'past',
		});
		expect(one('Over the weekend, drones hit Kharkiv.', 'Over the weekend', '2025-06-03')).toMatchObject({
			date: '2025',
			precision: 'year',
		});
	});
	it('counts "three days ago", "two weeks ago", "a month ago" and "a year ago" back from the publication day', () => {
		const published = '2025-12-15'; // a Monday
		expect(one('Three days ago, drones hit Kyiv.', 'Three days ago', published)).toEqual({
			date: '2025-12-12',
			precision: 'day',
			kind: 'relative',
			tense: 'past',
		});
		expect(one('Two weeks ago, the EU agreed a loan.', 'Two weeks ago', published)).toEqual({
			date: '2025-12',
			precision: 'month',
			kind: 'relative',
			tense: 'past',
		});
		expect(one('The plan surfaced a month ago.', 'a month ago', published)).toEqual({
			date: '2025-11',
			precision: 'month',
			kind: 'relative',
			tense: 'past',
		});
		expect(one('A year ago, the front was quiet.', 'A year ago', published)).toEqual({
			date: '2024',
			precision: 'year',
			kind: 'relative',
			tense: 'past',
		});
	});
	it('does not read a duration ("for two weeks", "in 10 days") as a date', () => {
		expect(mentions('The talks lasted for two weeks. A deal may come in 10 days.', '2025-12-15')).toEqual([]);
	});
	it('leaves relative dates unresolved without a publication date', () => {
		expect(
			mentions('US envoy Witkoff is set to meet Putin today. The meeting earlier this week was tense.').map(
				(mention) => mention.date,
			),
		).toEqual([null, null]);
	});
});

describe('findDates: months and years', () => {
	it('reads "in November alone" as a finished month, year from the publication date', () => {
		expect(one('Russia captured 505 square kilometers in November alone.', 'in November alone', '2025-12')).toEqual({
			date: '2025-11',
			precision: 'month',
			kind: 'month',
			tense: 'past',
		});
	});
	it('reads "in July 2023", "since April 2023" and "By October 2024" as months', () => {
		const found = mentions(
			'General Tsokov was killed in July 2023. Since April 2023, stateless men can enlist. By October 2024, a new amendment allowed it.',
		);
		expect(found.map(({ text, date, precision, tense }) => ({ text, date, precision, tense }))).toEqual([
			{ text: 'July 2023', date: '2023-07', precision: 'month', tense: 'past' },
			{ text: 'April 2023', date: '2023-04', precision: 'month', tense: 'past' },
			{ text: 'October 2024', date: '2024-10', precision: 'month', tense: 'past' },
		]);
	});
	it('reads "before mid-May" as a future month', () => {
		expect(one('Nothing big is expected before mid-May.', 'mid-May', '2025-04')).toEqual({
			date: '2025-05',
			precision: 'month',
			kind: 'month',
			tense: 'future',
		});
	});
	it('reads bare years ("in 2016", "2021 demands") as years', () => {
		expect(
			mentions('It is reminiscent of 2016. Russia revived its 2021 demands.').map(({ text, date, precision }) => ({
				text,
				date,
				precision,
			})),
		).toEqual([
			{ text: '2016', date: '2016', precision: 'year' },
			{ text: '2021', date: '2021', precision: 'year' },
		]);
	});
	it('reads "in late 2024" as the year 2024', () => {
		expect(one('Fighting intensified in late 2024.', 'late 2024')).toEqual({
			date: '2024',
			precision: 'year',
			kind: 'year',
			tense: 'past',
		});
	});
	it('does not read counts or amounts as years ("2000 troops", "$2025", "1,945")', () => {
		expect(mentions('About 2000 troops and $2025 in aid arrived; 1,945 homes were hit.')).toEqual([]);
	});
	it('does not read a sentence-initial "May" as a month', () => {
		expect(mentions('May the talks succeed.')).toEqual([]);
	});
	it('does not read a first name ("to June Smith") as a month', () => {
		expect(mentions('The minister spoke to June Smith about the plan.')).toEqual([]);
	});
});

describe('findDates: anniversaries', () => {
	it('dates "the 80th anniversary of WWII victory" from a reference table', () => {
		const references = [
			{ id: 'victory-in-europe', name: 'Victory in Europe', date: '1945-05-09', terms: ['WWII victory'] },
		];
		const found = findDates(
			sentencesFromText('A delegation may attend the 80th anniversary of WWII victory celebrations.', {
				language,
				references,
			}),
			{ date: null, precision: null },
		);
		expect(found).toEqual([
			{
				sentence: 's-1',
				text: '80th anniversary of WWII victory',
				start: 28,
				date: '2025-05-09',
				precision: 'day',
				kind: 'relative',
				inferred: true,
				tense: 'future',
			},
		]);
	});
	it('finds no anniversary without a reference table', () => {
		expect(mentions('A delegation may attend the 80th anniversary of WWII victory celebrations.')).toEqual([]);
	});
});
