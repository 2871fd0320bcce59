/**
 * Where the site is served from. Both the content pipeline (which writes URLs into the open data
 * and the article pages) and `astro.config.mjs` read these, so every link agrees.
 *
 * - `SITE_URL`: the public origin, e.g. `https://example.org` (canonical URLs, citations, sitemap, RSS).
 *   Unset, the site names no origin at all: no made-up domain ever reaches a page.
 * - `BASE_PATH`: the sub-path the site lives under, e.g. `/frontline-brief` (default `/`).
 */
import { type PagePaths, pagePaths } from './page-paths.ts';

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
	'Sourced explainers, a timeline and charts built from news reporting on the Russia–Ukraine war and ' +
	'the 2025 peace talks.';

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

/** The URL builders of the site being built (BASE_PATH). */
export const paths = pagePaths(base);

export { type PagePaths, pagePaths };
