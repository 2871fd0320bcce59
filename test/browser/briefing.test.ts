/**
 * What a briefing tells, read in the browser and on paper: the situation briefing's bottom line is the state of
 * play (in date order, newest first, no point older than the newest report of its kind on the same topic), and no
 * printed page of any briefing holds only a heading (checked in the PDFs the build printed, with pdftotext).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { findBriefings } from '../../scripts/export-briefings.ts';
import { KIND_RANK } from '../../src/briefings/bottom-line.ts';
import { compareCoarse } from '../../src/data/partial-date.ts';
import type { ArticleKind } from '../../src/schemas/index.ts';
import { DIST, requireBuild, siteData, squash } from './site.ts';
import { describeWithBrowser, serveBuiltSite } from './with-browser.ts';

interface Point {
	date: string;
	reported: string;
	kind: ArticleKind;
	topics: string[];
	text: string;
}

describeWithBrowser('briefings as a reader reads them', () => {
	requireBuild();
	const site = serveBuiltSite();

	it("reads the situation briefing's bottom line newest first, with nothing a newer report on its topic superseded", async () => {
		const page = await site.browser.newPage();
		await page.goto(site.server.at('briefings/situation/'));
		const points: Point[] = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('[data-fb-bottom-line] > li')].map((item) => ({
				date: item.dataset.date ?? '',
				reported: item.dataset.reported ?? '',
				kind: (item.dataset.kind ?? 'news') as 'news',
				topics: (item.dataset.topics ?? '').split(' ').filter(Boolean),
				text: item.textContent ?? '',
			})),
		);
		await page.close();
		expect(points.length).toBeGreaterThan(0);
		// Each point says when: an ISO date on the item, its words on the page.
		for (const point of points) {
			expect(point.date).toMatch(/^\d{4}(-\d{2}){0,2}$/);
			expect(point.topics.length).toBeGreaterThan(0);
		}
		for (const [index, point] of points.entries())
			if (index > 0)
				expect(
					compareCoarse(points[index - 1]!.date, point.date),
					`“${point.text.slice(0, 60)}” comes after an older point`,
				).toBeGreaterThanOrEqual(0);
		const { articles } = siteData();
		for (const point of points)
			for (const topic of point.topics) {
				const newer = articles.filter(
					(article) =>
						article.published !== null &&
						article.topics.includes(topic) &&
						KIND_RANK[article.kind] <= KIND_RANK[point.kind] &&
						compareCoarse(article.published, point.reported) > 0,
				);
				expect(
					newer.map((article) => article.id),
					`“${point.text.slice(0, 60)}” (${topic}) is older than a newer report on the topic`,
				).toEqual([]);
			}
	});

	it('prints no briefing with a page that holds only a heading, or ends on one', async () => {
		const ids = findBriefings(DIST).filter((id) => existsSync(join(DIST, 'briefings', `${id}.pdf`)));
		expect(ids.length, 'the build prints the briefings when Chromium is installed').toBeGreaterThan(0);
		const page = await site.browser.newPage();
		for (const id of ids) {
			await page.goto(site.server.at(`briefings/${id}/`));
			// Headings and the lines that only introduce what follows (a chart's takeaway, a section's note).
			const headings: string[] = await page.evaluate(() =>
				[
					...document.querySelectorAll(
						'.fb-briefing :is(h2, h3, h4), .fb-briefing :is(.fb-chart__takeaway, .fb-keep-with-next)',
					),
				].map((element) => element.textContent ?? ''),
			);
			const title = (await page.locator('[data-fb-briefing]').getAttribute('data-fb-briefing-title')) ?? '';
			const isIntro = (line: string) =>
				headings.some((heading) => squash(heading) === line || (line.length >= 12 && squash(heading).includes(line)));
			const sheets = execFileSync('pdftotext', ['-enc', 'UTF-8', join(DIST, 'briefings', `${id}.pdf`), '-'], {
				encoding: 'utf8',
			})
				.normalize('NFKC')
				.split('\f')
				.filter((sheet) => sheet.trim());
			for (const [number, sheet] of sheets.entries()) {
				// The running header (site and briefing title) and footer (as of, page N of M) are not content.
				const lines = sheet
					.split('\n')
					.map(squash)
					.filter(
						(line) =>
							line && !line.startsWith('Frontline Brief') && line !== squash(title) && !/^Page \d+ of \d+$/.test(line),
					);
				const where = `briefings/${id}.pdf, page ${number + 1}`;
				expect(lines.length, `${where} is empty`).toBeGreaterThan(0);
				expect(lines.every(isIntro), `${where} holds only a heading: ${lines.join(' / ')}`).toBe(false);
				expect(
					isIntro(lines.at(-1)!) && number < sheets.length - 1,
					`${where} ends on a heading: ${lines.at(-1)}`,
				).toBe(false);
			}
		}
		await page.close();
	});
});
