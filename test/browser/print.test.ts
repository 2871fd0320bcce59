/**
 * Printing: a briefing printed from the browser loses the site's chrome and keeps every section;
 * the build printed every briefing to PDF and shows its link; the situation briefing's PDF holds
 * every section, its bottom line word for word, its sources and a running header and footer
 * (checked with pdfinfo and pdftotext).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { findBriefings } from '../../scripts/export-briefings.ts';
import { briefingSections } from '../../src/briefings/index.ts';
import { BASE, DIST, requireBuild, squash } from './site.ts';
import { describeWithBrowser, serveBuiltSite } from './with-browser.ts';

/** Site chrome that must not print, by selector. */
const CHROME = {
	header: 'header.header',
	sidebar: 'nav.sidebar',
	search: 'site-search',
	'theme menu': 'starlight-theme-select',
	'on this page (desktop)': '.right-sidebar-container',
	'on this page (mobile)': 'mobile-starlight-toc',
	pagination: '.pagination-links',
	'skip link': '.sl-skip-link',
	'print controls': '.fb-print-controls',
};

/** What a printed briefing page shows, read in the page. */
interface PrintedBriefing {
	visibleChrome: string[];
	sections: { id: string; visible: boolean }[];
	bottomLine: string[];
	footnotes: number[];
	sources: number[];
	visibleSentenceLinks: number;
	visibleSourceUrls: number;
	bodyFont: string;
}

async function readPrinted(page: Page): Promise<PrintedBriefing> {
	return page.evaluate((chrome) => {
		const visible = (element: Element) => element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
		const all = (selector: string) => [...document.querySelectorAll(selector)];
		return {
			visibleChrome: Object.entries(chrome)
				.filter(([, selector]) => all(selector).some(visible))
				.map(([name]) => name),
			sections: all('.fb-briefing h2[id]').map((heading) => ({ id: heading.id, visible: visible(heading) })),
			bottomLine: all('.fb-bluf__points > li')
				.filter(visible)
				.map((item) => item.textContent ?? ''),
			footnotes: all('.fb-fn a')
				.filter(visible)
				.map((link) => Number(link.getAttribute('href')!.replace('#source-', ''))),
			sources: all('.fb-sources > li')
				.filter(visible)
				.map((item) => Number(item.id.replace('source-', ''))),
			visibleSentenceLinks: all('.fb-fn-sentence').filter(visible).length,
			visibleSourceUrls: all('.fb-sources__url').filter(visible).length,
			bodyFont: getComputedStyle(document.querySelector('.sl-markdown-content') ?? document.body).fontFamily,
		};
	}, CHROME);
}

