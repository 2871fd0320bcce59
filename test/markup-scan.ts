/**
 * Reads built pages with a real HTML parser (parse5, the WHATWG parsing algorithm browsers use) and reports every
 * piece of markup that could run script or restyle the page and is not the site's own: a `<script>` or `<style>`
 * the page's Content Security Policy does not allow, an event-handler attribute, a `javascript:` URL, a frame,
 * plugin or `<base>` element, a `style` attribute that loads or evaluates anything. The site's own pages pass; a
 * finding is markup that came from article text. Also reads the policy itself and the CSV files.
 */
import { createHash } from 'node:crypto';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { type DefaultTreeAdapterTypes, parse, parseFragment } from 'parse5';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/** The element children of a node, a `<template>`'s content included. */
function childrenOf(node: Node): Node[] {
	const children = 'childNodes' in node ? [...node.childNodes] : [];
	if ('content' in node && node.content) children.push(...node.content.childNodes);
	return children;
}

/** Every element under a node, in document order. */
export function* elementsOf(node: Node): Generator<Element> {
	for (const child of childrenOf(node)) {
		if ('tagName' in child) yield child;
		yield* elementsOf(child);
	}
}

/** An attribute's value (namespace prefix ignored), or undefined. */
export function attribute(element: Element, name: string): string | undefined {
	return element.attrs.find((attr) => attr.name.toLowerCase() === name)?.value;
}

/** The text a node holds, as the DOM's `textContent` gives it. */
export function textOf(node: Node): string {
	if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value;
	return childrenOf(node).map(textOf).join('');
}

/** Parses a whole HTML document. */
export const parseHtml = (html: string) => parse(html);
/** Parses an HTML fragment (an RSS description, say). */
export const parseHtmlFragment = (html: string) => parseFragment(html);

/** A CSP source hash of an inline script's or style's text, as the page's policy lists it. */
const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** A Content Security Policy as directive name → its source list. */
export function parseCsp(policy: string): Map<string, string[]> {
	const directives = new Map<string, string[]>();
	for (const part of policy.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
	}
	return directives;
}

/** The sources that govern `<script>` or `<style>` elements under a policy (the `-elem` directive, else the kind's, else `default-src`). */
function elementSources(csp: Map<string, string[]>, kind: 'script' | 'style'): string[] {
	return csp.get(`${kind}-src-elem`) ?? csp.get(`${kind}-src`) ?? csp.get('default-src') ?? [];
}

