/**
 * What readers see and what editors see: no production article page carries the editors' panel;
 * the editors' ingest report lists every article's warnings with a link to the article, and stays
 * out of the search index, the sidebar and the sitemap.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { paths } from '../../src/config/site.ts';
import { BASE, DIST, fileFor, htmlAt, pageText, requireBuild, siteData } from './site.ts';
import { floridaArticle } from './tested-pages.ts';
import { describeWithBrowser, serveBuiltSite } from './with-browser.ts';

describeWithBrowser('the editors’ panel and the ingest report', () => {
	requireBuild();
	const data = siteData();
	const site = serveBuiltSite();

	it('shows no editors’ panel on a production article page', async () => {
		const page = await site.browser.newPage();
		await page.goto(site.server.origin + floridaArticle(data).url);
		expect(await page.locator('#for-editors').count()).toBe(0);
		expect(await page.getByText('For editors').count()).toBe(0);
		await page.close();
		// Nor on any other article page, nor its seed path.
		for (const article of data.articles) {
			const html = htmlAt(article.url);
			expect(html, article.url).not.toContain('id="for-editors"');
			expect(pageText(html), article.url).not.toContain(article.file);
		}
	});

	it('lists every article’s warnings on the ingest report, each with a link to its article', async () => {
		const page = await site.browser.newPage();
		const listed = new Map<string, { href: string | null; warnings: string[] }>();
		for (let number = 1; fileFor(paths.ingestReport(number)); number++) {
			await page.goto(site.server.origin + paths.ingestReport(number));
			for (const entry of await page.locator('[data-ingest-article]').all())
				listed.set((await entry.getAttribute('data-ingest-article'))!, {
					href: await entry.locator('h2 a').getAttribute('href'),
					warnings: (await entry.locator('[data-ingest-warning]').allTextContents()).map((text) =>
						text.replace(/\s+/g, ' ').trim(),
					),
				});
		}
		await page.close();
		const expected = data.articles.filter((article) => article.warnings.length > 0);
		expect(expected.length).toBeGreaterThan(0);
		expect([...listed.keys()].sort()).toEqual(expected.map((article) => article.id).sort());
		for (const article of expected)
			expect(listed.get(article.id), article.file).toEqual({ href: article.url, warnings: article.warnings });
	});

	it('keeps the ingest report out of search, the sidebar and the sitemap', () => {
		const report = htmlAt(paths.ingestReport());
		expect(report).not.toContain('data-pagefind-body');
		expect(report).toMatch(/<meta name="robots" content="noindex"/);
		for (const path of [BASE, floridaArticle(data).url]) {
			const sidebar = /<nav[^>]*class="sidebar[\s\S]*?<\/nav>/.exec(htmlAt(path))?.[0] ?? '';
			expect(sidebar.length, `the sidebar of ${path}`).toBeGreaterThan(0);
			expect(sidebar).not.toContain(paths.ingestReport());
		}
		const sitemap = join(DIST, 'sitemap-0.xml');
		if (existsSync(sitemap)) {
			expect(readFileSync(sitemap, 'utf8')).toContain(floridaArticle(data).url);
			expect(readFileSync(sitemap, 'utf8')).not.toContain(paths.ingestReport());
		}
	});
});
