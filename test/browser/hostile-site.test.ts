/**
 * The hostile corpus built into a whole site (test/browser/hostile-site.ts, about half a minute): every readable
 * article gets a page showing its text literally; a parser-based scan of every built page finds no script, event
 * handler, `javascript:` URL, frame or style that came from an article; the feed, the sitemap and every CSV read
 * back safely; and in Chromium no injected script runs, not even the one in a headline.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readArticle } from '../../scripts/pipeline/read-article.ts';
import { type StaticServer, serveStatic } from '../../scripts/serve-static.ts';
import { paths, SITE_TITLE } from '../../src/config/site.ts';
import type { ArticleRecord, EntityRecord } from '../../src/schemas/index.ts';
import { filterValue } from '../../src/search/facets.ts';
import { HOSTILE_CORPUS, hostileSeeds, PWNED_MARKER } from '../hostile-fixtures.ts';
import {
	attribute,
	elementsOf,
	isFormulaCell,
	parseCsv,
	parseHtml,
	parseHtmlFragment,
	readFeed,
	scanPage,
	sitemapUrls,
	textOf,
} from '../markup-scan.ts';
import { launchBrowser } from './chromium.ts';
import { HOSTILE_SITE_URL, hostileSite, removeHostileSite } from './hostile-site.ts';
import { BASE, DIST, fileFor, readData, requireBuild, squash } from './site.ts';
import { searchInDialog } from './site-search.ts';
import { describeWithBrowser, watchedPages } from './with-browser.ts';

/** Every file of a build with the given ending, relative to it with forward slashes. */
const filesOf = (dist: string, ending: string) =>
	(readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[])
		.filter((file) => file.endsWith(ending))
		.map((file) => file.split(sep).join('/'))
		.sort();

/** Scans every page of a build; the problems as "file: problem" lines. */
function scanBuild(dist: string): string[] {
	return filesOf(dist, '.html').flatMap((file) =>
		scanPage(readFileSync(join(dist, file), 'utf8'), { base: BASE }).map((problem) => `${file}: ${problem}`),
	);
}

/** A line of a hostile seed, found by how it starts. */
const seedLine = (file: string, start: string) =>
	readFileSync(join(HOSTILE_CORPUS, file), 'utf8')
		.split('\n')
		.find((line) => line.startsWith(start))!;

afterAll(() => removeHostileSite(), 60_000);

