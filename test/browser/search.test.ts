/**
 * Search that narrows, in Chromium: the search page shows Pagefind's filters (kind of page, topic,
 * entity, month of publication); choosing a topic and a month narrows the results; each result shows
 * its date and topics; the header's search dialog leads to the page with the query typed so far.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { BASE, requireBuild, seedSentences, siteData } from './site.ts';
import { describeWithBrowser, serveBuiltSite } from './with-browser.ts';

describeWithBrowser('search with filters in Chromium', () => {
	requireBuild();
	const data = siteData();
	const airWar = data.topics.find((topic) => topic.id === 'air-war');
	const site = serveBuiltSite();

	/** The number in Pagefind's "N results for …" message, once the search has run. */
	async function resultCount(page: Page): Promise<number> {
		const message = page.locator('#fb-search .pagefind-ui__message');
		let count = -1;
		await expect
			.poll(
				async () => {
					const found = /^(\d+) results? for/.exec((await message.textContent()) ?? '');
					if (found) count = Number(found[1]);
					return found !== null;
				},
				{ timeout: 30_000 },
			)
			.toBe(true);
		return count;
	}

	/** The count after a filter changed: waits for the message to change (a filter that narrows nothing leaves it after 5 s). */
	async function countAfter(page: Page, before: number): Promise<number> {
		const deadline = Date.now() + 5000;
		let count = await resultCount(page);
		while (count === before && Date.now() < deadline) {
			await page.waitForTimeout(100);
			count = await resultCount(page);
		}
		return count;
	}

	/** The result links shown once every "Load more" is pressed. */
	async function resultLinks(page: Page): Promise<string[]> {
		const more = page.locator('#fb-search .pagefind-ui__button');
		while (await more.isVisible()) await more.click();
		return page
			.locator('#fb-search .pagefind-ui__result-link')
			.evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
	}

	async function check(page: Page, name: string, value: string) {
		const box = page.locator(`#fb-search input[name="${name}"][value="${value}"]`);
		await box.waitFor({ state: 'attached' });
		await box.check();
	}

	it('narrows a search by topic, then by month of publication, and shows each result’s date and topics', async () => {
		expect(airWar, 'the air war topic exists').toBeTruthy();
		const inTopic = data.articles.filter((article) => airWar!.articles.includes(article.id));
		// A month the search for "drones" can offer: one of an air-war article that says "drones".
		const month = inTopic
			.filter((article) => /\bdrones\b/i.test(seedSentences(article).join(' ')))
			.map((article) => article.published?.slice(0, 7))
			.find((value) => value && value.length === 7)!;
		const page = await site.browser.newPage();
		await page.goto(`${site.server.origin}${BASE}search/`);
		await page.locator('#fb-search input.pagefind-ui__search-input').fill('drones');
		const all = await resultCount(page);

		await check(page, 'topic', airWar!.name);
		const topic = await countAfter(page, all);
		expect(topic).toBeLessThan(all);

		await check(page, 'month', month);
		const narrowed = await countAfter(page, topic);
		expect(narrowed).toBeLessThanOrEqual(topic);
		const expected = inTopic.filter((article) => article.published?.startsWith(month)).map((article) => article.url);
		// Sub-results (a heading inside the page) link to the same page with an anchor.
		const shown = [...new Set((await resultLinks(page)).map((href) => href.replace(/#.*$/, '')))];
		expect(shown.length).toBeGreaterThan(0);
		for (const href of shown) expect(expected).toContain(href);

		const tags = await page.locator('#fb-search .pagefind-ui__result-tag').allTextContents();
		// The date as its evidence supports it (formatPublished): "22 November 2025", "on or after 27 November 2025",
		// "between 22 and 26 November 2025", "April or May 2025".
		const dated =
			/^Date: (?:on or after |between \d{1,2}(?: [A-Z][a-z]+)? and )?(?:\d{1,2} )?[A-Z][a-z]+(?: or [A-Z][a-z]+)? \d{4}$/;
		expect(tags.some((tag) => dated.test(tag.trim()))).toBe(true);
		expect(tags.some((tag) => tag.includes('Topics:') && tag.includes(airWar!.name))).toBe(true);
	});

	it('offers the page kinds, topics, entities and months as filters', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.server.origin}${BASE}search/`);
		await page.locator('#fb-search input.pagefind-ui__search-input').fill('Ukraine');
		await resultCount(page);
		// The filter panel fills in once Pagefind has loaded its filter index.
		const names = page.locator('#fb-search .pagefind-ui__filter-name');
		await expect
			.poll(async () => (await names.allTextContents()).map((name) => name.trim().toLowerCase()).sort(), {
				timeout: 30_000,
			})
			.toEqual(['entity', 'kind', 'month', 'topic']);
		const kindBoxes = page.locator('#fb-search input[name="kind"]');
		const kinds = () => kindBoxes.evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value));
		for (const kind of ['article', 'topic', 'place', 'briefing', 'timeline'])
			await expect.poll(kinds, { timeout: 30_000 }).toContain(kind);
	});

	it('opens on a linked search: query and filters from the address', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.server.origin}${BASE}search/?q=drones&kind=topic`);
		expect(await resultCount(page)).toBeGreaterThan(0);
		for (const href of await resultLinks(page)) expect(href).toMatch(new RegExp(`^${BASE}topics/`));
	});

	it('leads from the header search dialog to the search page, with the query typed so far', async () => {
		const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
		await page.goto(`${site.server.origin}${BASE}`);
		const button = page.locator('site-search button[data-open-modal]');
		await expect.poll(() => button.isEnabled()).toBe(true);
		await button.click();
		const input = page.locator('#starlight__search input');
		await input.waitFor({ state: 'visible' });
		await input.fill('drones');
		const link = page.locator('.fb-search-link-dialog');
		await expect.poll(() => link.getAttribute('href')).toBe(`${site.server.origin}${BASE}search/?q=drones`);
		await link.click();
		await page.waitForURL(/\/search\/\?q=drones$/);
		expect(await resultCount(page)).toBeGreaterThan(0);
	});
});
