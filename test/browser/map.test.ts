/**
 * The map in Chromium: one linked mark per placed place and kind, each leading to a real sentence; the
 * filters are plain links to pre-rendered pages that work with JavaScript off; place pages get a
 * locator map, topic pages and briefings the map of their own articles, and print keeps it.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { BASE, DIST, requireBuild, siteData } from './site.ts';
import { describeWithBrowser, serveBuiltSite } from './with-browser.ts';

interface PlaceRow {
	id: string;
	onMap: string;
	strikes: string;
	casualties: string;
	events: string;
	url: string;
}

/** The rows of places.csv (no field of it holds a comma). */
function placesCsv(): PlaceRow[] {
	const [header, ...lines] = readFileSync(join(DIST, 'data', 'places.csv'), 'utf8')
		.trim()
		.split('\n');
	const keys = header!.split(',');
	return lines.map(
		(line) => Object.fromEntries(line.split(',').map((value, index) => [keys[index], value])) as PlaceRow,
	);
}

describeWithBrowser('the map in Chromium', () => {
	requireBuild();
	const site = serveBuiltSite();
	const url = (path: string) => site.server.origin + path;

	async function open(path: string, options: { javaScriptEnabled?: boolean; width?: number } = {}): Promise<Page> {
		const context = await site.browser.newContext({
			javaScriptEnabled: options.javaScriptEnabled ?? true,
			viewport: { width: options.width ?? 1280, height: 900 },
		});
		const page = await context.newPage();
		await page.goto(url(path), { waitUntil: 'load' });
		return page;
	}

	/** The marks and links of the map drawing that is shown at this width. */
	async function shownMarks(page: Page) {
		return page.evaluate(() => {
			const svg = [...document.querySelectorAll<SVGSVGElement>('.fb-map__svg')].find(
				(element) => getComputedStyle(element).display !== 'none',
			)!;
			return {
				marks: svg.querySelectorAll('.fb-map__mark').length,
				links: [...svg.querySelectorAll('a')].map((link) => ({
					href: link.getAttribute('href')!,
					label: link.getAttribute('aria-label')!,
					marks: link.querySelectorAll('.fb-map__mark').length,
				})),
				name: svg.getAttribute('aria-labelledby'),
			};
		});
	}

	it('draws the map as an SVG with one link per placed mark, each to a sentence that exists', async () => {
		const page = await open(`${BASE}map/`);
		const { marks, links, name } = await shownMarks(page);
		expect(name).toBe('map');
		expect(marks).toBeGreaterThan(0);
		expect(links).toHaveLength(marks);
		for (const link of links) {
			expect(link.marks).toBe(1);
			expect(link.label.length).toBeGreaterThan(20);
			expect(link.href).toMatch(/#s-\d+$/);
		}
		// The marks drawn are the places and kinds places.csv counts on the map, less those outside the frame.
		const rows = await page.locator('.fb-map__table tbody tr').count();
		const drawnRows = await page.locator('.fb-map__table tbody tr:not(:has(.fb-meta-inline))').count();
		expect(drawnRows).toBeLessThanOrEqual(rows);
		const csv = placesCsv().filter((row) => row.onMap === 'true');
		const countedKinds = csv.reduce(
			(sum, row) =>
				sum + ['strikes', 'casualties', 'events'].filter((kind) => Number(row[kind as keyof PlaceRow]) > 0).length,
			0,
		);
		expect(marks).toBeLessThanOrEqual(countedKinds);
		const target = links[0]!.href;
		const article = await open(target.split('#')[0]!);
		expect(await article.locator(`[id="${target.split('#')[1]}"]`).count()).toBe(1);
	});

	it('keeps the same links at 360 px in the narrow drawing, with no sideways scroll', async () => {
		const wide = await shownMarks(await open(`${BASE}map/`));
		const page = await open(`${BASE}map/`, { width: 360 });
		const narrow = await shownMarks(page);
		expect(narrow.links.map((link) => link.href).sort()).toEqual(wide.links.map((link) => link.href).sort());
		expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(360);
	});

	it('filters by kind with JavaScript off: the Strikes link leads to a page with strike marks only', async () => {
		const page = await open(`${BASE}map/`, { javaScriptEnabled: false });
		const kinds = await page.locator('nav[aria-label="Filter the map"] a').allTextContents();
		expect(kinds).toContain('Strikes');
		await page.locator('nav[aria-label="Filter the map"] a', { hasText: /^Strikes$/ }).click();
		await page.waitForURL(/\/map\/strikes\/$/);
		expect(await page.locator('nav[aria-label="Filter the map"] a[aria-current="page"]').textContent()).toBe('Strikes');
		const kindsDrawn = await page.evaluate(() => [
			...new Set(
				[...document.querySelectorAll('.fb-map__svg--wide .fb-map__mark')].map((mark) =>
					mark.getAttribute('data-kind'),
				),
			),
		]);
		expect(kindsDrawn).toEqual(['strikes']);
		expect(await page.locator('h2#map').textContent()).toBe('Where the reported strikes are');
	});

	it('filters by month with JavaScript off: a month page draws only that month’s reports', async () => {
		const page = await open(`${BASE}map/`, { javaScriptEnabled: false });
		const month = page.locator('nav[aria-label="Filter the map"] a[href*="/map/20"]').first();
		const label = (await month.textContent())!;
		await month.click();
		await page.waitForURL(/\/map\/\d{4}-\d{2}\/$/);
		expect(await page.locator('h2#map').textContent()).toContain(`, ${label}`);
		const { marks, links } = await shownMarks(page);
		expect(links).toHaveLength(marks);
	});

	it('gives a place page a locator map, and a topic page the map of its own articles', async () => {
		const data = siteData();
		const placed = placesCsv().find((row) => row.onMap === 'true')!;
		const place = await open(placed.url);
		expect(await place.locator('.fb-locator svg[role="img"]').getAttribute('aria-label')).toMatch(
			/marked at the centre/,
		);
		const topic = data.topics.find((candidate) => candidate.id === 'air-war') ?? data.topics[0]!;
		const page = await open(topic.url);
		expect(await page.locator('.fb-map .fb-map__svg--wide a').count()).toBeGreaterThan(0);
	});

	it('keeps the map in a printed briefing', async () => {
		const page = await open(`${BASE}briefings/situation/`);
		await page.emulateMedia({ media: 'print' });
		const shown = await page.evaluate(() => {
			const svg = document.querySelector('.fb-briefing__map .fb-map__svg--wide');
			return svg ? getComputedStyle(svg).display : null;
		});
		expect(shown).toBe('block');
	});
});
