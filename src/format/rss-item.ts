/** An article as an item of the RSS feed (src/pages/[feed].xml.ts). */
import type { RSSFeedItem } from '@astrojs/rss';
import type { ArticleRecord } from '../schemas/index.ts';
import { escapeHtml } from './escape-html.ts';

/**
 * The feed item of an article: its headline as the plain-text title, its summary as the description, its topics as
 * categories. Readers render a description as HTML (RSS 2.0 allows entity-encoded HTML there), so the plain-text
 * summary is HTML-escaped first and a reader shows `<b>` as those characters; the XML writer escapes it once more.
 */
export function rssItem(
	article: Pick<ArticleRecord, 'title' | 'url' | 'summary' | 'published' | 'topics'>,
	topicName: (id: string) => string,
): RSSFeedItem {
	return {
		title: article.title,
		link: article.url,
		description: escapeHtml(article.summary),
		...(article.published
			? { pubDate: new Date(`${article.published.padEnd(7, '-01').padEnd(10, '-01')}T12:00:00Z`) }
			: {}),
		categories: article.topics.map(topicName),
	};
}
