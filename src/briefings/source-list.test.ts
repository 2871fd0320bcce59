import { describe, expect, it } from 'vitest';
import { makeArticle } from './fixtures.ts';
import { createSourceList } from './source-list.ts';

describe('createSourceList', () => {
	const first = makeArticle({ id: 'first' });
	const second = makeArticle({ id: 'second' });
	it('numbers articles in the order first cited and reuses the number', () => {
		const list = createSourceList();
		expect(list.cite(second, 's-3').source).toBe(1);
		expect(list.cite(first, null).source).toBe(2);
		expect(list.cite(second, 's-9').source).toBe(1);
		expect(list.sources().map((source) => [source.number, source.article.id])).toEqual([
			[1, 'second'],
			[2, 'first'],
		]);
	});
	it('remembers which sentences of each source were cited, once each', () => {
		const list = createSourceList();
		list.cite(first, 's-4');
		list.cite(first, null);
		list.cite(first, 's-2');
		list.cite(first, 's-4');
		expect(list.sources()[0]?.sentences).toEqual(['s-4', 's-2']);
	});
	it('links to the sentence anchor, or to the article when the sentence is unknown', () => {
		const list = createSourceList();
		expect(list.cite(first, 's-4').href).toBe('/articles/first/#s-4');
		expect(list.cite(first, null).href).toBe('/articles/first/');
	});
});
