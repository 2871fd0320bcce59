/**
 * Content loader for the generated article pages (`src/content/articles/*.mdx`): each file's front
 * matter becomes the entry's data and its body is rendered to HTML here (`article-html.ts`), so
 * `render(entry)` hands the page ready HTML and no article becomes a JavaScript module of the build.
 *
 * Astro keeps loaded entries between builds; a file whose bytes are unchanged (same digest) is not
 * read again, so a rebuild renders only the articles the pipeline rewrote. In dev the folder is
 * watched and a changed page is reloaded on its own.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { renderArticleHtml } from './article-html.ts';

/** The entry id of an article page: its file name without `.mdx`, which is the article's slug. */
const idOf = (name: string) => name.replace(/\.mdx$/, '');

/** Loads every `*.mdx` file directly inside `base` (relative to the project root). */
export function articleLoader({ base }: { base: string }): Loader {
	return {
		name: 'frontline-brief:article-loader',
		async load(context: LoaderContext) {
			const { store, config, logger, parseData, generateDigest, watcher } = context;
			const root = fileURLToPath(config.root);
			const folder = join(root, base);

			const sync = async (name: string) => {
				const path = join(folder, name);
				const source = await readFile(path, 'utf8');
				const digest = generateDigest(source);
				const id = idOf(name);
				const filePath = relative(root, path).split('\\').join('/');
				if (store.get(id)?.digest === digest) return;
				const rendered = renderArticleHtml(source, filePath);
				const data = await parseData({ id, data: rendered.frontmatter, filePath });
				// No `body`: nothing reads the MDX source again, and the data store (written whole and bundled into
				// the build) would carry every article's text twice.
				store.set({
					id,
					data,
					filePath,
					digest,
					rendered: { html: rendered.html, metadata: { headings: rendered.headings, frontmatter: data } },
				});
			};

			const names = existsSync(folder)
				? (await readdir(folder, { withFileTypes: true }))
						.filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
						.map((entry) => entry.name)
						.sort()
				: [];
			if (!existsSync(folder))
				logger.warn(`${base}/ does not exist yet: run \`npm run content\` to write the article pages.`);
			const present = new Set(names.map(idOf));
			for (const id of store.keys()) if (!present.has(id)) store.delete(id);
			for (const name of names) await sync(name);

			if (!watcher) return;
			watcher.add(folder);
			const inFolder = (path: string) =>
				relative(folder, path) === relative(folder, path).split(/[\\/]/).pop() && path.endsWith('.mdx');
			watcher.on('change', (path) => {
				if (inFolder(path)) void sync(relative(folder, path)).catch((error) => logger.error(String(error)));
			});
			watcher.on('add', (path) => {
				if (inFolder(path)) void sync(relative(folder, path)).catch((error) => logger.error(String(error)));
			});
			watcher.on('unlink', (path) => {
				if (inFolder(path)) store.delete(idOf(relative(folder, path)));
			});
		},
	};
}