describe('the hostile corpus built into a site', () => {
	let dist: string;
	let articles: ArticleRecord[];
	let entities: EntityRecord[];
	/** An article's page, parsed. */
	const pageOf = (article: Pick<ArticleRecord, 'url'>) => parseHtml(readFileSync(fileFor(article.url, dist)!, 'utf8'));
	const article = (id: string) => articles.find((entry) => entry.id === id)!;

	beforeAll(async () => {
		({ dist } = await hostileSite());
		articles = readData<ArticleRecord[]>('articles.json', dist);
		entities = readData<EntityRecord[]>('entities.json', dist);
	});

	it('builds a page for every readable hostile article', () => {
		const readable = Object.entries(hostileSeeds())
			.filter(([name]) => name.endsWith('.txt'))
			.filter(([name, bytes]) => readArticle({ id: name, file: `seeds/${name}`, bytes }).ok)
			.map(([name]) => `seeds/${name}`);
		expect(articles.map((entry) => entry.file).sort()).toEqual(readable.sort());
		expect(articles.filter((entry) => !fileFor(entry.url, dist)).map((entry) => entry.url)).toEqual([]);
	});

	it('shows every article with its headline as the text of <h1> and <title>, and every sentence as text', () => {
		const seeds = hostileSeeds();
		const missing: string[] = [];
		for (const entry of articles) {
			const document = pageOf(entry);
			const all = [...elementsOf(document)];
			const h1 = all.find((element) => element.tagName === 'h1');
			const title = all.find((element) => element.tagName === 'title');
			if (textOf(h1!) !== entry.title) missing.push(`${entry.file}: <h1> reads ${JSON.stringify(textOf(h1!))}`);
			if (textOf(title!) !== `${entry.title} | ${SITE_TITLE}`)
				missing.push(`${entry.file}: <title> reads ${JSON.stringify(textOf(title!))}`);
			const main = squash(textOf(all.find((element) => element.tagName === 'main')!));
			const read = readArticle({ id: entry.id, file: entry.file, bytes: seeds[entry.file.slice('seeds/'.length)]! });
			if (!read.ok) throw new Error(`${entry.file} was built but cannot be read`);
			for (const sentence of read.document.sentences)
				if (!main.includes(squash(sentence.text))) missing.push(`${entry.file}: ${sentence.text}`);
		}
		expect(missing).toEqual([]);
	});

	it('shows injected subheadings as headings and speaker labels as bold lead-ins, character for character', () => {
		const headings = [...elementsOf(pageOf(article('subheading-injection')))]
			.filter((element) => element.tagName === 'h2')
			.map(textOf);
		for (const start of ['Shelling Resumes', 'Repair Crews', 'Aid Pledges'])
			expect(headings).toContain(seedLine('subheading-injection.txt', start));
		const labels = [...elementsOf(pageOf(article('speaker-label-injection')))]
			.filter((element) => element.tagName === 'strong')
			.map(textOf);
		expect(labels).toEqual(
			expect.arrayContaining(['Moderator "><Svg Onload=Alert(1)>:', 'Official </Title><Script>Alert(2)</Script>:']),
		);
	});

	it("shows a sidecar's title, outlet and summary as text, and its summary as the page description", () => {
		const fields = parseYaml(readFileSync(join(HOSTILE_CORPUS, 'sidecar-injection.meta.yaml'), 'utf8')) as Record<
			string,
			string
		>;
		const entry = article('sidecar-injection');
		expect(entry.title).toBe(fields.title);
		const all = [...elementsOf(pageOf(entry))];
		expect(textOf(all.find((element) => element.tagName === 'h1')!)).toBe(fields.title);
		expect(textOf(all.find((element) => element.tagName === 'main')!)).toContain(fields.outlet);
		const description = all.find((element) => attribute(element, 'name') === 'description');
		expect(attribute(description!, 'content')).toBe(fields.summary);
		const ogTitle = all.find((element) => attribute(element, 'property') === 'og:title');
		expect(attribute(ogTitle!, 'content')).toBe(fields.title);
	});

	it("shows a curated entity name with markup as its page's heading and its links' title", () => {
		const { name } = (
			parseYaml(readFileSync(join(HOSTILE_CORPUS, '../hostile-content/gazetteer.yaml'), 'utf8')) as {
				entities: { name: string }[];
			}
		).entities[0]!;
		const entity = entities.find((entry) => entry.name === name)!;
		expect(entity.url).toMatch(/^[/a-z0-9-]+$/);
		const page = parseHtml(readFileSync(fileFor(entity.url, dist)!, 'utf8'));
		expect(textOf([...elementsOf(page)].find((element) => element.tagName === 'h1')!)).toBe(name);
		const links = [...elementsOf(pageOf(article('entity-name-injection')))].filter(
			(element) => element.tagName === 'a' && attribute(element, 'href') === entity.url,
		);
		expect(links.map((link) => attribute(link, 'title'))).toContain(`${name} (organization)`);
	});

	it('draws a place whose curated name carries markup on the map, its table, its locator map and places.csv, as text', () => {
		const { name } = (
			parseYaml(readFileSync(join(HOSTILE_CORPUS, '../hostile-content/gazetteer.yaml'), 'utf8')) as {
				entities: { name: string; type: string }[];
			}
		).entities.find((entry) => entry.type === 'place')!;
		const place = entities.find((entry) => entry.name === name)!;
		expect(place.coordinates).not.toBeNull();
		const map = [...elementsOf(parseHtml(readFileSync(fileFor(paths.map(), dist)!, 'utf8')))];
		// The table names the place in full; a label on the drawing may be shortened, never changed.
		const tableLinks = map.filter((element) => element.tagName === 'a' && attribute(element, 'href') === place.url);
		expect(tableLinks.map(textOf)).toContain(name);
		const labels = map.filter((element) => attribute(element, 'class') === 'fb-map__label').map(textOf);
		const label = labels.find((text) => text.startsWith('Solonets Harbour'));
		expect(label).toBeDefined();
		expect(name.startsWith(label!.replace(/…$/, ''))).toBe(true);
		const marks = map.filter((element) => attribute(element, 'aria-label')?.startsWith(`${name}: `));
		expect(marks.length).toBeGreaterThan(0);
		const placePage = [...elementsOf(parseHtml(readFileSync(fileFor(place.url, dist)!, 'utf8')))];
		expect(textOf(placePage.find((element) => element.tagName === 'h1')!)).toBe(name);
		const locator = placePage.find((element) => attribute(element, 'aria-label')?.startsWith('Locator map: '));
		expect(attribute(locator!, 'aria-label')).toContain(name);
		const rows = parseCsv(readFileSync(join(dist, 'data/places.csv'), 'utf8'));
		expect(rows.some((row) => row.includes(name))).toBe(true);
	});

	it('finds no script, event handler, javascript: URL, frame or style from an article on any page (parser scan)', () => {
		expect(filesOf(dist, '.html').length).toBeGreaterThan(articles.length);
		expect(scanBuild(dist)).toEqual([]);
	});

	it('finds none on the site built from the real seeds either', () => {
		requireBuild();
		expect(scanBuild(DIST)).toEqual([]);
	});

	it('lists every article in the feed with its title as plain text and its summary as text of its HTML description', () => {
		const items = readFeed(readFileSync(join(dist, 'rss.xml'), 'utf8'));
		for (const entry of articles) {
			const item = items.find((candidate) => new URL(candidate.link).pathname === entry.url);
			expect(item?.title, entry.file).toBe(entry.title);
			const description = parseHtmlFragment(item!.description);
			expect([...elementsOf(description)], entry.file).toEqual([]);
			expect(textOf(description), entry.file).toBe(entry.summary);
		}
	});

	it("names only the site's own http(s) pages in the sitemap", () => {
		const urls = filesOf(dist, '.xml')
			.filter((file) => file.startsWith('sitemap'))
			.flatMap((file) => sitemapUrls(readFileSync(join(dist, file), 'utf8')));
		expect(urls.length).toBeGreaterThan(articles.length);
		for (const link of urls) {
			const url = new URL(link);
			expect(url.origin, link).toBe(HOSTILE_SITE_URL);
			expect(url.pathname, link).toMatch(/^[A-Za-z0-9/._~%-]+$/);
		}
	});

	it('neutralises every cell a spreadsheet would run as a formula, in every CSV the site offers', () => {
		const files = filesOf(dist, '.csv');
		expect(files).toEqual(expect.arrayContaining(['data/events.csv', 'data/figures.csv']));
		const cells = files.flatMap((file) =>
			parseCsv(readFileSync(join(dist, file), 'utf8')).flatMap((row) => row.map((cell) => ({ file, cell }))),
		);
		expect(cells.filter(({ cell }) => isFormulaCell(cell))).toEqual([]);
		// The corpus's own formulas reached the CSVs, guarded.
		expect(cells.some(({ cell }) => cell.startsWith("'=SUM(A1:A9)"))).toBe(true);
		expect(cells.some(({ cell }) => cell.startsWith("'@KyivTalks"))).toBe(true);
	});
});

