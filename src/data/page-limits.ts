/**
 * How much of a long list one page shows before it links to the rest, so every page stays light at
 * any corpus size: the full lists are on archive pages (a topic's articles, an entity's articles,
 * the timeline by month) and in the open data.
 */
export const PAGE_LIMITS = {
	/** Articles with their summaries on a topic page; the topic's article list has every one. */
	topicArticles: 20,
	/** Articles whose mentions an entity page quotes; the entity's article list has every one. */
	entityArticles: 10,
	/** Mentions an entity page quotes from each of those articles; the article has them all. */
	mentionsPerArticle: 3,
	/** Latest events on an entity page; the timeline has every one. */
	entityEvents: 10,
	/** Latest quotes on a person's page; every quote is on its article's page and in quotes.json. */
	entityQuotes: 10,
	/** Latest events on the timeline page; the month pages have every one. */
	timelineEvents: 30,
	/** Events on each page of a topic's timeline. */
	topicTimelineEvents: 50,
	/** Articles in the RSS feed. */
	feedItems: 50,
	/** Articles with their summaries on each page of the list of all articles. */
	articlesPerPage: 50,
	/** Articles (titles and dates) on each page of a topic's or an entity's full list. */
	titlesPerPage: 200,
	/** Events on each page of a month (or of a year's events dated only to the year). */
	periodEvents: 50,
	/** People, places or organisations on each page of their A–Z index. */
	entitiesPerPage: 200,
	/** Sources listed under an event outside its month page, which lists them all. */
	eventSources: 3,
	/** Rows of marks (attacks, loss rows) a chart draws on a topic page or in a briefing; the charts page draws more. */
	embeddedChartMarks: 5,
	/** Rows of a chart's data table on a topic page or in a briefing; the charts page and the CSV have more. */
	embeddedChartRows: 10,
	/** Articles on each page of the editors' ingest report. */
	ingestReportArticles: 100,
} as const;

/** How many pages of `size` items hold `total` items (at least one, so an empty list still has its page). */
export function pageCount(total: number, size: number): number {
	return Math.max(1, Math.ceil(total / size));
}

/** The items of page `page` (1 is the first) of pages of `size` items. */
export function pageItems<T>(items: readonly T[], page: number, size: number): T[] {
	return items.slice((page - 1) * size, page * size);
}
