/** The date a briefing is current to: the latest article's publication date, at its precision. */

import { formatPublishedAsOf } from '../format/published.ts';
import type { ArticleRecord, DatePrecision } from '../schemas/index.ts';
import type { AsOf } from './model.ts';

interface Dated {
	iso: string;
	precision: DatePrecision;
	/** The date as the article's evidence supports it: "27 November 2025 or later", "22–26 November 2025". */
	text: string;
}

/** The precision an ISO date string holds when the record does not say. */
function precisionOf(iso: string): DatePrecision {
	return iso.length === 10 ? 'day' : iso.length === 7 ? 'month' : 'year';
}

/** `periodEnd` of each date met so far: sorts call it in their comparators, and a corpus has few distinct dates. */
const ends = new Map<string, string>();

/** Last day a partial date can mean, as `YYYY-MM-DD` ("2025-02" → "2025-02-28"). */
export function periodEnd(iso: string): string {
	const known = ends.get(iso);
	if (known !== undefined) return known;
	const [year, month, day] = iso.split('-').map(Number) as [number, number | undefined, number | undefined];
	const end = day !== undefined ? iso : new Date(Date.UTC(year, month ?? 12, 0)).toISOString().slice(0, 10);
	ends.set(iso, end);
	return end;
}

function datedArticles(articles: ArticleRecord[]): Dated[] {
	return articles
		.filter((article) => article.published !== null)
		.map((article) => ({
			iso: article.published!,
			precision: article.publishedPrecision ?? precisionOf(article.published!),
			text: formatPublishedAsOf(article),
		}));
}

const finer: Record<DatePrecision, number> = { day: 0, month: 1, year: 2 };

/**
 * The latest publication date among the articles. "Latest" compares the last day each date can
 * mean, so a month-precise "December 2025" outranks "8 December 2025": the month article may be
 * later, and claiming the day would invent precision. Equal ends prefer the finer date.
 */
export function latestPublished(articles: ArticleRecord[]): Dated | null {
	let best: Dated | null = null;
	for (const candidate of datedArticles(articles)) {
		if (!best) {
			best = candidate;
			continue;
		}
		const order = periodEnd(candidate.iso).localeCompare(periodEnd(best.iso));
		if (order > 0 || (order === 0 && finer[candidate.precision] < finer[best.precision])) best = candidate;
	}
	return best;
}

/** The earliest publication date among the articles, compared by the first day each can mean. */
export function earliestPublished(articles: ArticleRecord[]): Dated | null {
	let best: Dated | null = null;
	for (const candidate of datedArticles(articles)) {
		const order = best ? candidate.iso.localeCompare(best.iso) : -1;
		if (order < 0 || (order === 0 && best && finer[candidate.precision] < finer[best.precision])) best = candidate;
	}
	return best;
}

/**
 * "as of 8 December 2025" ("as of December 2025" when month-precise, "as of 27 November 2025 or later" when the
 * evidence bounds it only from below); null when no article is dated.
 */
export function briefingAsOf(articles: ArticleRecord[]): AsOf | null {
	const latest = latestPublished(articles);
	return latest ? { iso: latest.iso, precision: latest.precision, label: `as of ${latest.text}` } : null;
}
