import { expect, it } from 'vitest';
import { BASE, requireBuild, siteData } from './site.ts';
import { resultPaths, searchInDialog } from './site-search.ts';
import { floridaArticle, testedPages } from './tested-pages.ts';
import { describeWithBrowser, serveBuiltSite, watchedPages } from './with-browser.ts';

describeWithBrowser('the Content Security Policy in Chromium', () => {
	requireBuild();
	const data = siteData();
	const pages = [
		...testedPages(data).filter((page) => !page.missing),
		{ name: 'about', path: `${BASE}about/` },
		{ name: 'open data', path: `${BASE}data/` },
		{ name: 'map', path: `${BASE}map/` },
		{ name: 'search', path: `${BASE}search/?q=drones` },
		{ name: 'not found', path: `${BASE}404.html` },
	];

	const site = serveBuiltSite();

	const open = watchedPages(() => site.browser);
	const url = (path: string) => site.server.origin + path;

	it.each(pages)('reports no violation on the $name page ($path)', async ({ path }) => {
		const { page, violations, problems } = await open();
		await page.goto(url(path), { waitUntil: 'networkidle' });
		expect(
			await page.evaluate(() => document.querySelector('meta[http-equiv="content-security-policy"]') !== null),
		).toBe(true);
		expect(await violations()).toEqual([]);
		expect(problems.console.filter((line) => /Content Security Policy/i.test(line))).toEqual([]);
	});

	it('searches with Pagefind (WebAssembly under wasm-unsafe-eval) and reports no violation', async () => {
		const article = floridaArticle(data);
		const { page, violations, problems } = await open();
		await page.goto(url(BASE), { waitUntil: 'networkidle' });
		const hrefs = await resultPaths(await searchInDialog(page, 'Zaporizhzhia nuclear plant'));
		expect(hrefs).toContain(article.url);
		expect(await violations()).toEqual([]);
		expect(problems).toEqual({ console: [], errors: [], requests: [] });
	});

	it('switches the theme, and the stored theme is applied by the hashed inline script on the next page', async () => {
		const { page, violations } = await open();
		await page.goto(url(BASE), { waitUntil: 'networkidle' });
		const picker = page.locator('starlight-theme-select select').first();
		for (const theme of ['light', 'dark'] as const) {
			await picker.selectOption(theme);
			expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
		}
		await page.goto(url(`${BASE}about/`), { waitUntil: 'networkidle' });
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		expect(await page.locator('starlight-theme-select select').first().inputValue()).toBe('dark');
		expect(await violations()).toEqual([]);
	});

	it('shows a chart tooltip on hover and reports no violation', async () => {
		const { page, violations } = await open();
		await page.goto(url(`${BASE}charts/`), { waitUntil: 'networkidle' });
		const mark = page.locator('.fb-chart a.fb-chart__mark[aria-label]').first();
		await mark.hover();
		const tip = page.locator('.fb-chart-tip');
		await expect.poll(() => tip.isVisible()).toBe(true);
		expect(await tip.textContent()).toBe(await mark.getAttribute('aria-label'));
		expect(await violations()).toEqual([]);
	});

	it('shows the print button of a briefing, which opens the print dialog, and reports no violation', async () => {
		const { page, violations } = await open();
		await page.goto(url(`${BASE}briefings/situation/`), { waitUntil: 'networkidle' });
		await page.evaluate(() => {
			(window as unknown as { printed: number }).printed = 0;
			window.print = () => {
				(window as unknown as { printed: number }).printed++;
			};
		});
		const button = page.locator('[data-fb-print]').first();
		expect(await button.isVisible()).toBe(true);
		await button.click();
		expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
		expect(await violations()).toEqual([]);
	});

	it('filters the timeline by entity and reports no violation', async () => {
		const { page, violations } = await open();
		await page.goto(url(`${BASE}timeline/`), { waitUntil: 'networkidle' });
		const select = page.locator('#timeline-entity');
		expect(await select.isVisible()).toBe(true);
		const entity = await select.locator('option').nth(1).getAttribute('value');
		await select.selectOption(entity!);
		expect(await page.locator('#timeline-count').textContent()).toMatch(/^\d+ events? shown on this page$/);
		expect(await violations()).toEqual([]);
	});

	it('refuses a script, an event handler and a style injected into a built page', async () => {
		const article = floridaArticle(data);
		const { page, violations } = await open();
		// What escaping would have let through, had it failed: put straight into the served HTML, in <head> after the
		// policy (where a headline breaking out of <title> would land) and in <body>.
		await page.route(url(article.url), async (route) => {
			const response = await route.fetch();
			const html = (await response.text())
				.replace('</title>', "</title><script>window.__fbPwned='head'</script>")
				.replace(
					/<body[^>]*>/,
					(body) =>
						`${body}<script>window.__fbPwned='body'</script><img src="${BASE}favicon.svg" ` +
						`onload="window.__fbPwned='handler'" alt=""><style>main { display: none }</style>`,
				);
			await route.fulfill({ response, body: html });
		});
		await page.goto(url(article.url), { waitUntil: 'networkidle' });
		expect(await page.evaluate(() => (window as unknown as { __fbPwned?: string }).__fbPwned)).toBeUndefined();
		expect(await page.locator('main').isVisible()).toBe(true);
		const refused = await violations();
		expect(refused.filter((line) => line.startsWith('script-src-elem refused inline'))).toHaveLength(2);
		expect(refused.filter((line) => line.startsWith('script-src-attr refused inline'))).toHaveLength(1);
		expect(refused.filter((line) => line.startsWith('style-src-elem refused inline'))).toHaveLength(1);
	});
});
