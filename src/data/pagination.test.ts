import { describe, expect, it } from 'vitest';
import { listPageLinks, pageParam, pageWindow, paginate } from './pagination.ts';

describe('paginate', () => {
	it('splits a list into pages that say which items they hold', () => {
		const pages = paginate(['a', 'b', 'c', 'd', 'e'], 2);
		expect(pages.map((page) => page.items)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
		expect(pages[2]).toMatchObject({ page: 3, pages: 3, total: 5, from: 5, to: 5 });
	});
	it('gives an empty list one empty page', () => {
		expect(paginate([], 10)).toEqual([{ items: [], page: 1, pages: 1, total: 0, from: 0, to: 0 }]);
	});
});

describe('pageWindow', () => {
	it('lists every page of a short list', () => {
		expect(pageWindow(2, 4)).toEqual([1, 2, 3, 4]);
	});
	it('keeps the first, the last and the neighbours of the current page, with gaps', () => {
		expect(pageWindow(10, 200)).toEqual([1, null, 8, 9, 10, 11, 12, null, 200]);
		expect(pageWindow(1, 200)).toEqual([1, 2, 3, null, 200]);
	});
	it('stays the same length however many pages there are', () => {
		expect(pageWindow(5000, 10_000)).toHaveLength(pageWindow(50, 100).length);
	});
});

describe('listPageLinks', () => {
	const href = (page: number) => `/articles/${page > 1 ? `page/${page}/` : ''}`;
	const label = (page: number) => `Page ${page}`;
	it('links the pages before and after, and none past either end', () => {
		expect(listPageLinks(1, 3, href, label)).toEqual({
			prev: false,
			next: { link: '/articles/page/2/', label: 'Page 2' },
		});
		expect(listPageLinks(3, 3, href, label)).toEqual({
			prev: { link: '/articles/page/2/', label: 'Page 2' },
			next: false,
		});
	});
});

describe('pageParam', () => {
	it('gives the first page no parameter and later pages page/N', () => {
		expect(pageParam(1)).toBeUndefined();
		expect(pageParam(7)).toBe('page/7');
	});
});
