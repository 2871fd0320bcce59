/**
 * The built site in headless Chromium: pages load cleanly, links between articles and topics work,
 * search finds a known phrase, charts render accessibly, nothing scrolls sideways at 360 px, and
 * print hides the site's chrome.
 */

import type { BrowserContext, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { watchPage } from './chromium.ts';
import { BASE, requireBuild, siteData } from './site.ts';
import { resultPaths, searchInDialog } from './site-search.ts';
import { floridaArticle, type TestedPage, testedPages } from './tested-pages.ts';
import { describeWithBrowser, serveBuiltSite } from './with-browser.ts';

const DESKTOP = { width: 1280, height: 900 };
const MOBILE = { width: 360, height: 740 };

describeWithBrowser('the built site in Chromium', () => {
	requireBuild();
	const data = siteData();
	const pages = testedPages(data);
	for (const page of pages)
		if (page.missing) console.warn(`\n*** SKIPPED the ${page.name} page in browser tests: ${page.missing}. ***\n`);
	const built = (page: TestedPage) => !page.missing;

	const site = serveBuiltSite();
	let context: BrowserContext;

	/** A fresh page in a fresh context of the given viewport. */
	async function open(viewport = DESKTOP): Promise<Page> {
		await context?.close();
		context = await site.browser.newContext({ viewport });
		return context.newPage();
	}
	const url = (path: string) => site.server.origin + path;

	it.each(pages.filter(built))(
		'loads the $name page ($path) with no console errors or failed requests',
		async ({ path }) => {
			const page = await open();
			const problems = watchPage(page);
			const response = await page.goto(url(path), { waitUntil: 'networkidle' });
			expect(response?.status()).toBe(200);
			expect(await page.locator('h1').first().textContent()).toBeTruthy();
			expect(problems).toEqual({ console: [], errors: [], requests: [] });
		},
	);

	it.each(pages.filter(built))('fits the $name page into 360 px with no horizontal scroll', async ({ path }) => {
		const page = await open(MOBILE);
		await page.goto(url(path), { waitUntil: 'networkidle' });
		const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
		// Name the widest offenders when it fails, so the fix is easy to find.
		const offenders =
			width > MOBILE.width
				? await page.evaluate(
						(limit) =>
							[...document.querySelectorAll('body *')]
								.filter((element) => element.getBoundingClientRect().right > limit + 1)
								.slice(0, 5)
								.map(
									(element) =>
										`${element.tagName.toLowerCase()}.${[...element.classList].join('.')} right=${Math.round(element.getBoundingClientRect().right)}`,
								),
						MOBILE.width,
					)
				: [];
		expect(width, offenders.join('\n')).toBeLessThanOrEqual(MOBILE.width);
	});

	it.each(
		pages.filter(built).flatMap((page) =>
			['home', 'topic', 'briefing'].includes(page.name)
				? [
						{ ...page, viewport: DESKTOP, at: '1280 px' },
						{ ...page, viewport: MOBILE, at: '360 px' },
					]
				: [],
		),
	)('keeps every word of the $name page’s tables whole at $at', async ({ path, viewport }) => {
		const page = await open(viewport);
		await page.goto(url(path), { waitUntil: 'networkidle' });
		// A word broken across lines ("Who|se", "Ukrai|ne") has more than one box.
		const broken = await page.evaluate(() => {
			const found: string[] = [];
			for (const cell of document.querySelectorAll('.sl-markdown-content :is(th, td)')) {
				const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
				for (let node = walker.nextNode(); node; node = walker.nextNode()) {
					const text = node.textContent ?? '';
					for (const match of text.matchAll(/\p{L}{4,}/gu)) {
						const range = document.createRange();
						range.setStart(node, match.index);
						range.setEnd(node, match.index + match[0].length);
						const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
						if (lines.size > 1) found.push(match[0]);
					}
				}
			}
			return found.slice(0, 10);
		});
		expect(broken).toEqual([]);
	});

	it.each(pages.filter(built).filter((page) => ['article', 'briefing', 'topic'].includes(page.name)))(
		'hides the header and sidebar of the $name page in print',
		async ({ path }) => {
			const page = await open();
			await page.goto(url(path), { waitUntil: 'networkidle' });
			expect(await page.locator('header.header').isVisible()).toBe(true);
			await page.emulateMedia({ media: 'print' });
			for (const chrome of ['header.header', 'nav.sidebar', '.sidebar-pane', 'site-search', 'starlight-theme-select'])
				for (const element of await page.locator(chrome).all())
					expect(await element.isVisible(), `${chrome} shows in print`).toBe(false);
			expect(await page.locator('main h1').first().isVisible()).toBe(true);
		},
	);

	it('lists each article once under a timeline event, quoting each of its sentences when it gives several', async () => {
		const page = await open();
		await page.goto(url(`${BASE}timeline/`));
		const events = await page.$$eval('.fb-timeline__event', (items) =>
			items.map((item) =>
				[...item.querySelectorAll('.fb-timeline__sources > li')].map((li) => ({
					// The article link is the one without a sentence anchor; "All N articles…" links elsewhere.
					article: [...li.querySelectorAll('a')]
						.map((a) => a.getAttribute('href') ?? '')
						.find((href) => !href.includes('#')),
					text: li.textContent ?? '',
					quotes: li.querySelectorAll('a.fb-timeline__quote').length,
				})),
			),
		);
		expect(events.length).toBeGreaterThan(0);
		for (const sources of events) {
			const articles = sources.map((source) => source.article).filter((href) => href !== undefined);
			expect(new Set(articles).size, JSON.stringify(sources)).toBe(articles.length);
			for (const source of sources.filter((item) => item.quotes > 0))
				expect(source.text).toContain(`Source sentences (${source.quotes})`);
		}
	});

	it('follows a link from an article to one of its topics and back', async () => {
		const article = floridaArticle(data);
		const topic = data.topics.find((candidate) => candidate.id === article.topics[0])!;
		const page = await open();
		await page.goto(url(article.url));
		await page.locator(`main a[href="${topic.url}"]`).first().click();
		await page.waitForURL(url(topic.url));
		expect(await page.locator('h1').first().textContent()).toContain(topic.name);
		await page.locator(`main a[href="${article.url}"]`).first().click();
		await page.waitForURL(url(article.url));
		expect(await page.locator('h1').first().textContent()).toBe(article.title);
	});

	it('follows a link from an article to an entity and back', async () => {
		const article = floridaArticle(data);
		const entity = data.entities.find((candidate) => candidate.id === article.entities[0])!;
		const page = await open();
		await page.goto(url(article.url));
		await page.locator(`main a[href="${entity.url}"]`).first().click();
		await page.waitForURL(url(entity.url));
		expect(await page.locator('h1').first().textContent()).toContain(entity.name);
		await page.locator(`main a[href="${article.url}"]`).first().click();
		await page.waitForURL(url(article.url));
	});

	it('answers a missing address, however deep, with the site’s 404 page, which leads home', async () => {
		const page = await open();
		const response = await page.goto(url(`${BASE}articles/no-such-article/deeper/`));
		expect(response?.status()).toBe(404);
		expect(await page.locator('h1').first().textContent()).toBe('Page not found');
		await page.locator(`header a.site-title[href="${BASE}"]`).click();
		await page.waitForURL(url(BASE));
		expect(await page.locator('h1').first().textContent()).toBeTruthy();
	});

	it('finds the article about the Florida talks when searching "Zaporizhzhia nuclear plant"', async () => {
		const article = floridaArticle(data);
		const page = await open();
		const problems = watchPage(page);
		await page.goto(url(BASE), { waitUntil: 'networkidle' });
		const hrefs = await resultPaths(await searchInDialog(page, 'Zaporizhzhia nuclear plant'));
		expect(hrefs).toContain(article.url);
		expect(problems).toEqual({ console: [], errors: [], requests: [] });
	});

	const charts = pages.find((page) => page.name === 'charts')!;
	it.skipIf(!built(charts))(
		'renders every chart as a named SVG image (or group of links), beside a data table with a caption',
		async () => {
			const page = await open();
			await page.goto(url(charts.path), { waitUntil: 'networkidle' });
			// role="img" is the rule; a chart whose marks are links is a named group instead, since
			// role="img" would hide its links from assistive technology.
			const svgs = page.locator('main svg[role="img"], main svg[role="group"]');
			expect(await svgs.count()).toBeGreaterThan(0);
			for (const svg of await svgs.all()) {
				const chart = await svg.evaluate((element) => {
					const labelledBy = element.getAttribute('aria-labelledby');
					const byId = labelledBy
						? labelledBy
								.split(/\s+/)
								.map((id) => document.getElementById(id)?.textContent ?? '')
								.join(' ')
						: '';
					return {
						role: element.getAttribute('role'),
						name: (
							(element.getAttribute('aria-label') ?? '') +
							byId +
							(element.querySelector(':scope > title')?.textContent ?? '')
						).trim(),
						marks: element.querySelectorAll('path, rect, circle, line').length,
						links: element.querySelectorAll('a[href]').length,
					};
				});
				expect(chart.name, 'an SVG chart without an accessible name').not.toBe('');
				expect(chart.marks).toBeGreaterThan(0);
				if (chart.role === 'group')
					expect(
						chart.links,
						`a chart with role="group" but no links (${chart.name}) should be role="img"`,
					).toBeGreaterThan(0);
			}
			expect(await page.locator('main table').count()).toBeGreaterThan(0);
			expect(await page.locator('main table caption').count()).toBe(await page.locator('main table').count());
		},
	);
});
