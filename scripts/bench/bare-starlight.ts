/**
 * The baseline the build is compared with: a bare Starlight project holding the same articles as
 * plain Markdown pages (no extraction, no data pages), built with the same Markdown processor; and,
 * to measure what MDX costs, the same project with the same pages as `.mdx` (compiled by Astro's
 * MDX integration, as pages with components would be).
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { slugify, uniqueSlugs } from '../pipeline/slugify.ts';
import type { SeedFile } from './corpus.ts';

/** Which Markdown processor a benchmark build uses. */
export type Processor = 'unified' | 'satteri';

/** What the bare project's pages are written as. */
export type PageFormat = 'md' | 'mdx';

/** `astro.config.mjs` of the bare project, for one processor (and the MDX integration for `.mdx` pages). */
export function bareConfig(processor: Processor, format: PageFormat = 'md'): string {
	const markdown =
		processor === 'unified'
			? `markdown: { processor: unified({ remarkPlugins: [remarkGfm], smartypants: false }) },`
			: '// Astro 7 default Markdown processor (Sätteri).';
	return `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
${format === 'mdx' ? "import mdx from '@astrojs/mdx';\n" : ''}
export default defineConfig({
	site: 'https://bare.example.org',
	trailingSlash: 'always',
	${markdown}
	integrations: [starlight({ title: 'Bare Starlight', lastUpdated: false, pagination: true })${format === 'mdx' ? ', mdx()' : ''}],
});
`;
}

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/** Escapes what plain Markdown would read as HTML (and, for MDX, as an expression). */
const markdownText = (line: string) =>
	line
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/[{}]/g, (brace) => `\\${brace}`);

/** One seed as a Markdown page: its first line as the title, every other line a paragraph. */
export function markdownPage(seed: SeedFile): { title: string; body: string } {
	const lines = seed.text
		.replace(/\r\n?/g, '\n')
		.split('\n')
		.map((line) => line.trim())
		.filter(Boolean);
	const title = lines[0] ?? seed.name;
	const body = lines.slice(1).map(markdownText).join('\n\n');
	return { title, body: `---\ntitle: ${JSON.stringify(title)}\n---\n\n${body}\n` };
}

/** Writes a bare Starlight project with one page per seed into a new folder under `parent`; returns it. */
export async function makeBareProject(
	parent: string,
	seeds: SeedFile[],
	processor: Processor,
	format: PageFormat = 'md',
): Promise<string> {
	await mkdir(parent, { recursive: true });
	const dir = await mkdtemp(join(parent, `bare-${processor}-${format}-`));
	await mkdir(join(dir, 'src/content/docs/articles'), { recursive: true });
	// Vite decides what to bundle for the server from the declared dependencies: declare the same ones.
	const dependencies = {
		astro: '*',
		'@astrojs/starlight': '*',
		'@astrojs/markdown-remark': '*',
		'remark-gfm': '*',
		...(format === 'mdx' ? { '@astrojs/mdx': '*' } : {}),
	};
	await writeFile(
		join(dir, 'package.json'),
		`${JSON.stringify({ name: 'bare-starlight', private: true, type: 'module', dependencies }, null, '\t')}\n`,
	);
	await writeFile(join(dir, 'astro.config.mjs'), bareConfig(processor, format));
	await writeFile(join(dir, 'src/content.config.ts'), CONTENT_CONFIG);
	await writeFile(
		join(dir, 'src/content/docs/index.md'),
		'---\ntitle: Bare Starlight\n---\n\nThe same articles as plain Markdown pages.\n',
	);
	const pages = seeds.map(markdownPage);
	const slugs = uniqueSlugs(pages.map((page) => slugify(page.title)));
	for (const [index, page] of pages.entries())
		await writeFile(join(dir, 'src/content/docs/articles', `${slugs[index]}.${format}`), page.body);
	return dir;
}
