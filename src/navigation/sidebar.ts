/**
 * The site navigation, built from the data instead of listing every page. Bare Starlight puts
 * every page in every page's sidebar, which costs thousands of DOM nodes at 1,000 articles; this
 * lists the sections with their most recent or most important items, and the index pages list all.
 */
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import type { Corpus } from '../data/corpus.ts';
import { paths } from '../config/site.ts';

type SidebarEntry = StarlightRouteData['sidebar'][number];
type SidebarLink = Extract<SidebarEntry, { type: 'link' }>;

/** How many items each section shows before its "All …" link. */
export const ITEMS_PER_SECTION = 6;

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

/** Top items of a section, plus the current page when it is not among them, plus the index link. */
function section<T>(items: T[], toLink: (item: T) => SidebarLink, indexLabel: string, indexHref: string, current: string): SidebarLink[] {
	const all = items.map(toLink);
	const shown = all.slice(0, ITEMS_PER_SECTION);
	const currentItem = all.slice(ITEMS_PER_SECTION).find((entry) => entry.isCurrent);
	if (currentItem) shown.push(currentItem);
	return [...shown, link(indexLabel, indexHref, current)];
}

/** Builds the sidebar for the page at `pathname`. */
export function buildSidebar(corpus: Corpus, pathname: string): SidebarEntry[] {
	const current = normalise(pathname);
	const topics = [...corpus.topics].sort((a, b) => b.articles.length - a.articles.length || a.name.localeCompare(b.name));
	const byMentions = (type: string) =>
		corpus.entities.filter((entity) => entity.type === type).sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
	const entityLink = (entity: { name: string; url: string }) => link(entity.name, entity.url, current);
	return [
		group('Overview', [link('Home', paths.home(), current), link('How this site works', SECTION_INDEX.about, current)]),
		group('Topics', section(topics, (topic) => link(topic.name, topic.url, current), 'All topics', SECTION_INDEX.topics, current)),
		group('Articles', section(corpus.newestArticles, (article) => link(article.title, article.url, current), 'All articles', SECTION_INDEX.articles, current)),
		group('People', section(byMentions('person'), entityLink, 'All people', SECTION_INDEX.people, current)),
		group('Places', section(byMentions('place'), entityLink, 'All places', SECTION_INDEX.places, current)),
		group('Organisations', section(byMentions('organization'), entityLink, 'All organisations', SECTION_INDEX.organisations, current)),
		group('Timeline & charts', [link('Timeline', paths.timeline(), current), link('Charts', paths.charts(), current)]),
		group('Briefings', [link('Situation briefing', paths.situationBriefing(), current), link('All briefings', SECTION_INDEX.briefings, current)]),
		group('Data', [link('Open data', paths.data(), current)]),
	];
}

/** Previous (older) and next (newer) article for an article page; none elsewhere. */
export function articlePagination(corpus: Corpus, pathname: string): StarlightRouteData['pagination'] {
	const current = normalise(pathname);
	const index = corpus.articles.findIndex((article) => article.url === current);
	if (index < 0) return { prev: undefined, next: undefined };
	const toLink = (article: (typeof corpus.articles)[number] | undefined) => (article ? link(article.title, article.url, current) : undefined);
	return { prev: toLink(corpus.articles[index - 1]), next: toLink(corpus.articles[index + 1]) };
}