describeWithBrowser('the hostile site in Chromium', () => {
	let dist: string;
	let articles: ArticleRecord[];
	let server: StaticServer;
	let browser: Browser;
	beforeAll(async () => {
		({ dist } = await hostileSite());
		articles = readData<ArticleRecord[]>('articles.json', dist);
		server = await serveStatic(dist, { base: BASE });
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	const open = watchedPages(() => browser);
	const marker = (page: Page) =>
		page.evaluate((name) => (window as unknown as Record<string, unknown>)[name], PWNED_MARKER);

	it('does not run the script in a headline: the window marker stays unset, and the title reads as typed', async () => {
		const entry = articles.find((candidate) => candidate.id === 'headline-injection')!;
		expect(entry.title).toContain(`</title><script>window.${PWNED_MARKER}=`);
		const { page, violations, problems } = await open();
		await page.goto(server.origin + entry.url, { waitUntil: 'networkidle' });
		expect(await marker(page)).toBeUndefined();
		expect(await page.title()).toBe(`${entry.title} | ${SITE_TITLE}`);
		expect(await page.locator('h1').first().textContent()).toBe(entry.title);
		// The browser's own DOM holds no script or handler made from the headline.
		const injected = await page.evaluate(
			(name) =>
				[...document.querySelectorAll('*')].filter(
					(element) =>
						(element.tagName === 'SCRIPT' && element.textContent?.includes(name)) ||
						[...element.attributes].some((attr) => attr.name.startsWith('on')),
				).length,
			PWNED_MARKER,
		);
		expect(injected).toBe(0);
		// Nothing was refused because nothing tried to run: the escaping held, the policy is the second line.
		expect(await violations()).toEqual([]);
		expect(problems).toEqual({ console: [], errors: [], requests: [] });
	});

	it("runs no injected script on any hostile article page, the curated entities' pages or the pages listing them", async () => {
		const curated = (
			parseYaml(readFileSync(join(HOSTILE_CORPUS, '../hostile-content/gazetteer.yaml'), 'utf8')) as {
				entities: { name: string }[];
			}
		).entities.map(
			({ name }) => readData<EntityRecord[]>('entities.json', dist).find((entry) => entry.name === name)!.url,
		);
		const pages = [
			...articles.map((entry) => entry.url),
			...curated,
			BASE,
			`${BASE}timeline/`,
			`${BASE}charts/`,
			`${BASE}map/`,
			`${BASE}organisations/`,
			`${BASE}places/`,
			`${BASE}briefings/situation/`,
		];
		const ran: string[] = [];
		for (const path of pages) {
			const { page, violations, problems } = await open();
			// Injected markup would run while the page parses, before `load`.
			await page.goto(server.origin + path, { waitUntil: 'load' });
			const value = await marker(page);
			if (value !== undefined) ran.push(`${path}: window.${PWNED_MARKER} = ${JSON.stringify(value)}`);
			for (const line of [...(await violations()), ...problems.console, ...problems.errors])
				ran.push(`${path}: ${line}`);
		}
		expect(ran).toEqual([]);
	});

	it('shows a chart tooltip whose label carries markup as text', async () => {
		const { page } = await open();
		await page.goto(`${server.origin}${BASE}charts/`, { waitUntil: 'networkidle' });
		const mark = page.locator('.fb-chart a.fb-chart__mark[aria-label*="</script>"]').first();
		const label = await mark.getAttribute('aria-label');
		expect(label).toContain('<script>');
		await mark.hover();
		const tip = page.locator('.fb-chart-tip');
		await expect.poll(() => tip.isVisible()).toBe(true);
		expect(await tip.textContent()).toBe(label);
		expect(await tip.evaluate((element) => element.children.length)).toBe(0);
		expect(await marker(page)).toBeUndefined();
	});

	it('shows filters and results on the search page without markup, whatever the query in its address', async () => {
		const { name } = (
			parseYaml(readFileSync(join(HOSTILE_CORPUS, '../hostile-content/gazetteer.yaml'), 'utf8')) as {
				entities: { name: string }[];
			}
		).entities[0]!;
		const { page, violations, problems } = await open();
		// The query comes from the address, where anyone can put anything.
		const query = encodeURIComponent(`Coastal Volunteer Brigade "><svg onload=window.${PWNED_MARKER}='query'>`);
		await page.goto(`${server.origin}${BASE}search/?q=${query}`, { waitUntil: 'networkidle' });
		await page.locator('#fb-search .pagefind-ui__result-link').first().waitFor({ state: 'visible', timeout: 30_000 });
		await page.locator('#fb-search .pagefind-ui__filter-name', { hasText: 'entity' }).first().click();
		const labels = await page.locator('#fb-search .pagefind-ui__filter-label').allTextContents();
		// Pagefind's interface writes filter values as HTML, so the site hands it names without < > and & (filterValue).
		expect(labels.map((label) => label.replace(/\s*\(\d+\)\s*$/, '').trim())).toContain(filterValue(name));
		expect(await page.locator('#fb-search svg[onload], #fb-search img[onerror], #fb-search script').count()).toBe(0);
		expect(await marker(page)).toBeUndefined();
		expect(await violations()).toEqual([]);
		expect(problems.errors).toEqual([]);
	});

	it('finds the hostile headline by search and shows it as text in the results', async () => {
		const entry = articles.find((candidate) => candidate.id === 'headline-injection')!;
		const { page, violations } = await open();
		await page.goto(server.origin + BASE, { waitUntil: 'networkidle' });
		const results = await searchInDialog(page, 'Ceasefire Talks Stall Geneva');
		const result = results.and(page.locator(`[href$="${entry.url}"]`)).first();
		await result.waitFor({ state: 'visible' });
		expect(await result.textContent()).toBe(entry.title);
		expect(await page.locator('#starlight__search svg[onload], #starlight__search script').count()).toBe(0);
		expect(await marker(page)).toBeUndefined();
		expect(await violations()).toEqual([]);
	});
});
