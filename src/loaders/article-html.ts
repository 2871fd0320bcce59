/**
 * Renders an article's MDX to HTML once, when the content is loaded, instead of compiling it into a
 * JavaScript module for every build: the pages are MDX (MDX syntax, read by the MDX parser), but with
 * no imports and no components, so nothing in them needs running. The page supplies the article's
 * header and footer around this HTML.
 *
 * What the pipeline writes is all this accepts, so article text stays data: Markdown (with GFM), a
 * few HTML elements (`ALLOWED_ELEMENTS`) written as JSX with plain string attributes
 * (`ALLOWED_ATTRIBUTES`), and `{/* comments *\/}`. Anything else (an import, an expression, a
 * component, an attribute such as `onclick`) is an error naming the file, never output.
 *
 * Headings get the ids Astro gives Markdown headings and the anchor link Starlight adds to them.
 */
import { parseFrontmatter, rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';
import { h, s } from 'hastscript';
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Handler, State } from 'mdast-util-to-hast';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { VFile } from 'vfile';

/** The HTML elements an article body may use as JSX (Markdown gives the rest: headings, lists, emphasis). */
export const ALLOWED_ELEMENTS = new Set(['a', 'div', 'p', 'span', 'strong', 'em', 'br', 'wbr']);
/** The attributes they may carry, each a plain string. */
export const ALLOWED_ATTRIBUTES = new Set(['id', 'class', 'href', 'title', 'role', 'aria-label']);

/** A heading of the article, for the table of contents. */
export interface ArticleHeading {
	depth: number;
	slug: string;
	text: string;
}

/** An article page's front matter, its body as HTML, and its headings. */
export interface RenderedArticle {
	frontmatter: Record<string, unknown>;
	html: string;
	headings: ArticleHeading[];
}

/** An article MDX file holds something the renderer refuses; the message names the file and what. */
export class ArticleMdxError extends Error {}

const COMMENT = /^\s*\/\*[\s\S]*\*\/\s*$/;
/**
 * The addresses an article body may link to: the site's own pages (`/…`, not `//host`), a fragment, or http(s).
 * The pipeline writes only entity links, so anything else (`javascript:`, `data:`, `vbscript:`, a scheme hidden
 * behind spaces or character references) is refused here too, as a second line behind its escaping.
 */
