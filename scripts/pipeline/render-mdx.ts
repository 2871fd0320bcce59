/**
 * Writes an article's MDX page: front matter and the escaped body, with no imports and no components
 * (the article route supplies the header and footer around it, see `src/pages/articles/[slug].astro`).
 */
import type { ArticleRecord } from '../../src/schemas/index.ts';
import { escapeMdxLine, escapeMdxText, jsxAttribute, yamlString } from './escape-mdx.ts';
import type { ArticleDocument, Block, Sentence } from './model.ts';

/** A link to place over exact words of a sentence (an entity's first mention). */
export interface InlineLink {
	sentence: string;
	start: number;
	length: number;
	href: string;
	/** Accessible title, e.g. "Volodymyr Zelenskyy (person)". */
	title: string;
}

export interface RenderInput {
	record: ArticleRecord;
	document: ArticleDocument;
	links: InlineLink[];
}

const DESCRIPTION_LENGTH = 200;

/** One sentence in an anchored span, with any links laid over its exact words. */
export function renderSentence(sentence: Sentence, links: InlineLink[]): string {
	const own = links.filter((link) => link.sentence === sentence.id).sort((a, b) => a.start - b.start);
	let body = '';
	let at = 0;
	for (const link of own) {
		if (link.start < at || link.start + link.length > sentence.text.length) continue; // overlapping or stale
		body += escapeMdxText(sentence.text.slice(at, link.start));
		const words = escapeMdxText(sentence.text.slice(link.start, link.start + link.length));
		body += `<a href=${jsxAttribute(link.href)} class="entity-link" title=${jsxAttribute(link.title)}>${words}</a>`;
		at = link.start + link.length;
	}
	body += escapeMdxText(sentence.text.slice(at));
	return `<span id=${jsxAttribute(sentence.id)} class="sentence">${body}</span>`;
}

function renderBlock(block: Block, sentences: Sentence[], links: InlineLink[]): string {
	const spans = sentences.map((sentence) => renderSentence(sentence, links));
	switch (block.kind) {
		case 'heading':
			// The heading is a sentence too (entity pages link mentions in it), so it gets its anchor.
			return `## ${spans.length ? spans.join(' ') : escapeMdxLine(block.text)}`;
		case 'paragraph': {
			const lead = block.lead ? `**${escapeMdxText(block.lead)}:** ` : '';
			// An explicit <p>: MDX unwraps a paragraph made only of JSX, which would run the
			// sentence spans of consecutive paragraphs together.
			const paragraph = `<p>${lead}${spans.join(' ')}</p>`;
			if (block.role === 'byline') return `<p class="byline">${spans.join(' ')}</p>`;
			return block.role === 'analysis' ? `<div class="analysis" role="note">\n\n${paragraph}\n\n</div>` : paragraph;
		}
		case 'list':
			return groupByItem(block, sentences, links)
				.map((item) => `- ${item}`)
				.join('\n');
		case 'key-points': {
			const items = groupByItem(block, sentences, links)
				.map((item) => `- ${item}`)
				.join('\n');
			return `<div class="key-points" role="note" aria-label="Key points">\n\n<p class="key-points__title">Key points</p>\n\n${items}\n\n</div>`;
		}
	}
}

/** Lays the sentences of a list block back onto their items. */
function groupByItem(
	block: Extract<Block, { kind: 'list' | 'key-points' }>,
	sentences: Sentence[],
	links: InlineLink[],
): string[] {
	return block.items.map((_, item) =>
		sentences
			.filter((sentence) => sentence.item === item)
			.map((sentence) => renderSentence(sentence, links))
			.join(' '),
	);
}

function truncate(text: string, max: number): string {
	if (text.length <= max) return text;
	return `${text.slice(0, max - 1).replace(/\s+\S*$/u, '')}…`;
}

/**
 * The block of the subheading the title was taken from, or -1. The page shows it as its title, so
 * the body leaves it out and keeps only its sentence's anchor (links to the sentence still land).
 */
export function titleHeadingBlock(record: Pick<ArticleRecord, 'title' | 'titleSource'>, blocks: Block[]): number {
	if (record.titleSource !== 'subhead') return -1;
	return blocks.findIndex((block) => block.kind === 'heading' && block.text === record.title);
}

/** Renders the complete MDX file for one article. */
export function renderArticleMdx(input: RenderInput): string {
	const { record, document, links } = input;
	const titleBlock = titleHeadingBlock(record, document.blocks);
	const sentencesOf = (index: number) => document.sentences.filter((sentence) => sentence.block === index);
	const titleAnchors =
		titleBlock < 0 ? [] : sentencesOf(titleBlock).map((sentence) => `<span id=${jsxAttribute(sentence.id)} />`);
	const body = document.blocks
		.map((block, index) => (index === titleBlock ? null : renderBlock(block, sentencesOf(index), links)))
		.filter((text) => text !== null);
	return [
		'---',
		`title: ${yamlString(record.title)}`,
		`description: ${yamlString(truncate(record.summary || record.title, DESCRIPTION_LENGTH))}`,
		`article: ${yamlString(record.id)}`,
		'---',
		`{/* Generated from ${record.file.replace(/\*\//g, '* /')} by \`npm run content\`. Edit the seed or its .meta.yaml sidecar, not this file. */}`,
		'',
		...(titleAnchors.length ? [titleAnchors.join(''), ''] : []),
		...body.flatMap((text) => [text, '']),
	].join('\n');
}
