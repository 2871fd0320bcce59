/** Starlight route middleware: swaps in the data-built sidebar and date-ordered article pagination, and makes the `<title>` safe. */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { loadCorpus } from './data/corpus.ts';
import { safeHead } from './format/page-head.ts';
import { articlePagination, buildSidebar } from './navigation/sidebar.ts';

export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	route.head = safeHead(route.head, { title: route.entry.data.title, siteTitle: route.siteTitle });
	const corpus = await loadCorpus();
	route.sidebar = buildSidebar(corpus, context.url.pathname);
	route.pagination = articlePagination(corpus, context.url.pathname);
});
