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
});
// Astro strips the front matter before MDX sees the body.
const body = mdx.slice(mdx.indexOf('\n---\n') + 5);
const ALLOWED = new Set(['span', 'a', 'p', 'div', 'wbr']);

describe('renderArticleMdx', () => {
	it('compiles, with no import, component, expression or HTML besides what it generates', () => {
		const tree = parseMdx(body);
		const nodes = allNodes(tree);
		expect(nodes.filter((node) => node.type === 'mdxjsEsm')).toEqual([]);
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
		});
		expect(out).toContain('<p class="byline"><span id="s-1" class="sentence">By Olga Rudenko</span></p>');
		expect(out).not.toMatch(/^## .*Olga/m);
	});

	it('leaves out the subheading the title was taken from, keeping its sentence anchor', () => {
		const article = readArticle({
			id: 'subhead-title',
			file: 'seeds/subhead-title.txt',
			bytes: new TextEncoder().encode(
				[
					'Grain exports through the Black Sea corridor fell sharply in the past month, port officials said.',
					'Shipping Insurers Raise Rates on Odesa Routes',
					'Several insurers doubled their premiums after two vessels were damaged near the port.',
					'Traders Look to the Danube',
					'Barges on the river carried more cargo than in any month this year.',
				].join('\n'),
			),
		});
		if (!article.ok) throw new Error(article.reason);
		const title = 'Shipping Insurers Raise Rates on Odesa Routes';
		const heading = article.document.sentences.find((sentence) => sentence.text === title)!;
		const out = renderArticleMdx({
			record: { ...record, title, titleSource: 'subhead' },
			document: article.document,
			links: [],
		});
		const page = out.slice(out.indexOf('\n---\n') + 5);
		expect(page).not.toContain(title);
		expect(page).toContain(`<span id="${heading.id}" />`);
		expect(page).toMatch(/^## .*Traders Look to the Danube/m);
		// Every other sentence is still shown.
		for (const sentence of article.document.sentences.filter((candidate) => candidate !== heading))
			expect(page).toContain(sentence.text);
	});
});
