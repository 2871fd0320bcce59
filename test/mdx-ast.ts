/** Parses generated MDX the way the site does (MDX + GFM + directives) and inspects the tree. */
import { compileSync } from '@mdx-js/mdx';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export interface MdxNode {
	type: string;
	name?: string | null;
	value?: string;
	children?: MdxNode[];
	attributes?: { name: string; value: unknown }[];
}

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkDirective);

/** The MDX syntax tree of a document; throws when it would not compile, as the site build would. */
export function parseMdx(source: string): MdxNode {
	compileSync(source, { remarkPlugins: [remarkGfm, remarkDirective] });
	return parser.parse(source) as unknown as MdxNode;
}

/** Every node of the tree, depth first. */
export function allNodes(node: MdxNode): MdxNode[] {
	return [node, ...(node.children ?? []).flatMap(allNodes)];
}

/** The text a reader sees under a node. */
export function textOf(node: MdxNode): string {
	if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
	return (node.children ?? []).map(textOf).join('');
}
