/**
 * Accessibility of the built site with axe-core, in Starlight's light and dark themes: no serious or
 * critical violation of the WCAG 2.2 AA rules on any tested page, on desktop and at 360 px.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { ROOT, requireBuild } from './site.ts';
import { testedPages } from './tested-pages.ts';
import { describeWithBrowser, serveBuiltSite } from './with-browser.ts';

const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const THEMES = ['light', 'dark'] as const;

interface Violation {
	id: string;
	impact: string | null;
	tags: string[];
	help: string;
	nodes: { target: string[]; html: string; failureSummary?: string }[];
}

/**
 * Runs axe on the loaded page and returns its serious and critical violations. Rules axe marks
 * experimental are left out, as axe itself does by default: selecting rules by WCAG tag would
 * otherwise switch them on (`label-content-name-mismatch` flags Starlight's own search button,
 * whose visible "Ctrl K" hint is not part of its name "Search").
 */
async function seriousViolations(page: Page): Promise<Violation[]> {
	// Evaluated over DevTools rather than added as a <script>: the page's Content Security Policy refuses scripts it
	// has no hash for, and the test should see the page as readers get it, policy on.
	await page.evaluate(AXE_SOURCE);
	const violations = await page.evaluate(async (tags) => {
		const axe = (
			window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Violation[] }> } }
		).axe;
		const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
		return result.violations;
	}, WCAG_TAGS);
	return violations.filter(
		(violation) =>
			(violation.impact === 'serious' || violation.impact === 'critical') && !violation.tags.includes('experimental'),
	);
}

/** One line per violation and up to three elements each, for a readable failure. */
function describeViolations(violations: Violation[]): string {
	return violations
		.map(
			(violation) =>
				`${violation.id} (${violation.impact}): ${violation.help}\n` +
				violation.nodes
					.slice(0, 3)
					.map(
						(node) =>
							`    ${node.target.join(' ')}  ${node.html.slice(0, 160)}\n      ${(node.failureSummary ?? '').split('\n').slice(1, 2).join('').trim()}`,
					)
					.join('\n'),
		)
		.join('\n');
}

describeWithBrowser('accessibility (axe-core, WCAG 2.2 AA)', () => {
	requireBuild();
	const pages = testedPages().filter((page) => !page.missing);
	const site = serveBuiltSite();

	/** Opens a page in the given theme (Starlight reads `starlight-theme` from localStorage). */
	async function openThemed(
		path: string,
		theme: (typeof THEMES)[number],
		viewport = { width: 1280, height: 900 },
	): Promise<Page> {
		const context = await site.browser.newContext({ viewport, colorScheme: theme });
		await context.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
		const page = await context.newPage();
		await page.goto(site.server.origin + path, { waitUntil: 'networkidle' });
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
		return page;
	}

	const cases = pages.flatMap((page) => THEMES.map((theme) => ({ ...page, theme })));

	it.each(cases)('finds no serious violations on the $name page in the $theme theme', async ({ path, theme }) => {
		const page = await openThemed(path, theme);
		const violations = await seriousViolations(page);
		await page.context().close();
		expect(violations, describeViolations(violations)).toEqual([]);
	});

	it.each(cases)(
		'finds no serious violations on the $name page at 360 px in the $theme theme',
		async ({ path, theme }) => {
			const page = await openThemed(path, theme, { width: 360, height: 740 });
			const violations = await seriousViolations(page);
			await page.context().close();
			expect(violations, describeViolations(violations)).toEqual([]);
		},
	);
});