/** Attributes that hold a URL a browser may load or navigate to. */
const URL_ATTRIBUTES = new Set([
	'href',
	'src',
	'action',
	'formaction',
	'poster',
	'data',
	'cite',
	'background',
	'ping',
	'manifest',
	'codebase',
	'longdesc',
]);
/** A URL's scheme as a browser reads it: leading control characters and spaces dropped, tabs and newlines anywhere ("java\tscript:" runs). */
function scheme(url: string): string | undefined {
	let start = 0;
	while (start < url.length && url.charCodeAt(start) <= 0x20) start++;
	return /^([a-z][a-z0-9+.-]*):/i.exec(url.slice(start).replace(/[\t\n\r]/g, ''))?.[1]?.toLowerCase();
}
/** Elements that embed other documents or plugins, or re-point every relative URL. */
const FORBIDDEN_ELEMENTS = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'portal']);
/** A `style` attribute that fetches, evaluates or escapes anything; plain declarations (`--depth: 0`) are fine. */
const ACTIVE_STYLE = /url\s*\(|expression\s*\(|@import|javascript:|behavior\s*:|-moz-binding|\\/i;
/** The print running header's CSS: `@page` margin boxes whose `content` strings are letters, digits, spaces and hex escapes. */
const RUNNING_HEADER = /^@page \{(?:\s*@[a-z-]+ \{ content: "(?:[\p{L}\p{N} ]|\\[0-9a-f]{1,6} )*"; \})+\s*\}$/u;

/** What the scan needs to know about the site. */
export interface ScanOptions {
	/** The base path the site was built for (`/` or `/x/`): the site's own scripts live under it. */
	base: string;
}

/** Everything on one page that could run script or restyle it and is not the site's own, one line each. */
export function scanPage(html: string, { base }: ScanOptions): string[] {
	const problems: string[] = [];
	const document = parseHtml(html);
	const all = [...elementsOf(document)];
	const head = all.find((element) => element.tagName === 'head');

	// The policy must come first in <head>: a <meta> policy governs only what the parser meets after it.
	const policies = all.filter(
		(element) => attribute(element, 'http-equiv')?.toLowerCase() === 'content-security-policy',
	);
	if (policies.length !== 1) problems.push(`${policies.length} Content Security Policy <meta> elements, not 1`);
	const policy = policies[0];
	const headElements = head ? head.childNodes.filter((node): node is Element => 'tagName' in node) : [];
	const firstGoverned = headElements.find((element) => !(element.tagName === 'meta' && attribute(element, 'charset')));
	if (policy && firstGoverned !== policy)
		problems.push('the Content Security Policy is not the first element of <head>');
	const csp = parseCsp(policy ? (attribute(policy, 'content') ?? '') : '');
	const scriptSources = elementSources(csp, 'script');
	const styleSources = elementSources(csp, 'style');
	for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:'])
		if ((csp.get('script-src') ?? []).includes(unsafe)) problems.push(`script-src allows ${unsafe}`);
	if (csp.get('object-src')?.join(' ') !== "'none'") problems.push("object-src is not 'none'");
	if (csp.get('base-uri')?.join(' ') !== "'self'") problems.push("base-uri is not 'self'");

	for (const element of all) {
		const tag = element.tagName.toLowerCase();
		const where = `<${tag}${attribute(element, 'id') ? ` id="${attribute(element, 'id')}"` : ''}>`;
		if (FORBIDDEN_ELEMENTS.has(tag)) problems.push(`a ${where} element`);
		if (tag === 'script') {
			const src = attribute(element, 'src');
			const type = (attribute(element, 'type') ?? '').toLowerCase();
			if (src !== undefined) {
				if (!src.startsWith(`${base}_astro/`) && !src.startsWith(`${base}pagefind/`))
					problems.push(`a script from ${JSON.stringify(src)}, not one of the site's bundles`);
			} else if (type === 'application/json' || type === 'application/ld+json') {
				try {
					JSON.parse(textOf(element));
				} catch {
					problems.push(`a ${type} block that is not JSON: ${JSON.stringify(textOf(element).slice(0, 80))}`);
				}
			} else if (!scriptSources.includes(hashOf(textOf(element))))
				problems.push(`an inline script the policy does not allow: ${JSON.stringify(textOf(element).slice(0, 80))}`);
		}
		if (tag === 'style') {
			const css = textOf(element);
			if (!styleSources.includes(hashOf(css)))
				problems.push(`an inline style the policy does not allow: ${JSON.stringify(css.slice(0, 80))}`);
			if (attribute(element, 'data-fb-running-header') !== undefined && !RUNNING_HEADER.test(css))
				problems.push(`a running header whose CSS is more than @page strings: ${JSON.stringify(css.slice(0, 120))}`);
		}
		if (tag === 'meta') {
			const equiv = attribute(element, 'http-equiv')?.toLowerCase();
			if (equiv !== undefined && equiv !== 'content-security-policy') problems.push(`a <meta http-equiv="${equiv}">`);
		}
		if (
			/^(animate|set|animatetransform|animatemotion)$/.test(tag) &&
			/href/i.test(attribute(element, 'attributename') ?? '')
		)
			problems.push(`an SVG ${where} that rewrites a link`);
		for (const { name, value } of element.attrs) {
			const bare = name.toLowerCase();
			if (bare.startsWith('on'))
				problems.push(`an event handler ${where} ${name}=${JSON.stringify(value.slice(0, 60))}`);
			if (bare === 'style' && ACTIVE_STYLE.test(value))
				problems.push(
					`a style attribute that loads or evaluates: ${where} style=${JSON.stringify(value.slice(0, 80))}`,
				);
			const urls =
				bare === 'srcset' ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '') : [value];
			if (!URL_ATTRIBUTES.has(bare) && bare !== 'srcset') continue;
			for (const url of urls) {
				const kind = scheme(url);
				const imageData = kind === 'data' && tag === 'img' && /^\s*data:image\//i.test(url);
				if ((kind === 'javascript' || kind === 'vbscript' || kind === 'data') && !imageData)
					problems.push(`a ${kind}: URL in ${where} ${name}=${JSON.stringify(url.slice(0, 60))}`);
			}
		}
	}
	return problems;
}

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, line breaks inside quotes) into rows of cells. */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const char = text[i]!;
		if (quoted) {
			if (char === '"' && text[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (char === '"') quoted = false;
			else cell += char;
		} else if (char === '"' && cell === '') quoted = true;
		else if (char === ',') {
			row.push(cell);
			cell = '';
		} else if (char === '\n') {
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
		} else cell += char;
	}
	if (cell !== '' || row.length) rows.push([...row, cell]);
	return rows;
}

/** A cell a spreadsheet would run as a formula: it starts with = + - @ tab or CR and is not a plain number. */
export function isFormulaCell(cell: string): boolean {
	return /^[=+\-@\t\r]/.test(cell) && !/^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i.test(cell);
}

/** One item of an RSS feed, its values as an XML parser reads them. */
export interface FeedItem {
	title: string;
	link: string;
	description: string;
	categories: string[];
}

/** Reads an RSS feed with an XML parser; throws when it is not well-formed XML. */
export function readFeed(xml: string): FeedItem[] {
	const valid = XMLValidator.validate(xml);
	if (valid !== true) throw new Error(`the feed is not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
	const parser = new XMLParser({
		processEntities: true,
		parseTagValue: false,
		trimValues: false,
		isArray: (name) => name === 'item' || name === 'category',
	});
	const feed = parser.parse(xml) as { rss: { channel: { item?: Record<string, unknown>[] } } };
	return (feed.rss.channel.item ?? []).map((item) => ({
		title: String(item.title ?? ''),
		link: String(item.link ?? ''),
		description: String(item.description ?? ''),
		categories: ((item.category as unknown[]) ?? []).map(String),
	}));
}

/** The `<loc>` URLs of a sitemap, read with an XML parser. */
export function sitemapUrls(xml: string): string[] {
	const valid = XMLValidator.validate(xml);
	if (valid !== true) throw new Error(`the sitemap is not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
	const parser = new XMLParser({
		processEntities: true,
		parseTagValue: false,
		isArray: (name) => name === 'url' || name === 'sitemap',
	});
	const doc = parser.parse(xml) as {
		urlset?: { url?: { loc: string }[] };
		sitemapindex?: { sitemap?: { loc: string }[] };
	};
	return [...(doc.urlset?.url ?? []), ...(doc.sitemapindex?.sitemap ?? [])].map((entry) => String(entry.loc));
}
