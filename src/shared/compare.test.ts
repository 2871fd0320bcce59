import { describe, expect, it } from 'vitest';
import { byString, compareByPublished, compareSentences } from './compare.ts';

describe('byString', () => {
	it('orders by code unit, capitals before small letters, whatever the locale', () => {
		expect(['b', 'a', 'B', 'ä'].sort(byString)).toEqual(['B', 'a', 'b', 'ä']);
	});
});

describe('compareByPublished', () => {
	it('orders by date, then id, with undated articles last', () => {
		const articles = [
			{ id: 'z', published: null },
			{ id: 'c', published: '2025-11' },
			{ id: 'b', published: '2025-11-22' },
			{ id: 'a', published: '2025-11-22' },
		];
		expect([...articles].sort(compareByPublished).map((article) => article.id)).toEqual(['c', 'a', 'b', 'z']);
	});
});

describe('compareSentences', () => {
	it('puts sentence anchors in document order, other ids last', () => {
		expect(['s-10', 'x-1', 's-2', 's-1'].sort(compareSentences)).toEqual(['s-1', 's-2', 's-10', 'x-1']);
	});
});