describeWithBrowser('printing briefings', () => {
	requireBuild();
	const site = serveBuiltSite();

	it('prints the situation briefing without site chrome and with every section, footnote and source', async () => {
		const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(site.server.at('briefings/situation/'));
		const onScreen = await readPrinted(page);
		expect(onScreen.visibleChrome).toContain('header');
		expect(onScreen.visibleChrome).toContain('print controls');

		await page.emulateMedia({ media: 'print' });
		const printed = await readPrinted(page);
		await page.close();
		expect(printed.visibleChrome).toEqual([]);
		const printedSection = (id: string) => printed.sections.some((section) => section.id === id);
		const expected = briefingSections({
			charts: printedSection('charts'),
			map: printedSection('map'),
			positions: printedSection('positions'),
		}).map((section) => section.id);
		expect(printed.sections.map((section) => section.id)).toEqual(expected);
		expect(printed.sections.every((section) => section.visible)).toBe(true);
		expect(printed.bottomLine.length).toBeGreaterThanOrEqual(3);
		expect(printed.bottomLine.length).toBeLessThanOrEqual(5);
		// Every footnote number printed has its entry in the printed source list, and the list has no gaps.
		expect(printed.footnotes.length).toBeGreaterThan(0);
		for (const number of printed.footnotes) expect(printed.sources).toContain(number);
		expect(printed.sources).toEqual(printed.sources.map((_, index) => index + 1));
		// On paper the footnote numbers stand for the sentence links; the sources print their addresses.
		expect(printed.visibleSentenceLinks).toBe(0);
		expect(printed.visibleSourceUrls).toBe(printed.sources.length);
		expect(printed.bodyFont).toMatch(/serif/);
		expect(printed.bodyFont).not.toMatch(/^(system-ui|-apple-system|ui-sans-serif)/);
	});

	it('offers "Print / save as PDF" only when JavaScript runs', async () => {
		const withScript = await site.browser.newPage();
		await withScript.goto(site.server.at('briefings/situation/'));
		await expect.poll(() => withScript.locator('[data-fb-print]').isVisible(), { timeout: 15_000 }).toBe(true);
		await withScript.close();

		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const withoutScript = await context.newPage();
		await withoutScript.goto(site.server.at('briefings/situation/'));
		expect(await withoutScript.locator('[data-fb-print]').isVisible()).toBe(false);
		await context.close();
	});

	it('finds every briefing printed to PDF by the build, each linked from its page, with or without JavaScript', async () => {
		const ids = findBriefings(DIST);
		expect(ids.length).toBeGreaterThan(1);
		const missing = ids.filter((id) => !existsSync(join(DIST, 'briefings', `${id}.pdf`)));
		expect(missing, 'the build prints every briefing when Chromium is installed; rebuild with `npm run build`').toEqual(
			[],
		);
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		for (const id of ids) {
			const response = await page.goto(site.server.at(`briefings/${id}/`));
			expect(response?.ok()).toBe(true);
			const link = page.locator('[data-fb-pdf]');
			expect(await link.isVisible(), `the PDF link of briefings/${id}/`).toBe(true);
			expect(await link.getAttribute('href')).toBe(`${BASE}briefings/${id}.pdf`);
			const pdf = await page.request.get(site.server.at(`briefings/${id}.pdf`));
			expect(pdf.headers()['content-type']).toBe('application/pdf');
		}
		await context.close();
	});

	it('lays a topic briefing out at 360 px without sideways scrolling', async () => {
		const page = await site.browser.newPage({ viewport: { width: 360, height: 800 } });
		await page.goto(site.server.at('briefings/peace-plan/'));
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
		);
		await page.close();
		expect(overflow).toBe(0);
	});

	it('prints the situation briefing to an A4 PDF with every section, its bottom line and its sources', async () => {
		const page = await site.browser.newPage();
		await page.goto(site.server.at('briefings/situation/'));
		const onPage = await page.evaluate(() => ({
			title: document.querySelector('[data-fb-briefing]')?.getAttribute('data-fb-briefing-title') ?? '',
			sections: [...document.querySelectorAll('.fb-briefing h2[id]')].map((heading) => heading.textContent ?? ''),
			bottomLine: [...document.querySelectorAll('.fb-bluf__points > li')].map(
				(item) => item.firstChild?.textContent ?? '',
			),
			sources: [...document.querySelectorAll('.fb-sources > li > a:first-child')].map((link) => link.textContent ?? ''),
			asOf: document.querySelector('.fb-briefing__dateline time')?.textContent ?? '',
		}));
		await page.close();

		const file = join(DIST, 'briefings', 'situation.pdf');
		const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
		const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
		expect(pages).toBeGreaterThanOrEqual(2);
		expect(pages).toBeLessThanOrEqual(20);
		expect(info).toMatch(/^Page size:.*\(A4\)/m);

		const raw = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
		const text = squash(raw.normalize('NFKC'));
		const has = (words: string) =>
			expect(text, `the PDF text should contain “${words}”`).toContain(squash(words.normalize('NFKC')));
		has(onPage.title);
		for (const heading of onPage.sections) has(heading);
		for (const point of onPage.bottomLine) has(point.trim());
		for (const source of onPage.sources) has(source);
		// Running header and footer on every page.
		has(`Page 1 of ${pages}`);
		has(`Page ${pages} of ${pages}`);
		expect(
			raw
				.split('\f')
				.filter((sheet) => sheet.trim())
				.every((sheet) => sheet.includes(onPage.title)),
		).toBe(true);
		has(onPage.asOf);
		// No site chrome on paper.
		for (const chrome of ['On this page', 'Skip to content', 'Print / save as PDF'])
			expect(text, `the PDF should not print “${chrome}”`).not.toContain(chrome);
	});
});
