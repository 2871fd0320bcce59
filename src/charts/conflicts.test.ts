import { describe, expect, it } from 'vitest';
import { groupReports, MAX_RANGE_ENDS, rangeEnds, reportGroup } from './conflicts.ts';
import { figure } from './fixtures.ts';

const killed = (fields: Partial<Parameters<typeof figure>[0]> & { value: number }) =>
	figure({ metric: 'killed', subject: 'ukraine', subjectRole: 'place', date: '2025-11-19', ...fields });

describe('groupReports', () => {
	it('keeps two articles giving one number for one quantity together, and two numbers as conflicting reports', () => {
		const same = groupReports([killed({ value: 25 }), killed({ article: 'a2', value: 25 })]);
		expect(same.map((group) => [group.figures.length, group.conflict])).toEqual([[2, false]]);
		const differ = groupReports([killed({ value: 25 }), killed({ article: 'a2', value: 26 })]);
		expect(differ.map((group) => [group.low, group.high, group.conflict])).toEqual([[25, 26, true]]);
	});

	it('does not call a national toll and its per-city breakdown from one article conflicting reports', () => {
		const groups = groupReports([
			killed({ value: 25, place: 'ukraine' }),
			killed({ value: 19, place: 'ternopil' }),
			killed({ value: 6, place: 'kharkiv' }),
			// The same article again, without a place: a part it did not name as one, not a second report.
			killed({ value: 19 }),
			killed({ value: 25 }),
		]);
		expect(groups.some((group) => group.conflict)).toBe(false);
	});

	it('does not call a day’s count and the total so far conflicting reports', () => {
		const groups = groupReports([
			killed({ value: 4 }),
			killed({ article: 'a2', value: 11000, span: 'cumulative', spanCue: 'since February 2022' }),
		]);
		expect(groups.map((group) => group.conflict)).toEqual([false, false]);
	});
});

describe('rangeEnds', () => {
	it('draws one end per reported value, its first report', () => {
		const group = reportGroup([killed({ value: 26, article: 'b' }), killed({ value: 25 }), killed({ value: 26 })]);
		expect(rangeEnds(group).map((end) => [end.value, end.article])).toEqual([
			[25, 'a1'],
			[26, 'a1'],
		]);
	});

	it('keeps the lowest, the highest and evenly spaced values between when hundreds of articles differ', () => {
		const group = reportGroup(
			Array.from({ length: 300 }, (_, index) => killed({ value: index, article: `x${index}` })),
		);
		const ends = rangeEnds(group).map((end) => end.value);
		expect(ends).toHaveLength(MAX_RANGE_ENDS);
		expect([ends[0], ends.at(-1)]).toEqual([0, 299]);
		expect(ends).toEqual([...ends].sort((a, b) => a - b));
	});
});
