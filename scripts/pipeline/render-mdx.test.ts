import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../src/schemas/index.ts';
import { allNodes, parseMdx, textOf } from '../../test/mdx-ast.ts';
import { readArticle } from './read-article.ts';
import { renderArticleMdx, renderSentence } from './render-mdx.ts';

const hostile = readFileSync('test/fixtures/hostile/jsx-in-body/input.txt');
const read = readArticle({ id: 'hostile', file: 'seeds/hostile.txt', bytes: hostile });
if (!read.ok) throw new Error(read.reason);
const record = {
	id: 'hostile',
	slug: 'hostile',
	url: '/articles/hostile/',
	title: 'A "title" with {braces} and <b>tags</b>\u2028',
	summary: 'Summary with --- and {x}',
	file: 'seeds/hostile*/.txt',
} as ArticleRecord;
const mdx = renderArticleMdx({
	record,
	document: read.document,
	links: [],
	sidebarOrder: 0,
	componentsPath: '../../../components/article',
});
// Astro strips the front matter before MDX sees the body.
const body = mdx.slice(mdx.indexOf('\n---\n') + 5);
const ALLOWED = new Set(['span', 'a', 'p', 'div', 'wbr', 'ArticleHeader', 'ArticleFooter']);

describe('renderArticleMdx', () => {
	it('compiles, with no JSX, expression, ESM or HTML besides what it generates', () => {
		const tree = parseMdx(body);
		const nodes = allNodes(tree);
		expect(nodes.filter((node) => node.type === 'mdxjsEsm')).toHaveLength(1); // the two generated imports
		expect(nodes.filter((node) => node.type === 'html')).toEqual([]);
		const expressions = nodes.filter((node) => node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression');
		expect(expressions.map((node) => node.value)).toEqual([
			expect.stringMatching(/^\/\* Generated from seeds\/hostile\* \/\.txt/),
		]);
		for (const node of nodes.filter((candidate) => candidate.type.startsWith('mdxJsx')))
			expect(ALLOWED.has(node.name ?? '')).toBe(true);
	});

	it('shows every sentence of the article, headings included, literally in an anchored span', () => {
		const spans = allNodes(parseMdx(body)).filter((node) => node.name === 'span');
		expect(spans.map(textOf)).toEqual(read.document.sentences.map((sentence) => sentence.text));
	});

	it('keeps the front matter to its own fields', () => {
		const frontMatter = mdx.split('\n---\n')[0]!;
		expect(frontMatter).toContain('title: "A \\"title\\" with {braces} and <b>tags</b>\\u2028"');
		expect(frontMatter).not.toContain('injected front matter');
	});
});

describe('renderSentence', () => {
	it('lays a link over the exact words of a mention', () => {
		const sentence = { id: 's-4', text: 'Zelenskyy met Macron in Kyiv.', block: 0, line: 1, kind: 'body' as const };
		const out = renderSentence(sentence, [
			{
				sentence: 's-4',
				start: sentence.text.indexOf('Kyiv'),
				length: 4,
				href: '/entities/kyiv/',
				title: 'Kyiv (place)',
			},
		]);
		expect(out).toBe(
			'<span id="s-4" class="sentence">Zelenskyy met Macron in <a href="/entities/kyiv/" class="entity-link" title="Kyiv (place)">Kyiv</a>.</span>',
		);
	});

	it('renders a masthead line as a byline paragraph, not a heading', () => {
		const article = readArticle({
			id: 'masthead',
			file: 'seeds/masthead.txt',
			bytes: new TextEncoder().encode(
				'Plant Loses Power Again\nBy Olga Rudenko\n\nThe agency said power was cut.\nMore text follows here.',
			),
		});
		if (!article.ok) throw new Error(article.reason);
		const out = renderArticleMdx({
			record,
			document: article.document,
			links: [],
			sidebarOrder: 0,
			componentsPath: '../../../components/article',
		});
		expect(out).toContain('<p class="byline"><span id="s-1" class="sentence">By Olga Rudenko</span></p>');
		expect(out).not.toMatch(/^## .*Olga/m);
	});
});
