import { describe, expect, it } from 'vitest';
import { formatPublished, formatPublishedAsOf, formatPublishedShort } from './published.ts';

describe('formatPublished', () => {
	it('says "on or after" when the text bounds the date only from below', () => {
		const article = { published: '2025-11-27', publishedPrecision: 'day', publishedQualifier: 'on_or_after' } as const;
		expect(formatPublished(article)).toBe('on or after 27 November 2025');
		expect(formatPublishedShort(article)).toBe('on or after 27 Nov 2025');
	});
	it('gives a known day as the day', () => {
		expect(formatPublished({ published: '2025-11-22', publishedPrecision: 'day', publishedQualifier: null })).toBe(
			'22 November 2025',
		);
	});
	it('gives the range the evidence allows when it allows several days or months', () => {
		const week = { published: '2026-03-03', publishedPrecision: 'day', publishedQualifier: null } as const;
		expect(formatPublished({ ...week, publishedLatest: '2026-03-06' })).toBe('between 3 and 6 March 2026');
		expect(formatPublishedShort({ ...week, publishedLatest: '2026-03-06' })).toBe('3–6 Mar 2026');
		expect(formatPublished({ ...week, published: '2026-02-27', publishedLatest: '2026-03-02' })).toBe(
			'between 27 February and 2 March 2026',
		);
		const spring = { published: '2026-03', publishedPrecision: 'month', publishedQualifier: null } as const;
		expect(formatPublished({ ...spring, publishedLatest: '2026-04' })).toBe('March or April 2026');
		expect(formatPublished({ ...spring, publishedLatest: '2026-05' })).toBe('between March and May 2026');
		expect(formatPublishedShort({ ...spring, publishedLatest: '2026-04' })).toBe('Mar–Apr 2026');
		expect(formatPublished({ ...spring, publishedLatest: null })).toBe('March 2026');
		expect(formatPublished({ ...spring, publishedLatest: '2027-01' })).toBe('between March 2026 and January 2027');
	});
	it('writes the date a page is current to as a point or a span, never as a day the evidence does not give', () => {
		const week = { published: '2026-03-03', publishedPrecision: 'day', publishedQualifier: null } as const;
		expect(formatPublishedAsOf({ ...week, publishedLatest: '2026-03-06' })).toBe('3–6 March 2026');
		expect(formatPublishedAsOf({ ...week, publishedQualifier: 'on_or_after' })).toBe('3 March 2026 or later');
		expect(formatPublishedAsOf({ ...week, publishedLatest: null })).toBe('3 March 2026');
		const spring = { published: '2026-03', publishedPrecision: 'month', publishedQualifier: null } as const;
		expect(formatPublishedAsOf({ ...spring, publishedLatest: '2026-04' })).toBe('March–April 2026');
	});
	it('says the date is unknown when it is', () => {
		expect(formatPublished({ published: null, publishedPrecision: null, publishedQualifier: null })).toBe(
			'Date unknown',
		);
	});
});
