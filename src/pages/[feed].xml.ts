<<<<<<< HEAD:src/pages/[feed].xml.ts
/** RSS feed of the articles, newest first, at `rss.xml`. */
=======
/** RSS feed of the newest articles, newest first (a feed carries the latest, not the archive). */
>>>>>>> 6cb7559 (Long lists in pages of fixed size with Starlight's previous/next links and a short run of page numbers: all articles, an entity's and a topic's article lists, months and years of the timeline, the A–Z indexes; cache keys on the generated routes; topic charts draw the topic's figures; the timeline filter offers the page's own entities; RSS carries the newest 50; briefing PDFs reprinted only when their page changed):src/pages/rss.xml.ts
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { paths, publicUrl, SITE_DESCRIPTION, SITE_TITLE, site } from '../config/site.ts';
import { loadCorpus } from '../data/corpus.ts';
import { PAGE_LIMITS } from '../data/page-limits.ts';

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
<<<<<<< HEAD:src/pages/[feed].xml.ts
		site: publicUrl(paths.home()),
		items: corpus.newestArticles.map((article) => ({
=======
		site: new URL(paths.home(), context.site ?? context.url.origin).href,
		items: corpus.newestArticles.slice(0, PAGE_LIMITS.feedItems).map((article) => ({
>>>>>>> 6cb7559 (Long lists in pages of fixed size with Starlight's previous/next links and a short run of page numbers: all articles, an entity's and a topic's article lists, months and years of the timeline, the A–Z indexes; cache keys on the generated routes; topic charts draw the topic's figures; the timeline filter offers the page's own entities; RSS carries the newest 50; briefing PDFs reprinted only when their page changed):src/pages/rss.xml.ts
			title: article.title,
			link: article.url,
			description: article.summary,
			...(article.published
				? { pubDate: new Date(`${article.published.padEnd(7, '-01').padEnd(10, '-01')}T12:00:00Z`) }
				: {}),
			categories: article.topics.map((id) => corpus.topic.get(id)?.name ?? id),
		})),
		customData: '<language>en</language>',
	});
};
