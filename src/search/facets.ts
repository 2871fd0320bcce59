/**
 * What search can narrow by: each page's kind, topics, entities and month of publication as Pagefind
 * filters, and the date and topics its results show. Worked out once per corpus from the published
 * records, then looked up by page address.
 */
import { paths } from '../config/site.ts';
import type { Corpus } from '../data/corpus.ts';
import { formatPublished } from '../format/published.ts';

/** The page kinds search can filter by. */
export const PAGE_KINDS = ['article', 'topic', 'person', 'place', 'organisation', 'briefing', 'timeline'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** A page's filters (name → values) and the metadata shown with its result. */
export interface PageFacets {
	filters: Partial<Record<'kind' | 'topic' | 'entity' | 'month', string[]>>;
	meta: Partial<Record<'date' | 'topics', string>>;
}

/**
 * A filter value as Pagefind's search UI can show it. The UI writes values into the page as HTML, so a
 * name read from an article ("AT&T", or a hostile "<img …>") must not carry markup: angle brackets are
 * dropped and an ampersand becomes "and".
 */
export function filterValue(text: string): string {
	return text.replace(/[<>]/g, '').replace(/&/g, 'and').replace(/\s+/g, ' ').trim();
}

const ENTITY_KIND = { person: 'person', place: 'place', organization: 'organisation' } as const;
const cache = new WeakMap<Corpus, Map<string, PageFacets>>();
const normalise = (path: string) => (path.endsWith('/') ? path : `${path}/`);

/** Every page's facets by address, made on first use. */
function facetsByPath(corpus: Corpus): Map<string, PageFacets> {
	const found = cache.get(corpus);
	if (found) return found;
	const byPath = new Map<string, PageFacets>();
	const topicName = (id: string) => corpus.topic.get(id)?.name;
	const names = (ids: readonly string[], name: (id: string) => string | undefined) =>
		[
			...new Set(
				ids
					.map(name)
					.filter((value): value is string => Boolean(value))
					.map(filterValue),
			),
		].filter(Boolean);
	for (const article of corpus.articles) {
		const topics = names(article.topics, topicName);
		byPath.set(normalise(article.url), {
			filters: {
				kind: ['article'],
				topic: topics,
				entity: names(article.entities, (id) => corpus.entity.get(id)?.name),
				...(article.published && article.published.length >= 7 ? { month: [article.published.slice(0, 7)] } : {}),
			},
			meta: {
				date: formatPublished(article),
				...(topics.length ? { topics: topics.join(', ') } : {}),
			},
		});
	}
	for (const topic of corpus.topics) {
		const facets: PageFacets = { filters: { kind: ['topic'], topic: [filterValue(topic.name)] }, meta: {} };
		byPath.set(normalise(topic.url), facets);
		byPath.set(paths.topicArticles(topic.id), facets);
		byPath.set(paths.topicBriefing(topic.id), {
			filters: { kind: ['briefing'], topic: [filterValue(topic.name)] },
			meta: {},
		});
		byPath.set(paths.timelineTopic(topic.id), {
			filters: { kind: ['timeline'], topic: [filterValue(topic.name)] },
			meta: {},
		});
	}
	for (const entity of corpus.entities) {
		const facets: PageFacets = {
			filters: { kind: [ENTITY_KIND[entity.type]], entity: [filterValue(entity.name)] },
			meta: {},
		};
		byPath.set(normalise(entity.url), facets);
		byPath.set(paths.entityMentions(entity.id), facets);
	}
	byPath.set(paths.situationBriefing(), { filters: { kind: ['briefing'] }, meta: {} });
	cache.set(corpus, byPath);
	return byPath;
}

/** The facets of the page at `pathname`; a timeline page by its address; none for other pages. */
export function pageFacets(corpus: Corpus, pathname: string): PageFacets | null {
	const path = normalise(pathname);
	const found = facetsByPath(corpus).get(path);
	if (found) return found;
	if (path.startsWith(paths.timeline())) return { filters: { kind: ['timeline'] }, meta: {} };
	return null;
}

/** The `<meta>` elements that hand a page's facets to Pagefind (it reads them anywhere in the page). */
export function facetHeadTags(facets: PageFacets): { tag: 'meta'; attrs: Record<string, string> }[] {
	const tags: { tag: 'meta'; attrs: Record<string, string> }[] = [];
	for (const [name, values] of Object.entries(facets.filters))
		for (const value of values ?? [])
			tags.push({ tag: 'meta', attrs: { 'data-pagefind-filter': `${name}[content]`, content: value } });
	for (const [name, value] of Object.entries(facets.meta))
		if (value) tags.push({ tag: 'meta', attrs: { 'data-pagefind-meta': `${name}[content]`, content: value } });
	return tags;
}
