import { describe, expect, it } from 'vitest';
import { formatPublished, formatPublishedShort } from './published.ts';

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
	it('says the date is unknown when it is', () => {
		expect(formatPublished({ published: null, publishedPrecision: null, publishedQualifier: null })).toBe(
			'Date unknown',
		);
	});
});
