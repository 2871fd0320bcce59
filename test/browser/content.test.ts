/**
 * The built pages against the seeds and the open data: every article shows its text, no scraper
 * debris, distinct titles, and the article, topic and entity pages link to each other.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { paths } from '../../src/config/site.ts';
import { linksOf } from './link-check.ts';
import { BASE, DIST, fileFor, htmlAt, pageText, ROOT, requireBuild, seedSentences, siteData } from './site.ts';

/** Share of a seed's sentences an article page must show. */
const SENTENCE_COVERAGE = 0.99;

describe('the built pages against the seeds and the open data', () => {
	let data: ReturnType<typeof siteData>;
	beforeAll(() => {
		requireBuild();
		data = siteData();
	});

	/** Hrefs on a page, resolved to site paths without fragments. */
	const hrefsOn = (urlPath: string) =>
		new Set(
			linksOf(htmlAt(urlPath))
				.map((link) => new URL(link, `http://site${urlPath}`))
				.filter((url) => url.host === 'site')
				.map((url) => url.pathname),
		);

	it('has an article page for every readable seed', () => {
		const seeds = readdirSync(join(ROOT, 'seeds')).filter((name) => name.endsWith('.txt'));
		expect(data.articles.map((article) => article.file).sort()).toEqual(seeds.map((name) => `seeds/${name}`).sort());
		for (const article of data.articles) expect(fileFor(article.url), article.url).not.toBeNull();
	});

	it(`shows at least ${SENTENCE_COVERAGE * 100}% of each seed's sentences on its article page`, () => {
		const report: string[] = [];
		for (const article of data.articles) {
			const text = pageText(htmlAt(article.url));
			const sentences = seedSentences(article);
			const missing = sentences.filter((sentence) => !text.includes(sentence));
			const coverage = 1 - missing.length / sentences.length;
			if (coverage < SENTENCE_COVERAGE)
				report.push(
					`${article.file}: ${(coverage * 100).toFixed(1)}% shown; missing:\n    ${missing.slice(0, 5).join('\n    ')}`,
				);
		}
		expect(report, report.join('\n')).toEqual([]);
	});

	it('shows no scraper debris ("Creator:", "LATEST NEWS") on any page', () => {
		const pages = (readdirSync(DIST, { recursive: true, encoding: 'utf8' }) as string[]).filter((file) =>
			file.endsWith('.html'),
		);
		// The editors' panel may quote the debris it dropped ('dropped an empty "Creator:" label'); unquoted, it is debris.
		const debris = /(^|[^"“])(Creator:|LATEST NEWS)/;
		const dirty = pages.filter((file) => debris.test(pageText(htmlAt(BASE + file.replace(/index\.html$/, '')))));
		expect(dirty).toEqual([]);
	});

	it('gives every article a distinct title, shown as its page heading', () => {
		const titles = data.articles.map((article) => article.title);
		expect(new Set(titles).size).toBe(data.articles.length);
		expect(titles.length).toBeGreaterThanOrEqual(5);
		for (const article of data.articles) {
			const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(htmlAt(article.url))?.[1] ?? '';
			expect(pageText(h1)).toBe(article.title);
		}
	});

	it('links every article page to at least three topic or entity pages', () => {
		const hubs = new Set([...data.topics.map((topic) => topic.url), ...data.entities.map((entity) => entity.url)]);
		for (const article of data.articles) {
			const linked = [...hrefsOn(article.url)].filter((path) => hubs.has(path));
			expect(
				linked.length,
				`${article.url} links to ${linked.join(', ') || 'no topic or entity page'}`,
			).toBeGreaterThanOrEqual(3);
		}
	});

	/** Hrefs on a page and, when it has one, on its full list page (a long list shows its newest items and links to the rest). */
	const hrefsWithList = (urlPath: string, listPath: string) =>
		new Set([...hrefsOn(urlPath), ...(fileFor(listPath) ? hrefsOn(listPath) : [])]);

	it('links every topic page (or its list of all articles) back to each of its articles', () => {
		const urlOf = new Map(data.articles.map((article) => [article.id, article.url]));
		for (const topic of data.topics) {
			const hrefs = hrefsWithList(topic.url, paths.topicArticles(topic.id));
			const missing = topic.articles.filter((id) => !hrefs.has(urlOf.get(id)!));
			expect(missing, `${topic.url} does not link to these articles`).toEqual([]);
		}
	});

	it('links every entity page (or its list of all articles) back to each of its articles', () => {
		const urlOf = new Map(data.articles.map((article) => [article.id, article.url]));
		const report: string[] = [];
		for (const entity of data.entities) {
			const hrefs = hrefsWithList(entity.url, paths.entityMentions(entity.id));
			const missing = entity.articles.filter((id) => !hrefs.has(urlOf.get(id)!));
			if (missing.length) report.push(`${entity.url} lacks links to ${missing.join(', ')}`);
		}
		expect(report).toEqual([]);
	});

	it('has at least ten topic pages', () => {
		const built = data.topics.filter((topic) => fileFor(topic.url) !== null);
		expect(built.length).toBeGreaterThanOrEqual(10);
		expect(built.length).toBe(data.topics.length);
	});

	it('has a page for every entity in entities.json', () => {
		const missing = data.entities.filter((entity) => fileFor(entity.url) === null).map((entity) => entity.url);
		expect(missing).toEqual([]);
		expect(existsSync(join(DIST, 'entities'))).toBe(true);
	});
});
