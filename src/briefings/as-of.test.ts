import { describe, expect, it } from 'vitest';
import { briefingAsOf, earliestPublished, latestPublished, periodEnd } from './as-of.ts';
import { makeArticle } from './fixtures.ts';

const dated = (id: string, published: string | null, precision: 'day' | 'month' | 'year' | null) =>
	makeArticle({ id, published, publishedPrecision: precision });

describe('periodEnd', () => {
	it('keeps a day and ends a month or a year on its last day', () => {
		expect(periodEnd('2025-12-08')).toBe('2025-12-08');
		expect(periodEnd('2024-02')).toBe('2024-02-29');
		expect(periodEnd('2025')).toBe('2025-12-31');
	});
});

describe('briefingAsOf', () => {
	it('says "as of 8 December 2025" for the latest day-precise article', () => {
		const asOf = briefingAsOf([
			dated('a', '2025-11-22', 'day'),
			dated('b', '2025-12-08', 'day'),
			dated('c', null, null),
		]);
		expect(asOf).toEqual({ iso: '2025-12-08', precision: 'day', label: 'as of 8 December 2025' });
	});
	it('says "as of December 2025" when the latest is month-precise, never inventing a day', () => {
		expect(briefingAsOf([dated('a', '2025-12-08', 'day'), dated('b', '2025-12', 'month')])?.label).toBe(
			'as of December 2025',
		);
	});
	it('says what the evidence supports: "or later" for a lower bound, a span for a range', () => {
		const bounded = makeArticle({
			id: 'a',
			published: '2026-03-03',
			publishedPrecision: 'day',
			publishedQualifier: 'on_or_after',
		});
		expect(briefingAsOf([bounded])?.label).toBe('as of 3 March 2026 or later');
		const week = makeArticle({
			id: 'b',
			published: '2026-03-03',
			publishedPrecision: 'day',
			publishedLatest: '2026-03-06',
		});
		expect(briefingAsOf([week])?.label).toBe('as of 3–6 March 2026');
	});
	it('prefers the day when a day and a month end together', () => {
		expect(latestPublished([dated('a', '2025-12', 'month'), dated('b', '2025-12-31', 'day')])?.iso).toBe('2025-12-31');
	});
	it('returns null when no article is dated', () => {
		expect(briefingAsOf([dated('a', null, null)])).toBeNull();
	});
});

describe('earliestPublished', () => {
	it('finds the first date by the first day it can mean', () => {
		expect(
			earliestPublished([
				dated('a', '2025-11-22', 'day'),
				dated('b', '2025-11', 'month'),
				dated('c', '2025-12-01', 'day'),
			]),
		).toEqual({ iso: '2025-11', precision: 'month', text: 'November 2025' });
	});
});
