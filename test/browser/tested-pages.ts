/** The pages the browser suites visit: one of each kind, chosen from the built site's open data. */
import { BASE, fileFor, seedSentences, siteData } from './site.ts';

/** A page to visit; `missing` says why it is skipped when a page still being written is not built. */
export interface TestedPage {
	name: string;
	path: string;
	/** Set when a page that may not exist yet (charts, briefing) is not in the build: the reason to print. */
	missing: string | null;
}

/** The article about the Florida talks and the strike that cut power to the Zaporizhzhia plant. */
export function floridaArticle(data = siteData()) {
	const article = data.articles.find((candidate) => {
		const text = seedSentences(candidate).join(' ');
		return text.includes('Florida') && text.includes('Zaporizhzhia nuclear plant');
	});
	if (!article)
		throw new Error(
			'no article mentions both the Florida talks and the Zaporizhzhia nuclear plant; ' +
				'the seeds changed, so update the search test',
		);
	return article;
}

/** Home, an article, a topic, an entity, the timeline, the charts, the map, the situation briefing and the positions pages. */
export function testedPages(data = siteData()): TestedPage[] {
	const article = floridaArticle(data);
	const topic = data.topics.find((candidate) => candidate.id === article.topics[0]) ?? data.topics[0]!;
	const entity =
		data.entities.find((candidate) => candidate.id === 'volodymyr-zelenskyy') ??
		data.entities.find((candidate) => candidate.id === article.entities[0])!;
	const pages = [
		{ name: 'home', path: BASE },
		{ name: 'article', path: article.url },
		{ name: 'topic', path: topic.url },
		{ name: 'entity', path: entity.url },
		{ name: 'timeline', path: `${BASE}timeline/` },
		{ name: 'charts', path: `${BASE}charts/`, owner: 'the charts page' },
		{ name: 'map', path: `${BASE}map/` },
		{ name: 'briefing', path: `${BASE}briefings/situation/`, owner: 'the situation briefing' },
		{ name: 'positions', path: `${BASE}positions/` },
		{ name: 'question', path: `${BASE}positions/territory/` },
	];
	return pages.map(({ name, path, owner }) => ({
		name,
		path,
		// Required pages are never skipped: a missing one fails its test with a 404.
		missing: owner && !fileFor(path) ? `${path} is not in the build: ${owner} has not been written yet` : null,
	}));
}
