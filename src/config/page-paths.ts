/**
 * The site's page addresses for a base path. No environment is read here: the pipeline passes the
 * base it builds for, and `site.ts` makes the site's own from BASE_PATH.
 */

/** The folder of each A–Z index of entities. */
const ENTITY_INDEX_FOLDER = { person: 'people', place: 'places', organization: 'organisations' } as const;

/** Site-relative URL builders for a base path (`/` or `/x/`): the only place page paths are spelled. */
export function pagePaths(base: string) {
	return {
		home: () => base,
		article: (slug: string) => `${base}articles/${slug}/`,
		/** The list of all articles, newest first, a page at a time. */
		articles: (page = 1) => `${base}articles/${page > 1 ? `page/${page}/` : ''}`,
		entity: (id: string) => `${base}entities/${id}/`,
		topic: (id: string) => `${base}topics/${id}/`,
		topicBriefing: (id: string) => `${base}briefings/${id}/`,
		situationBriefing: () => `${base}briefings/situation/`,
		timeline: () => `${base}timeline/`,
		/**
		 * The timeline page of a month (`YYYY-MM`), or of a year (`YYYY`: its months and its events dated only to
		 * the year); a long month's (or year's) events continue on pages 2, 3…
		 */
		timelinePeriod: (period: string, page = 1) =>
			`${base}timeline/${period.replace('-', '/')}/${page > 1 ? `page/${page}/` : ''}`,
		/** A topic's timeline, newest events first; pages after the first hold older events. */
		timelineTopic: (id: string, page = 1) => `${base}timeline/topics/${id}/${page > 1 ? `${page}/` : ''}`,
		/** The articles on none of the topics (reporting on other subjects), titles and dates. */
		otherReporting: () => `${base}topics/other-reporting/`,
		/** Every article of a topic, titles and dates, a page at a time. */
		topicArticles: (id: string, page = 1) => `${base}topics/${id}/articles/${page > 1 ? `page/${page}/` : ''}`,
		/** Every article that mentions an entity, titles and dates, a page at a time. */
		entityMentions: (id: string, page = 1) => `${base}entities/${id}/mentions/${page > 1 ? `page/${page}/` : ''}`,
		/** The A–Z index of people, places or organisations, a page at a time. */
		entityIndex: (type: 'person' | 'place' | 'organization', page = 1) =>
			`${base}${ENTITY_INDEX_FOLDER[type]}/${page > 1 ? `page/${page}/` : ''}`,
		charts: () => `${base}charts/`,
		/** The map, or one of its pre-rendered filters: a kind (`strikes`) or a month (`2025-11`). */
		map: (filter?: string) => `${base}map/${filter ? `${filter}/` : ''}`,
		search: () => `${base}search/`,
		/** Where the parties stand: every tracked question by party. */
		positions: () => `${base}positions/`,
		/** One tracked question, every party's statements over time. */
		question: (id: string) => `${base}positions/${id}/`,
		/** The editors' ingest report (every article's warnings); pages after the first hold later seed files. */
		ingestReport: (page = 1) => `${base}editors/${page > 1 ? `${page}/` : ''}`,
		data: (file = '') => `${base}data/${file}`,
		/** Where the Data page documents an open data file's fields (`figures.json`). */
		dataFields: (file: string) => `${base}data/#${dataFileAnchor(file)}`,
	};
}

/** The id of an open data file's section on the Data page (`figures.json` → `figures-json`). */
export function dataFileAnchor(file: string): string {
	return file.replace('.', '-');
}

/** The id of a period's heading on the timeline page that lists its events (`month-2025-11`, `month-2025`). */
export function periodAnchor(period: string): string {
	return `month-${period}`;
}

/** The URL builders of one base path. */
export type PagePaths = ReturnType<typeof pagePaths>;
