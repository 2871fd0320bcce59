import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { HOSTILE_STRINGS } from '../../test/hostile-strings.ts';
import { allNodes, parseMdx, textOf } from '../../test/mdx-ast.ts';
import { escapeMdxLine, escapeMdxText, jsxAttribute, yamlString } from './escape-mdx.ts';

const hostileLines = [
	...readFileSync('test/fixtures/hostile/jsx-in-body/input.txt', 'utf8').split('\n').filter(Boolean),
	...HOSTILE_STRINGS,
];

describe('escapeMdxText', () => {
	it.each(hostileLines)('shows %j literally inside a paragraph', (line) => {
		const tree = parseMdx(`Lead: ${escapeMdxText(line)}`);
		const paragraph = tree.children![0]!;
		expect(paragraph.type).toBe('paragraph');
		expect(textOf(paragraph)).toBe(`Lead: ${line}`);
		const isAutolinkBreak = (node: { type: string; name?: string | null; attributes?: unknown[] }) =>
			node.type === 'mdxJsxTextElement' && node.name === 'wbr' && node.attributes?.length === 0;
		const active = allNodes(tree).filter(
			(node) =>
				/^mdx|html|link|image|emphasis|strong|delete|inlineMath|footnote|textDirective|leafDirective/.test(node.type) &&
				!isAutolinkBreak(node),
		);
		expect(active).toEqual([]);
	});

	it('keeps plain prose readable (letters, digits and commas untouched)', () => {
		expect(escapeMdxText('Russia launched 653 drones, officials said.')).toBe(
			'Russia launched 653 drones, officials said.',
		);
	});
});

describe('escapeMdxLine', () => {
	it.each(hostileLines)('shows %j literally when it starts a line', (line) => {
		const tree = parseMdx(escapeMdxLine(line));
		expect(tree.children).toHaveLength(1);
		expect(tree.children![0]!.type).toBe('paragraph');
		expect(textOf(tree)).toBe(line);
	});

	it('turns a leading "import" into a character reference so it is not ESM', () => {
		expect(escapeMdxLine('import x from "y"')).toMatch(/^&#105;mport/);
	});
});

describe('yamlString', () => {
	it('escapes quotes, backslashes and line separators', () => {
		expect(yamlString('a "b" \\ c\u2028d')).toBe('"a \\"b\\" \\\\ c\\u2028d"');
	});
	it.each([...hostileLines, '---', 'a: b\nlayout: evil', '"quoted"'])(
		'gives %j back as the front matter title, the only key',
		(title) => {
			expect(parseYaml(`title: ${yamlString(title)}\n`)).toEqual({ title });
		},
	);
});

describe('jsxAttribute', () => {
	/** The value MDX reads back for `title=…` on a link. */
	const readBack = (value: string) => {
		const link = allNodes(parseMdx(`Lead <a title=${jsxAttribute(value)}>x</a>.`)).find(
			(node) => node.type === 'mdxJsxTextElement',
		)!;
		const attribute = link.attributes!.find((item) => item.name === 'title')!;
		// A plain string: the article renderer refuses expression values.
		expect(typeof attribute.value).toBe('string');
		return attribute.value as string;
	};

	it('quotes every value, with character references for what would end or change it', () => {
		expect(jsxAttribute('Tom & "Jerry" <b> {x}')).toBe('"Tom &amp; &quot;Jerry&quot; &lt;b&gt; &#123;x&#125;"');
	});

	it('quotes plain values (ids, paths, names) unchanged', () => {
		expect(jsxAttribute('s-12')).toBe('"s-12"');
		expect(jsxAttribute('/frontline-brief/entities/kyiv/#s-3')).toBe('"/frontline-brief/entities/kyiv/#s-3"');
		expect(jsxAttribute('Nove Zaporizhzhia (place)')).toBe('"Nove Zaporizhzhia (place)"');
	});

	it.each([
		's-1',
		'Kyiv (place)',
		'O’Brien, Ukraine’s envoy',
		'a "quoted" name',
		'Tom & Jerry',
		'&amp; stays',
		'{danger}',
		'</a><script>alert(1)</script>',
		'back\\slash',
		'line\u2028break',
		'two\nlines\r\n',
		...hostileLines,
	])('gives %j back exactly', (value) => {
		expect(readBack(value)).toBe(value);
	});
});
