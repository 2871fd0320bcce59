import { getRssString } from '@astrojs/rss';
import { describe, expect, it } from 'vitest';
import { HOSTILE_STRINGS } from '../../test/hostile-strings.ts';
import { elementsOf, parseHtmlFragment, readFeed, textOf } from '../../test/markup-scan.ts';
import { rssItem } from './rss-item.ts';

/** The feed of one article, as an XML parser and then an HTML-rendering reader read its only item. */
async function readBack(text: string) {
	const article = { title: text, url: '/articles/x/', summary: text, published: '2025-12-03', topics: ['air-war'] };
	const xml = await getRssString({
		title: 'Frontline Brief',
		description: 'Feed',
		site: 'https://frontline-brief.example.org/',
		items: [rssItem(article, () => text)],
	});
	const [item] = readFeed(xml);
	const description = parseHtmlFragment(item!.description);
	return { item: item!, descriptionElements: [...elementsOf(description)], descriptionText: textOf(description) };
}

describe('rssItem', () => {
	it.each(HOSTILE_STRINGS)('gives %j back as the plain-text title and category', async (text) => {
		const { item } = await readBack(text);
		expect(item.title).toBe(text);
		expect(item.categories).toEqual([text]);
		expect(item.link).toBe('https://frontline-brief.example.org/articles/x/');
	});

	it.each(HOSTILE_STRINGS)('gives %j back as the text of the description a reader renders as HTML', async (text) => {
		const { descriptionElements, descriptionText } = await readBack(text);
		expect(descriptionElements).toEqual([]);
		expect(descriptionText).toBe(text);
	});

	it('dates an item at noon UTC of its day, or of the first day of its month', () => {
		const item = (published: string | null) =>
			rssItem({ title: 't', url: '/a/', summary: 's', published, topics: [] }, (id) => id);
		expect(item('2025-12-03').pubDate?.toISOString()).toBe('2025-12-03T12:00:00.000Z');
		expect(item('2025-11').pubDate?.toISOString()).toBe('2025-11-01T12:00:00.000Z');
		expect(item(null)).not.toHaveProperty('pubDate');
	});
});
