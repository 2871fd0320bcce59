/** Browser suites that fail under CI without Chromium and skip, loudly, on a developer's machine. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { type StaticServer, serveStatic } from '../../scripts/serve-static.ts';
import {
	CHROMIUM_PATH,
	chromiumInstalled,
	INSTALL_HINT,
	launchBrowser,
	type PageProblems,
	recordCspViolations,
	watchPage,
} from './chromium.ts';
import { BASE, DIST, requireBuild } from './site.ts';

/** `describe` for suites that need a browser: fails under CI without Chromium, skips loudly elsewhere. */
export function describeWithBrowser(name: string, body: () => void): void {
	if (chromiumInstalled) {
		describe(name, body);
		return;
	}
	if (process.env.CI) throw new Error(INSTALL_HINT);
	console.warn(`\n*** SKIPPED browser suite "${name}": ${INSTALL_HINT} ***\n`);
	// The body is not run: it may need the build or the browser to list its cases.
	describe.skip(name, () => it(`needs Chromium at ${CHROMIUM_PATH}`, () => {}));
}

/** A built site served on a local port, and one Chromium to read it with. */
export interface ServedSite {
	readonly server: StaticServer;
	readonly browser: Browser;
}

/**
 * Serves the build under test and starts Chromium before the calling suite's cases, and closes both after
 * them. Call it in a `describeWithBrowser` body; the fields are set once the suite's cases run.
 */
export function serveBuiltSite(dist = DIST): ServedSite {
	requireBuild(dist);
	const site: { server?: StaticServer; browser?: Browser } = {};
	beforeAll(async () => {
		site.server = await serveStatic(dist, { base: BASE });
		site.browser = await launchBrowser();
	});
	afterAll(async () => {
		await site.browser?.close();
		await site.server?.close();
	});
	return site as ServedSite;
}

/** A page in a fresh browser context, recording what went wrong while it loads and the policy violations it reports. */
export interface WatchedPage {
	page: Page;
	violations: () => Promise<string[]>;
	problems: PageProblems;
}

/**
 * An opener of watched pages for the calling suite: each call closes the page it opened before and opens a fresh one
 * (1280 × 900) in `browser()`; the last is closed after the suite.
 */
export function watchedPages(browser: () => Browser): () => Promise<WatchedPage> {
	let context: BrowserContext | undefined;
	afterAll(async () => {
		await context?.close();
	});
	return async () => {
		await context?.close();
		context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		return { page, violations: await recordCspViolations(page), problems: watchPage(page) };
	};
}
