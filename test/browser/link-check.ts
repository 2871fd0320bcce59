/**
 * Checks every internal link of a built site: each `href`, `src` and `srcset` on every HTML page,
 * and each URL of the sitemaps and feeds, must name a file in the build, and each `#fragment` an
 * element id on the target page. A link no reader sees (`<a hidden>`, such as a briefing's PDF link
 * in a build without Chromium) may point to a file that is not there.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { countOf } from '../../src/format/plural.ts';

/** A link that does not resolve, with the page it is on. */
export interface BrokenLink {
	page: string;
	link: string;
	reason: string;
}

/** One built page: its URL path and HTML. */
interface Page {
	path: string;
	html: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references that may appear in an attribute value. */
export function decodeEntities(value: string): string {
	return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
		if (name[0] === '#')
			return String.fromCodePoint(name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
		return ENTITIES[name.toLowerCase()] ?? whole;
	});
}

/** Markup with comments, inline script and style bodies removed (their text is not links). */
function markupOnly(html: string): string {
	return html
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/(<script\b[^>]*>)[\s\S]*?(<\/script>)/gi, '$1$2')
		.replace(/(<style\b[^>]*>)[\s\S]*?(<\/style>)/gi, '$1$2');
}

const TAG = /<([a-z][a-z0-9-]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
const ATTRIBUTE = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** The attributes of every start tag in the markup, in document order. */
export function startTags(html: string): { tag: string; attributes: Map<string, string> }[] {
	const tags: { tag: string; attributes: Map<string, string> }[] = [];
	for (const match of markupOnly(html).matchAll(TAG)) {
		const attributes = new Map<string, string>();
		for (const attribute of match[2]!.matchAll(ATTRIBUTE))
			attributes.set(attribute[1]!.toLowerCase(), decodeEntities(attribute[2] ?? attribute[3] ?? attribute[4] ?? ''));
		tags.push({ tag: match[1]!.toLowerCase(), attributes });
	}
	return tags;
}

/** Every link-like attribute value of a page: href, src and each srcset candidate. */
export function linksOf(html: string): string[] {
	return linksWithVisibility(html).map(({ link }) => link);
}

/** Every link of a page, and whether a reader can see it (a hidden anchor cannot be followed). */
export function linksWithVisibility(html: string): { link: string; hidden: boolean }[] {
	const links: { link: string; hidden: boolean }[] = [];
	for (const { tag, attributes } of startTags(html)) {
		const hidden = tag === 'a' && attributes.has('hidden');
		for (const name of ['href', 'src']) {
			const value = attributes.get(name);
			if (value !== undefined) links.push({ link: value.trim(), hidden });
		}
		const srcset = attributes.get('srcset');
		if (srcset)
			for (const candidate of srcset.split(',')) links.push({ link: candidate.trim().split(/\s+/)[0]!, hidden });
	}
	return links.filter(({ link }) => link !== '');
}

/** Every element id (and `name` of anchors) on a page. */
export function idsOf(html: string): Set<string> {
	const ids = new Set<string>();
	for (const { tag, attributes } of startTags(html)) {
		const id = attributes.get('id');
		if (id) ids.add(id);
		const name = attributes.get('name');
		if (tag === 'a' && name) ids.add(name);
	}
	return ids;
}

/** Every file under a folder, as paths relative to it with forward slashes. */
export function filesUnder(dir: string): string[] {
	return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
		.filter((path) => statSync(join(dir, path)).isFile())
		.map((path) => path.split(sep).join('/'))
		.sort();
}

/** The URL path a built HTML file is served at (`articles/x/index.html` → `/base/articles/x/`). */
export function pagePath(file: string, base: string): string {
	return base + file.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * Checks every internal link of the site built into `dist` for base path `base` (`/` or `/x/`).
 * `origin` is the site's public origin: absolute links to it (canonical URLs) are checked too.
 */
export function checkLinks(
	dist: string,
	base: string,
	origin: string,
): { pages: number; links: number; broken: BrokenLink[] } {
	const files = filesUnder(dist);
	const fileSet = new Set(files);
	const pages: (Page & { file: string })[] = files
		.filter((file) => file.endsWith('.html') || file.endsWith('.xml'))
		.map((file) => ({ file, path: pagePath(file, base), html: readFileSync(join(dist, file), 'utf8') }));
	const idCache = new Map<string, Set<string>>();
	const idsAt = (file: string) => {
		if (!idCache.has(file)) idCache.set(file, idsOf(readFileSync(join(dist, file), 'utf8')));
		return idCache.get(file)!;
	};
	const broken: BrokenLink[] = [];
	let count = 0;
	for (const page of pages) {
		const pageUrl = new URL(page.path, origin);
		// Sitemaps and feeds name pages by absolute URL in <loc> and <link> elements.
		const found = page.file.endsWith('.xml')
			? [...page.html.matchAll(/<(?:loc|link)>([^<]+)<\/(?:loc|link)>/g)].map((match) => ({
					link: decodeEntities(match[1]!.trim()),
					hidden: false,
				}))
			: linksWithVisibility(page.html);
		// A link counts as hidden only when every copy of it on the page is.
		const links = new Map<string, boolean>();
		for (const { link, hidden } of found) links.set(link, (links.get(link) ?? true) && hidden);
		for (const [link, hidden] of links) {
			const fail = (reason: string) => broken.push({ page: page.path, link, reason });
			if (/^javascript:/i.test(link)) {
				fail('a javascript: URL');
				continue;
			}
			let url: URL;
			try {
				url = new URL(link, pageUrl);
			} catch {
				fail('not a valid URL');
				continue;
			}
			if (url.origin !== pageUrl.origin) continue; // another site, mailto:, data:
			// The 404 page is served for every missing path; its canonical URL names no real page.
			if (page.file === '404.html' && /^[a-z]+:/i.test(link)) continue;
			count++;
			let path: string;
			try {
				path = decodeURIComponent(url.pathname);
			} catch {
				fail('malformed percent-encoding');
				continue;
			}
			if (!path.startsWith(base)) {
				fail(`outside the base path ${base}`);
				continue;
			}
			const inside = path.slice(base.length);
			let file: string;
			if (inside === '' || inside.endsWith('/')) file = `${inside}index.html`;
			else if (fileSet.has(inside)) file = inside;
			else if (fileSet.has(`${inside}/index.html`)) {
				fail('a page link without its trailing slash (the site uses trailingSlash: "always")');
				continue;
			} else file = inside;
			if (!fileSet.has(file)) {
				if (hidden) continue;
				fail(`no file ${file} in the build`);
				continue;
			}
			let fragment: string;
			try {
				fragment = decodeURIComponent(url.hash.slice(1));
			} catch {
				fail('malformed percent-encoding in the fragment');
				continue;
			}
			if (fragment && file.endsWith('.html') && !idsAt(file).has(fragment))
				fail(`no element with id "${fragment}" on ${file}`);
		}
	}
	return { pages: pages.filter((page) => page.file.endsWith('.html')).length, links: count, broken };
}

/** A readable summary of broken links for a failed assertion: one line per link and reason, with a page it is on. */
export function describeBroken(broken: BrokenLink[], limit = 40): string {
	const groups = new Map<string, BrokenLink[]>();
	for (const item of broken) {
		const key = `${item.link}  (${item.reason})`;
		groups.set(key, [...(groups.get(key) ?? []), item]);
	}
	const lines = [...groups]
		.sort((a, b) => b[1].length - a[1].length)
		.slice(0, limit)
		.map(([key, items]) => `  ${key} on ${countOf(items.length, 'page')}, e.g. ${items[0]!.page}`);
	if (groups.size > limit) lines.push(`  … and ${groups.size - limit} more`);
	return lines.join('\n');
}
