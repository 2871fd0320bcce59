import { describe, expect, it } from 'vitest';
import { countOf, nounFor } from './plural.ts';

describe('countOf', () => {
	it('puts the noun in the singular for one and the plural otherwise', () => {
		expect(countOf(1, 'article')).toBe('1 article');
		expect(countOf(0, 'article')).toBe('0 articles');
		expect(countOf(2, 'article')).toBe('2 articles');
	});
	it('groups thousands and takes an irregular plural', () => {
		expect(countOf(4250, 'event')).toBe('4,250 events');
		expect(countOf(3, 'series', 'series')).toBe('3 series');
		expect(countOf(1, 'source has', 'sources have')).toBe('1 source has');
	});
});

describe('nounFor', () => {
	it('gives the form alone, for sentences that put the number elsewhere', () => {
		expect(nounFor(1, 'row')).toBe('row');
		expect(nounFor(12, 'figure counts', 'figures count')).toBe('figures count');
	});
});
