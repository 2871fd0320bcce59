/**
 * The built site as the browser tests see it: where `dist/` is, its open data, its pages as files,
 * and the visible text of a page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readArticle } from '../../scripts/pipeline/read-article.ts';
import { base } from '../../src/config/site.ts';
import type { ArticleRecord, EntityRecord, TopicRecord } from '../../src/schemas/index.ts';
import { decodeEntities } from './link-check.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
/** The build under test: `dist/`, or `SITE_DIST` to test another build of the same base path. */
export const DIST = resolve(ROOT, process.env.SITE_DIST ?? 'dist');
/** The base path the build under test was made with (`BASE_PATH`, default `/`). */
export const BASE = base;

/** Files of a build that hold text a reader or a feed reader gets: pages, feeds, sitemaps, open data. */
const TEXT_FILE = /\.(html|xml|json|csv|txt)$/;

/** The text files of a build (paths relative to it) whose content matches `pattern`. */
export function builtFilesMatching(pattern: RegExp, dist = DIST): string[] {
	return (readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[])
		.filter((file) => TEXT_FILE.test(file) && pattern.test(readFileSync(join(dist, file), 'utf8')))
		.sort();
}

/** Stops with a hint when there is no build to test. */
export function requireBuild(dist = DIST): void {
	if (!existsSync(join(dist, 'index.html')) || !existsSync(join(dist, 'data/articles.json')))
		throw new Error(`No built site in ${dist}. Run \`npm run build\` first, then \`npm run test:browser\`.`);
}

/** One of the open data files the build published under `data/`. */
export function readData<T>(file: string, dist = DIST): T {
	return JSON.parse(readFileSync(join(dist, 'data', file), 'utf8')) as T;
}

/** The corpus the build published. */
export function siteData(dist = DIST) {
	return {
		articles: readData<ArticleRecord[]>('articles.json', dist),
		entities: readData<EntityRecord[]>('entities.json', dist),
		topics: readData<TopicRecord[]>('topics.json', dist),
	};
}

/** The built file for a site URL path (`/base/articles/x/` → `dist/articles/x/index.html`); null when absent. */
export function fileFor(urlPath: string, dist = DIST): string | null {
	const path = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
	if (!path.startsWith(BASE)) return null;
	const file = join(dist, path.slice(BASE.length), path.endsWith('/') ? 'index.html' : '');
	return existsSync(file) ? file : null;
}

/** The HTML of the page at a site URL path; throws with the path when it was not built. */
export function htmlAt(urlPath: string, dist = DIST): string {
	const file = fileFor(urlPath, dist);
	if (!file) throw new Error(`no page was built for ${urlPath}`);
	return readFileSync(file, 'utf8');
}

/** Elements that start a new line of text; other tags join their words to the neighbours. */
const BLOCK =
	/^(p|div|li|ul|ol|h[1-6]|br|section|article|aside|header|footer|nav|main|table|tr|td|th|caption|dd|dt|dl|blockquote|figure|figcaption|details|summary|hr)$/i;

/** The visible text of a page's `<main>` (or the whole page), whitespace collapsed. */
export function pageText(html: string): string {
	const main = /<main\b[\s\S]*<\/main>/i.exec(html)?.[0] ?? html;
	const text = main
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, '')
		.replace(/<\/?([a-z][a-z0-9-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi, (_, tag: string) => (BLOCK.test(tag) ? ' ' : ''));
	return squash(decodeEntities(text));
}

/** Collapses runs of whitespace to one space. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The sentences of an article's seed, as the pipeline reads them. */
export function seedSentences(article: Pick<ArticleRecord, 'id' | 'file'>): string[] {
	const read = readArticle({
		id: article.id,
		file: article.file,
		bytes: new Uint8Array(readFileSync(join(ROOT, article.file))),
	});
	if (!read.ok) throw new Error(`${article.file} is in articles.json but cannot be read: ${read.reason}`);
	return read.document.sentences.map((sentence) => squash(sentence.text));
}
