/** An article's publication date as the evidence supports it: "27 November 2025", or "on or after 27 November 2025". */
import type { ArticleRecord } from '../schemas/index.ts';
import { formatDate, formatDateShort } from './date.ts';

type Published = Pick<ArticleRecord, 'published' | 'publishedPrecision' | 'publishedQualifier'>;

/** "on or after 27 November 2025" when the text bounds the date only from below; else the date at its precision. */
export function formatPublished(article: Published): string {
	const date = formatDate(article.published, article.publishedPrecision);
	return article.published && article.publishedQualifier === 'on_or_after' ? `on or after ${date}` : date;
}

/** The compact form for tables and lists: "on or after 27 Nov 2025", "Nov 2025". */
export function formatPublishedShort(article: Published): string {
	const date = formatDateShort(article.published, article.publishedPrecision);
	return article.published && article.publishedQualifier === 'on_or_after' ? `on or after ${date}` : date;
}
