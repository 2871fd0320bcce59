/**
 * Where the site is served from. Both the content pipeline (which writes URLs into the open data
 * and the article pages) and `astro.config.mjs` read these, so every link agrees.
 *
 * - `SITE_URL`: the public origin, e.g. `https://example.org` (canonical URLs, citations, sitemap, RSS).
 *   Unset, the site names no origin at all: no made-up domain ever reaches a page.
 * - `BASE_PATH`: the sub-path the site lives under, e.g. `/frontline-brief` (default `/`).
 */

/** Normalises a base path to `/` or `/segment/…/` (leading and trailing slash). */
export function normalizeBase(value: string | undefined): string {
	const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
	return trimmed ? `/${trimmed}/` : '/';
}

/** The public origin without a trailing slash, or undefined when none is given. */
export function normalizeSite(value: string | undefined): string | undefined {
	return value?.trim().replace(/\/+$/, '') || undefined;
}

export const SITE_TITLE = 'Frontline Brief';
export const SITE_DESCRIPTION =
	'Sourced explainers, a timeline and charts built from news reporting on the Russia–Ukraine war and the 2025 peace talks.';

/** Base path from the environment, read once. */
export const base = normalizeBase(process.env.BASE_PATH);
/** Site origin from the environment, read once; undefined without SITE_URL. */
export const site = normalizeSite(process.env.SITE_URL);

/**
 * The "For editors" panel under each article (its seed file, the sidecar that corrects it, its
 * warnings) shows in `npm run dev`; a production build leaves it out unless EDITOR_PANELS=1.
 */
export const EDITOR_PANELS_REQUESTED = process.env.EDITOR_PANELS === '1';

/** What a build without SITE_URL leaves out, said once when it starts. */
export const NO_SITE_URL_NOTICE =
	'SITE_URL is not set, so no page names a domain: no canonical links, citations give the path alone, ' +
	'and no sitemap or RSS feed is written. Set SITE_URL=https://… for the build you publish.';

/** The address readers should use for a site path: absolute with SITE_URL, else the path itself. */
export function publicUrl(path: string, origin: string | undefined = site): string {
	return origin ? new URL(path, `${origin}/`).href : path;
}

/** Site-relative URL builders: the only place page paths are spelled. */
export const paths = {
	home: () => base,
	article: (slug: string) => `${base}articles/${slug}/`,
	entity: (id: string) => `${base}entities/${id}/`,
	topic: (id: string) => `${base}topics/${id}/`,
	topicBriefing: (id: string) => `${base}briefings/${id}/`,
	situationBriefing: () => `${base}briefings/situation/`,
	timeline: () => `${base}timeline/`,
	/** The timeline page of a month (`YYYY-MM`), or of a year (`YYYY`: its months and its events dated only to the year). */
	timelinePeriod: (period: string) => `${base}timeline/${period.replace('-', '/')}/`,
	/** A topic's timeline, newest events first; pages after the first hold older events. */
	timelineTopic: (id: string, page = 1) => `${base}timeline/topics/${id}/${page > 1 ? `${page}/` : ''}`,
	/** Every article of a topic, titles and dates. */
	topicArticles: (id: string) => `${base}topics/${id}/articles/`,
	/** Every article that mentions an entity, titles and dates. */
	entityMentions: (id: string) => `${base}entities/${id}/mentions/`,
	charts: () => `${base}charts/`,
	/** The map, or one of its pre-rendered filters: a kind (`strikes`) or a month (`2025-11`). */
	map: (filter?: string) => `${base}map/${filter ? `${filter}/` : ''}`,
	search: () => `${base}search/`,
	/** The editors' ingest report (every article's warnings); pages after the first hold later seed files. */
	ingestReport: (page = 1) => `${base}editors/${page > 1 ? `${page}/` : ''}`,
	data: (file = '') => `${base}data/${file}`,
};
