/**
 * Cache keys of the generated pages, for Astro's incremental build (`experimental.incrementalBuild`):
 * a page whose key and code are the same as in the last build is not rendered again; its earlier
 * output is kept. A key is a digest of everything the page shows, so it changes exactly when the
 * page would (see "What invalidates what" in the README):
 *
 * - every page: the build's settings that pages show (SITE_URL, BASE_PATH, EDITOR_PANELS), the
 *   navigation (the sidebar's items), the topic names and the timeline's topic links, and the site's client
 *   scripts (`client-scripts.ts`: the script chunks a page names change with them);
 * - an article page: its record and text, its events, figures and quotes, the names and addresses
 *   of everything it links (entities, topics, related, previous and next articles, event sources);
 * - a page drawn from a set of articles (an entity, a month of the timeline, a topic, a list page):
 *   those articles' records, text digests and linked names, and the records it lists;
 * - a page about the whole corpus (home, charts, timeline, situation briefing): the corpus digest.
 *
 * A component that starts to show something new must add it to its page's key here, or a rebuild
 * would keep the old page. Keys are made once per build per page, from the loaded corpus.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { base, EDITOR_PANELS_REQUESTED, site } from '../config/site.ts';
import { buildSidebar } from '../navigation/sidebar.ts';
import type { ArticleRecord, EntityRecord, EventRecord, TopicRecord } from '../schemas/index.ts';
import { getOrCreate } from '../shared/get-or-create.ts';
import { clientScriptsDigest } from './client-scripts.ts';
import type { Corpus } from './corpus.ts';
import { relatedArticles } from './related.ts';
import { timelineTopics } from './timeline-filters.ts';

/** Bumped when what keys cover changes, so no page keeps an output made under the old rules. */
const KEY_VERSION = 2;

/** A short digest of a JSON value. */
export function digestOf(value: unknown): string {
	return createHash('sha1').update(JSON.stringify(value)).digest('base64url');
}

/** What a page shows of an article it links to. */
export const articleRef = (article: ArticleRecord | undefined) =>
	article && [article.id, article.title, article.url, article.published, article.publishedPrecision];

/** What a page shows of an entity it links to. */
export const entityRef = (entity: EntityRecord | undefined) =>
	entity && [entity.id, entity.name, entity.type, entity.url];

interface Shared {
	/** The navigation every page carries, the topic names every page may show and the timeline's topic links. */
	site: string;
	/** The whole corpus: pages about all of it. */
	corpus: string;
}

const shared = new WeakMap<Corpus, Shared>();

/** The digests every page's key starts from, made once per corpus. */
function sharedDigests(corpus: Corpus): Shared {
	let found = shared.get(corpus);
	if (!found) {
		// The sidebar as any page sees it, without a current page (each page adds its own link, from its own data).
		const navigation = buildSidebar(corpus, '\u0000');
		const siteDigest = digestOf({
			v: KEY_VERSION,
			// Citations and canonical links name SITE_URL, every link has the base path, and the editors' panel shows with
			// EDITOR_PANELS=1: none of these is in a page's code, so a build that changes one renders every page again.
			settings: { site: site ?? null, base, editorPanels: EDITOR_PANELS_REQUESTED },
			navigation,
			// The page names the script chunks of this build; a script changed on any page may rename them.
			scripts: clientScriptsDigest(join(process.cwd(), 'src')),
			topics: corpus.topics.map((topic) => [topic.id, topic.name, topic.url]),
			timelineTopics: timelineTopics(corpus).map((topic) => topic.id),
		});
		found = {
			site: siteDigest,
			corpus: digestOf({
				site: siteDigest,
				articles: corpus.articles,
				entities: corpus.entities,
				topics: corpus.topics,
				events: corpus.events,
				figures: corpus.figures,
				quotes: corpus.quotes,
			}),
		};
		shared.set(corpus, found);
	}
	return found;
}

/** The key of a page about the whole corpus (home, charts, timeline, the situation briefing). */
export function corpusPageKey(corpus: Corpus, page: string): string {
	return digestOf([sharedDigests(corpus).corpus, page]);
}

