/**
 * An article's publication date as the evidence supports it, everywhere a reader sees it: "27 November 2025", "on or
 * after 27 November 2025", "between 22 and 26 November 2025", "April or May 2025".
 */
import type { ArticleRecord } from '../schemas/index.ts';
import { formatDate } from './date.ts';

type Published = Pick<ArticleRecord, 'published' | 'publishedPrecision' | 'publishedQualifier'> &
	Partial<Pick<ArticleRecord, 'publishedLatest'>>;

/** How a range is written: in words, with a dash and full month names, or with a dash and short ones. */
type RangeStyle = 'words' | 'dash' | 'short';

/**
 * A range from `first` to `last` (ISO, same precision), writing the year or month once where both share it:
 * words "between 22 and 26 November 2025", "April or May 2025"; dash "22–26 November 2025"; short "22–26 Nov 2025".
 */
function formatRange(first: string, last: string, style: RangeStyle): string {
	const months = style === 'short' ? 'short' : 'long';
	const end = formatDate(last, null, months);
	const full = formatDate(first, null, months).split(' ');
	// Drop from the start what the end repeats: the year, then (for days) the month.
	const sameYear = first.slice(0, 4) === last.slice(0, 4);
	const sameMonth = first.length === 10 && first.slice(0, 7) === last.slice(0, 7);
	const start = (sameMonth ? full.slice(0, 1) : sameYear ? full.slice(0, -1) : full).join(' ');
	if (style !== 'words') return `${start}–${end}`;
	const adjacentMonths = first.length === 7 && sameYear && Number(last.slice(5, 7)) - Number(first.slice(5, 7)) === 1;
	return adjacentMonths ? `${start} or ${end}` : `between ${start} and ${end}`;
}

/** The range the evidence allows, or null when it gives one date. */
function range(article: Published): [string, string] | null {
	const latest = article.publishedLatest;
	if (!article.published || !latest) return null;
	return latest.length === article.published.length && latest > article.published ? [article.published, latest] : null;
}

function format(article: Published, style: RangeStyle, onOrAfter: (date: string) => string): string {
	const date = formatDate(article.published, article.publishedPrecision, style === 'short' ? 'short' : 'long');
	if (!article.published) return date;
	if (article.publishedQualifier === 'on_or_after') return onOrAfter(date);
	const span = range(article);
	return span ? formatRange(span[0], span[1], style) : date;
}

/** The date in words: "on or after 27 November 2025", "between 22 and 26 November 2025", "April or May 2025". */
export function formatPublished(article: Published): string {
	return format(article, 'words', (date) => `on or after ${date}`);
}

/** The compact form for tables and lists: "on or after 27 Nov 2025", "22–26 Nov 2025", "Apr–May 2025". */
export function formatPublishedShort(article: Published): string {
	return format(article, 'short', (date) => `on or after ${date}`);
}

/**
 * The date as a point a page is current to, for "as of …" and "from articles up to …": "27 November 2025 or later",
 * "22–26 November 2025", "April–May 2025".
 */
export function formatPublishedAsOf(article: Published): string {
	return format(article, 'dash', (date) => `${date} or later`);
}
