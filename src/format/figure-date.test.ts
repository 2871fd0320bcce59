import { describe, expect, it } from 'vitest';
import { figure } from '../charts/fixtures.ts';
import { formatDate } from './date.ts';
import { figureDateWords } from './figure-date.ts';
import { formatPublishedShort } from './published.ts';

describe('figureDateWords', () => {
	it('says "reported" for a date the text does not give (the article’s), never "to" the day of publication', () => {
		const fallen = figure({
			metric: 'generals_killed',
			value: 9,
			date: '2025-10-02',
			span: 'cumulative',
			spanCue: 'the fallen',
			dateSource: 'publication',
		});
		expect(figureDateWords(fallen)).toBe('reported 2 Oct 2025');
		expect(figureDateWords({ ...fallen, span: 'incident' })).toBe('reported 2 Oct 2025');
	});

	it('gives a figure dated by its article the article’s date as its evidence supports it, not one day of a range', () => {
		const count = figure({ metric: 'killed', value: 3, date: '2026-03-03', dateSource: 'publication' });
		const article = {
			published: '2026-03-03',
			publishedPrecision: 'day',
			publishedQualifier: null,
			publishedLatest: '2026-03-06',
		} as const;
		expect(figureDateWords(count, undefined, formatPublishedShort(article))).toBe('reported 3–6 Mar 2026');
		const later = { ...article, publishedQualifier: 'on_or_after', publishedLatest: null } as const;
		expect(figureDateWords(count, undefined, formatPublishedShort(later))).toBe('reported on or after 3 Mar 2026');
		// A date the sentence gives is the figure's own, whatever the article's.
		expect(figureDateWords({ ...count, dateSource: 'sentence' }, undefined, 'ignored')).toBe('3 Mar 2026');
	});

	it('says "to" for a total counted up to a date the text gives, and the date alone for one attack', () => {
		const total = figure({
			metric: 'officers_killed',
			value: 4100,
			date: '2025-09-30',
			span: 'cumulative',
			dateSource: 'sentence',
		});
		expect(figureDateWords(total)).toBe('to 30 Sep 2025');
		expect(figureDateWords({ ...total, span: 'incident' }, formatDate)).toBe('30 September 2025');
	});

	it('leaves an undated figure as the formatter words it', () => {
		expect(figureDateWords(figure({ metric: 'killed', value: 2 }))).toBe('Date unknown');
	});
});
