/** RSS feed of the articles, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { paths, SITE_DESCRIPTION, SITE_TITLE } from '../config/site.ts';
import { loadCorpus } from '../data/corpus.ts';

export const GET: APIRoute = async (context) => {
	const corpus = await loadCorpus();
	return rss({
		title: SITE_TITLE,
		description: SITE_DESCRIPTION,
		// The channel links to the home page, base path included; item links are site-absolute paths.
		site: new URL(paths.home(), context.site ?? context.url.origin).href,
		items: corpus.newestArticles.map((article) => ({
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