const SAFE_URL = /^(\/(?![/\\])|#|https?:\/\/)/i;

/** Drops comments and refuses every MDX construct that would need running (imports, expressions, components). */
function restrictMdx(file: string) {
	return (tree: MdastRoot) => {
		visit(tree, (node, index, parent) => {
			const fail = (what: string) => {
				const line = node.position?.start.line;
				throw new ArticleMdxError(
					`${file}${line ? `:${line}` : ''}: ${what}. Article pages are generated from seeds/ and hold only ` +
						`text, a few HTML elements and comments; edit the seed, not the page.`,
				);
			};
			switch (node.type) {
				case 'link':
				case 'image':
				case 'definition':
					if (!SAFE_URL.test(node.url)) return fail(`the address ${JSON.stringify(node.url.slice(0, 40))}`);
					return undefined;
				case 'mdxjsEsm':
					return fail('an import or export');
				case 'mdxFlowExpression':
				case 'mdxTextExpression':
					if (!COMMENT.test(node.value)) return fail(`the expression {${node.value.slice(0, 40)}}`);
					parent!.children.splice(index!, 1);
					return [SKIP, index!];
				case 'mdxJsxFlowElement':
				case 'mdxJsxTextElement': {
					if (!node.name || !ALLOWED_ELEMENTS.has(node.name)) return fail(`the element <${node.name ?? ''}>`);
					for (const attribute of node.attributes) {
						if (attribute.type !== 'mdxJsxAttribute') return fail(`an attribute expression on <${node.name}>`);
						if (!ALLOWED_ATTRIBUTES.has(attribute.name))
							return fail(`the attribute ${attribute.name} on <${node.name}>`);
						if (typeof attribute.value !== 'string')
							return fail(`the attribute ${attribute.name} on <${node.name}> without a plain string value`);
						if (attribute.name === 'href' && !SAFE_URL.test(attribute.value))
							return fail(`the address ${JSON.stringify(attribute.value.slice(0, 40))} on <${node.name}>`);
					}
					return undefined;
				}
			}
			return undefined;
		});
	};
}

/**
 * A paragraph made only of JSX elements (and spaces) is those elements, as MDX itself reads it: the
 * pipeline writes each paragraph as an explicit `<p>`, which must not end up inside another.
 */
function unravelJsxParagraphs() {
	return (tree: MdastRoot) => {
		visit(tree, 'paragraph', (node, index, parent) => {
			if (!parent || index === undefined) return undefined;
			const jsx = node.children.filter(
				(child) => child.type === 'mdxJsxTextElement' || child.type === 'mdxTextExpression',
			);
			const isJsx = (child: (typeof node.children)[number]) =>
				child.type === 'mdxJsxTextElement' || child.type === 'mdxTextExpression';
			const onlyJsx = node.children.every(
				(child) => isJsx(child) || (child.type === 'text' && child.value.trim() === ''),
			);
			if (!jsx.length || !onlyJsx) return undefined;
			const flow = jsx.map((child) =>
				child.type === 'mdxJsxTextElement'
					? ({ ...child, type: 'mdxJsxFlowElement' } as unknown as MdxJsxFlowElement)
					: ({ ...child, type: 'mdxFlowExpression' } as unknown as MdastNodes),
			);
			parent.children.splice(index, 1, ...(flow as typeof parent.children));
			return [SKIP, index + flow.length];
		});
	};
}

/** An allowed JSX element as the HTML element it names. */
const jsxElement: Handler = (state: State, node: MdxJsxFlowElement | MdxJsxTextElement): Element => {
	const properties = Object.fromEntries(
		node.attributes.map((attribute) => [(attribute as { name: string }).name, String(attribute.value)]),
	);
	return h(node.name!, properties, state.all(node as unknown as MdastNodes) as ElementContent[]);
};

// Starlight's `link-alt` icon, as its heading links draw it.
const ANCHOR_ICON_PATH =
	'm12.11 15.39-3.88 3.88a2.52 2.52 0 0 1-3.5 0 2.47 2.47 0 0 1 0-3.5l3.88-3.88a1 1 0 1 ' +
	'0-1.42-1.42l-3.88 3.89a4.48 4.48 0 0 0 6.33 6.33l3.89-3.88a1 1 0 0 0-1.42-1.42m8.58-12.08a4.49 4.49 ' +
	'0 0 0-6.33 0l-3.89 3.88a1 1 0 1 0 1.42 1.42l3.88-3.88a2.52 2.52 0 0 1 3.5 0 2.47 2.47 0 0 1 0 ' +
	'3.5l-3.88 3.88a1 1 0 0 0 0 1.42 1 1 0 0 0 1.42 0l3.88-3.89a4.49 4.49 0 0 0 0-6.33M8.83 15.17a1 1 0 ' +
	'0 0 .71.29 1 1 0 0 0 .71-.29l4.92-4.92a1 1 0 1 0-1.42-1.42l-4.92 4.92a1 1 0 0 0 0 1.42';

/** Wraps each heading with the anchor link Starlight gives Markdown headings (same markup, same label). */
function headingLinks() {
	return (tree: HastRoot) => {
		visit(tree, 'element', (node, index, parent) => {
			if (!/^h[1-6]$/.test(node.tagName) || typeof node.properties.id !== 'string' || !parent || index === undefined)
				return undefined;
			const id = node.properties.id;
			parent.children[index] = h('div', { class: `sl-heading-wrapper level-${node.tagName}` }, [
				node,
				h('a', { class: 'sl-anchor-link', href: `#${id}` }, [
					h('span', { ariaHidden: 'true', class: 'sl-anchor-icon' }, [
						s('svg', { width: 16, height: 16, viewBox: '0 0 24 24', fill: 'currentColor' }, [
							s('path', { d: ANCHOR_ICON_PATH }),
						]),
					]),
					h('span', { class: 'sr-only', 'data-pagefind-ignore': 'true' }, `Section titled “${hastToString(node)}”`),
				]),
			]);
			return SKIP;
		});
	};
}

/** Parses (MDX), checks and converts (to HTML) article bodies; made once, it keeps no state between files. */
const processor = unified()
	.use(remarkParse)
	.use(remarkMdx)
	.use(remarkGfm)
	.use(unravelJsxParagraphs)
	.use(remarkRehype, { handlers: { mdxJsxFlowElement: jsxElement, mdxJsxTextElement: jsxElement } })
	.use(rehypeHeadingIds)
	.use(headingLinks)
	.use(rehypeStringify);

/** Renders one article MDX file (`file` names it in errors). */
export function renderArticleHtml(source: string, file: string): RenderedArticle {
	const { frontmatter, content } = parseFrontmatter(source, { frontmatter: 'remove' });
	// Astro reads heading text the MDX way when the file name ends in .mdx.
	const vfile = new VFile({ path: file.endsWith('.mdx') ? file : `${file}.mdx`, value: content });
	const mdast = processor.parse(vfile);
	restrictMdx(file)(mdast);
	const tree = processor.runSync(mdast, vfile);
	const html = processor.stringify(tree, vfile);
	const headings = ((vfile.data as { astro?: { headings?: ArticleHeading[] } }).astro?.headings ?? []).map(
		({ depth, slug, text }) => ({ depth, slug, text }),
	);
	return { frontmatter: frontmatter as Record<string, unknown>, html, headings };
}