/** Each event's digest (`eventDetails`), by id, made once per corpus. */
const eventDigests = new WeakMap<Corpus, Map<string, string>>();

/**
 * The events' own records and what their lists show about them besides: source articles, charted days, entities; as
 * one digest per event, made once: an event merged from many reports is on each of their pages, and spelling its
 * sources out in every one of their keys made each key grow with the corpus.
 */
function eventDetails(corpus: Corpus, events: readonly EventRecord[]): string[] {
	const digests = getOrCreate(eventDigests, corpus, () => new Map<string, string>());
	return events.map((event) =>
		getOrCreate(digests, event.id, () =>
			digestOf([
				event,
				corpus.figureDays.has(event.date),
				event.sources.map((source) => articleRef(corpus.article.get(source.article))),
				event.entities.map((id) => entityRef(corpus.entity.get(id))),
			]),
		),
	);
}

/** The key of an article's page: `body` is the digest of its generated MDX page. */
export function articlePageKey(corpus: Corpus, article: ArticleRecord, body: string): string {
	const index = corpus.articleIndexByUrl.get(article.url) ?? -1;
	const figures = corpus.figuresByArticle.get(article.id) ?? [];
	const quotes = corpus.quotesByArticle.get(article.id) ?? [];
	const linked = new Set<string>([
		...article.entities,
		...quotes.flatMap((quote) => (quote.speaker ? [quote.speaker] : [])),
		...figures.flatMap((figure) => [figure.subject, figure.claimedBy].filter((id): id is string => id !== null)),
	]);
	return digestOf({
		site: sharedDigests(corpus).site,
		article,
		body,
		events: eventDetails(corpus, corpus.eventsByArticle.get(article.id) ?? []),
		figures,
		quotes,
		entities: [...linked].sort().map((id) => entityRef(corpus.entity.get(id)) ?? id),
		related: relatedArticles(article, corpus.articles).map(({ article: other }) => articleRef(other)),
		previous: articleRef(corpus.articles[index - 1]),
		next: articleRef(corpus.articles[index + 1]),
	});
}

/** Every article text digest, by id (the pipeline's per-article digest of what it extracted), made once per corpus. */
const articleDigests = new WeakMap<Corpus, Map<string, string>>();

function articleDigest(corpus: Corpus, id: string): string {
	let digests = articleDigests.get(corpus);
	if (!digests) {
		digests = new Map();
		articleDigests.set(corpus, digests);
	}
	let digest = digests.get(id);
	if (digest === undefined) {
		digest = digestOf([
			corpus.article.get(id),
			corpus.eventsByArticle.get(id) ?? [],
			corpus.figuresByArticle.get(id) ?? [],
			corpus.quotesByArticle.get(id) ?? [],
		]);
		digests.set(id, digest);
	}
	return digest;
}

/** The articles a topic's pages draw on: the topic's own, and those reporting the topic's events. */
export function topicSources(corpus: Corpus, topic: TopicRecord): string[] {
	const events = corpus.eventsByTopic.get(topic.id) ?? [];
	// Its key figures may come from an article filed under another topic (a figure of one of its metrics).
	const figures = new Set(topic.figures);
	const figureArticles = corpus.figures.filter((figure) => figures.has(figure.id)).map((figure) => figure.article);
	return [
		...new Set([
			...topic.articles,
			...events.flatMap((event) => event.sources.map((source) => source.article)),
			...figureArticles,
		]),
	];
}

/**
 * The key of a page drawn from a set of articles (`articles`), listing `shown` (any records or
 * values the page prints besides, such as its page number or the entity it is about).
 */
export function articleSetPageKey(corpus: Corpus, articles: readonly string[], shown: unknown): string {
	const entities = new Set<string>();
	for (const id of articles) for (const entity of corpus.article.get(id)?.entities ?? []) entities.add(entity);
	return digestOf({
		site: sharedDigests(corpus).site,
		articles: articles.map((id) => [id, articleDigest(corpus, id)]),
		entities: [...entities].sort().map((id) => entityRef(corpus.entity.get(id))),
		shown,
	});
}
