/** RSS feed of the newest articles, newest first, at `rss.xml` (a feed carries the latest, not the archive). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { paths, publicUrl, SITE_DESCRIPTION, SITE_TITLE, site } from '../config/site.ts';
import { loadCorpus } from '../data/corpus.ts';
import { PAGE_LIMITS } from '../data/page-limits.ts';
import { rssItem } from '../format/rss-item.ts';

/** A feed names its items by absolute URL: without SITE_URL there is no domain to give, so no feed is written. */
export function getStaticPaths() {
	return site ? [{ params: { feed: 'rss' } }] : [];
}

export const GET: APIRoute = async () => {
	const corpus = await loadCorpus();
	return rss({
		title: SITE_TITLE,
		description: SITE_DESCRIPTION,
		// The channel links to the home page, base path included; item links are site-absolute paths.
		site: publicUrl(paths.home()),
		items: corpus.newestArticles
			.slice(0, PAGE_LIMITS.feedItems)
			.map((article) => rssItem(article, (id) => corpus.topic.get(id)?.name ?? id)),
		customData: '<language>en</language>',
	});
};
