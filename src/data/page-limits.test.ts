import { describe, expect, it } from 'vitest';
import { pageCount, pageItems } from './page-limits.ts';

describe('pageCount', () => {
	it('rounds a partly filled last page up', () => {
		expect(pageCount(101, 50)).toBe(3);
		expect(pageCount(100, 50)).toBe(2);
	});

	it('gives an empty list one page', () => {
		expect(pageCount(0, 50)).toBe(1);
	});
});

describe('pageItems', () => {
	it('returns the items of one page, the last page holding the remainder', () => {
		const items = [1, 2, 3, 4, 5];
		expect(pageItems(items, 1, 2)).toEqual([1, 2]);
		expect(pageItems(items, 3, 2)).toEqual([5]);
		expect(pageItems(items, 4, 2)).toEqual([]);
	});
});
