import { describe, expect, it } from 'vitest';
import { ArticleMdxError, renderArticleHtml } from './article-html.ts';

const page = (body: string) => `---\ntitle: "A title"\ndescription: "A summary"\narticle: "a1"\n---\n${body}`;

describe('renderArticleHtml', () => {
	it('gives the front matter, and the paragraphs the pipeline writes as explicit <p>, unnested', () => {
		const { frontmatter, html } = renderArticleHtml(
			page(
				'{/* Generated from seeds/a1.txt */}\n\n<p><span id="s-1" class="sentence">One <a ' +
					'href="/entities/kyiv/" class="entity-link" title="Kyiv (place)">Kyiv</a>.</span> <span id="s-2" ' +
					'class="sentence">Two.</span></p>\n',
			),
			'a1.mdx',
		);
		expect(frontmatter).toEqual({ title: 'A title', description: 'A summary', article: 'a1' });
		expect(html).toBe(
			'<p><span id="s-1" class="sentence">One <a href="/entities/kyiv/" class="entity-link" title="Kyiv ' +
				'(place)">Kyiv</a>.</span> <span id="s-2" class="sentence">Two.</span></p>',
		);
	});

	it('gives a heading the id Astro would and the anchor link Starlight adds, and lists it', () => {
		const { html, headings } = renderArticleHtml(
			page('## <span id="s-3" class="sentence">Ukraine–US Talks Stall</span>\n'),
			'a1.mdx',
		);
		expect(headings).toEqual([{ depth: 2, slug: 'ukraineus-talks-stall', text: 'Ukraine–US Talks Stall' }]);
		expect(html).toContain('<div class="sl-heading-wrapper level-h2"><h2 id="ukraineus-talks-stall">');
		expect(html).toContain('<a class="sl-anchor-link" href="#ukraineus-talks-stall">');
		expect(html).toContain(
			'<span class="sr-only" data-pagefind-ignore="true">Section titled “Ukraine–US Talks Stall”</span>',
		);
	});

	it('keeps key points, analysis and lists as the pipeline writes them', () => {
		const { html } = renderArticleHtml(
			page(
				'<div class="key-points" role="note" aria-label="Key points">\n\n<p class="key-points__title">Key ' +
					'points</p>\n\n- <span id="s-1" class="sentence">First.</span>\n- <span id="s-2" ' +
					'class="sentence">Second.</span>\n\n</div>\n\n<div class="analysis" role="note">\n\n<p>**Analysis:** ' +
					'<span id="s-3" class="sentence">Why.</span></p>\n\n</div>\n',
			),
			'a1.mdx',
		);
		// Whitespace between elements as MDX leaves it (a span opening a list item is a block there).
		expect(html.replace(/\s*\n\s*/g, '')).toBe(
			'<div class="key-points" role="note" aria-label="Key points"><p class="key-points__title">Key points</p><ul>' +
				'<li><span id="s-1" class="sentence">First.</span></li><li><span id="s-2" class="sentence">Second.</span></li></ul></div>' +
				'<div class="analysis" role="note"><p><strong>Analysis:</strong> <span id="s-3" class="sentence">Why.</span></p></div>',
		);
	});

	it('keeps links to the site, to a fragment and over http(s)', () => {
		const { html } = renderArticleHtml(
			page('<p><a href="/entities/kyiv/">a</a> <a href="#s-1">b</a> <a href="https://example.org/x">c</a></p>\n'),
			'a1.mdx',
		);
		expect(html).toBe(
			'<p><a href="/entities/kyiv/">a</a> <a href="#s-1">b</a> <a href="https://example.org/x">c</a></p>',
		);
	});

	it('shows escaped braces and angle brackets as text', () => {
		const { html } = renderArticleHtml(
			page('<p><span id="s-1" class="sentence">\\{x\\} and \\<b\\> and &lt;i&gt;</span></p>\n'),
			'a1.mdx',
		);
		expect(html).toBe('<p><span id="s-1" class="sentence">{x} and &#x3C;b> and &#x3C;i></span></p>');
	});

	it.each([
		['an import', "import Evil from './evil.js';\n\nText.\n", /a1\.mdx:\d+: an import or export/],
		['an expression', 'Text {alert(1)}.\n', /the expression \{alert\(1\)\}/],
		['a component', '<Evil />\n', /the element <Evil>/],
		['an element not on the list', '<script>alert(1)</script>\n', /the element <script>/],
		['an event handler', '<span onclick="x">Text</span>\n', /the attribute onclick on <span>/],
		[
			'an attribute expression',
			'<span id={x}>Text</span>\n',
			/the attribute id on <span> without a plain string value/,
		],
		['a spread', '<span {...x}>Text</span>\n', /an attribute expression on <span>/],
		['a javascript: link', '<a href="javascript:alert(1)">x</a>\n', /the address "javascript:alert\(1\)" on <a>/],
		['a link with a scheme in capitals', '<a href="JavaScript:alert(1)">x</a>\n', /the address "JavaScript:/],
		['a link hidden behind a space', '<a href=" javascript:alert(1)">x</a>\n', /the address " javascript:/],
		['a link to another host without a scheme', '<a href="//evil.example/">x</a>\n', /the address "\/\/evil/],
		['a data: link', '<a href="data:text/html,x">x</a>\n', /the address "data:text\/html,x"/],
		['a Markdown link', '[x](javascript:alert(1))\n', /the address "javascript:alert\(1\)"/],
		['a Markdown image', '![x](data:image/svg+xml,x)\n', /the address "data:image/],
		['a link definition', '[x]\n\n[x]: javascript:alert(1)\n', /the address "javascript:alert\(1\)"/],
	])('refuses %s, naming the file and line', (_, body, message) => {
		expect(() => renderArticleHtml(page(body), 'a1.mdx')).toThrow(ArticleMdxError);
		expect(() => renderArticleHtml(page(body), 'a1.mdx')).toThrow(message);
	});
});
