/**
 * The site navigation, built from the data instead of listing every page. Bare Starlight puts
 * every page in every page's sidebar, which costs thousands of DOM nodes at 1,000 articles; this
 * lists the sections with their most recent or most important items, and the index pages list all.
 * The sections are ordered once per corpus; each page only marks its own link.
 */
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { paths } from '../config/site.ts';
import type { Corpus } from '../data/corpus.ts';

type SidebarEntry = StarlightRouteData['sidebar'][number];
type SidebarLink = Extract<SidebarEntry, { type: 'link' }>;

/** How many items each section shows before its "All …" link. */
export const ITEMS_PER_SECTION = 3;

/** The sections and their index pages, in sidebar order. */
export const SECTION_INDEX = {
	topics: `${paths.home()}topics/`,
	articles: `${paths.home()}articles/`,
	people: `${paths.home()}people/`,
	places: `${paths.home()}places/`,
	organisations: `${paths.home()}organisations/`,
	briefings: `${paths.home()}briefings/`,
	about: `${paths.home()}about/`,
};

const normalise = (path: string) => (path.endsWith('/') ? path : `${path}/`);

function link(label: string, href: string, current: string): SidebarLink {
	return { type: 'link', label, href, isCurrent: normalise(href) === current, badge: undefined, attrs: {} };
}

function group(label: string, entries: SidebarLink[]): SidebarEntry {
	return { type: 'group', label, entries, collapsed: !entries.some((entry) => entry.isCurrent), badge: undefined };
}

/** A section's items as label and address: the top ones, and every one by address to find the current page. */
interface Section {
	top: { label: string; href: string }[];
	byHref: Map<string, { label: string; href: string }>;
}

function sectionOf<T>(items: readonly T[], label: (item: T) => string, href: (item: T) => string): Section {
	const all = items.map((item) => ({ label: label(item), href: href(item) }));
	return { top: all.slice(0, ITEMS_PER_SECTION), byHref: new Map(all.map((item) => [normalise(item.href), item])) };
}

const sectionsOf = new WeakMap<
	Corpus,
	Record<'topics' | 'articles' | 'people' | 'places' | 'organisations', Section>
>();

/** The ordered sections of a corpus, made on first use. */
function sections(corpus: Corpus) {
	let found = sectionsOf.get(corpus);
	if (!found) {
		const entities = (type: 'person' | 'place' | 'organization') =>
			sectionOf(
				corpus.entitiesByType.get(type) ?? [],
				(entity) => entity.name,
				(entity) => entity.url,
			);
		found = {
			topics: sectionOf(
				corpus.topicsBySize,
				(topic) => topic.name,
				(topic) => topic.url,
			),
			articles: sectionOf(
				corpus.newestArticles,
				(article) => article.title,
				(article) => article.url,
			),
			people: entities('person'),
			places: entities('place'),
			organisations: entities('organization'),
		};
		sectionsOf.set(corpus, found);
	}
	return found;
}

/** Top items of a section, plus the current page when it is not among them, plus the index link. */
function section(items: Section, indexLabel: string, indexHref: string, current: string): SidebarLink[] {
	const shown = items.top.map((item) => link(item.label, item.href, current));
	const currentItem = items.byHref.get(current);
	if (currentItem && !shown.some((entry) => entry.isCurrent))
		shown.push(link(currentItem.label, currentItem.href, current));
	return [...shown, link(indexLabel, indexHref, current)];
}

/**
 * Builds the sidebar for the page at `pathname`: the single pages as top-level links and the long lists as groups.
 * Every page carries it, so a group of one link (its summary, caret icon and state markup, about 0.8 KB a page) is
 * spelled as the link alone.
 */
export function buildSidebar(corpus: Corpus, pathname: string): SidebarEntry[] {
	const current = normalise(pathname);
	const all = sections(corpus);
	return [
		link('Home', paths.home(), current),
		group('Topics', section(all.topics, 'All topics', SECTION_INDEX.topics, current)),
		group('Articles', section(all.articles, 'All articles', SECTION_INDEX.articles, current)),
		link('Where the parties stand', paths.positions(), current),
		link('Timeline', paths.timeline(), current),
		link('Charts', paths.charts(), current),
		link('Map', paths.map(), current),
		link('Briefings', SECTION_INDEX.briefings, current),
		group('People', section(all.people, 'All people', SECTION_INDEX.people, current)),
		group('Places', section(all.places, 'All places', SECTION_INDEX.places, current)),
		group('Organisations', section(all.organisations, 'All organisations', SECTION_INDEX.organisations, current)),
		link('Open data', paths.data(), current),
		link('How this site works', SECTION_INDEX.about, current),
	];
}

/** Previous (older) and next (newer) article for an article page; none elsewhere. */
export function articlePagination(corpus: Corpus, pathname: string): StarlightRouteData['pagination'] {
	const current = normalise(pathname);
	const index = corpus.articleIndexByUrl.get(current);
	if (index === undefined) return { prev: undefined, next: undefined };
	const toLink = (article: (typeof corpus.articles)[number] | undefined) =>
		article ? link(article.title, article.url, current) : undefined;
	return { prev: toLink(corpus.articles[index - 1]), next: toLink(corpus.articles[index + 1]) };
}
