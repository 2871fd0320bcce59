/**
 * Starlight route middleware: swaps in the data-built sidebar and date-ordered article pagination, makes the
 * `<title>` safe, and gives Pagefind each page's search filters.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { loadCorpus } from './data/corpus.ts';
import { safeHead } from './format/page-head.ts';
import { articlePagination, buildSidebar } from './navigation/sidebar.ts';
import { facetHeadTags, pageFacets } from './search/facets.ts';

export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	// src/content/docs/404.md is marked draft only so that a production build leaves it out of the docs route, which
	// would claim /404 beside Starlight's 404 route (Astro warned of the clash); the 404 route draws it, without the
	// notice Starlight shows on drafts.
	if (route.entry.id === '404') route.entry = { ...route.entry, data: { ...route.entry.data, draft: false } };
	route.head = safeHead(route.head, { title: route.entry.data.title, siteTitle: route.siteTitle });
	const corpus = await loadCorpus();
	route.sidebar = buildSidebar(corpus, context.url.pathname);
	const pagination = articlePagination(corpus, context.url.pathname);
	// Other pages keep the links their front matter gives them (the pages of a long list).
	if (pagination.prev || pagination.next) route.pagination = pagination;
	// Search filters and result details, as <meta> elements Pagefind reads at build time.
	const facets = pageFacets(corpus, context.url.pathname);
	if (facets) route.head = [...route.head, ...facetHeadTags(facets)];
});
