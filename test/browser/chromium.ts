/**
 * Launches the system Chromium for browser tests and benchmarks. Tools never download a browser of
 * their own: without /usr/bin/chromium the browser suites fail under CI with an install hint and are
 * skipped, loudly, on a developer's machine (see with-browser.ts).
 */
import type { Browser, Page } from 'playwright-core';
import { chromiumInstalledAt, chromiumPath, installHint, launchChromium } from '../../scripts/chromium.ts';

export { CHROMIUM_ARGS } from '../../scripts/chromium.ts';

/** The Chromium the tests use: CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
export const CHROMIUM_PATH = chromiumPath();

/** True when the system Chromium is installed. */
export const chromiumInstalled = chromiumInstalledAt(CHROMIUM_PATH);

/** What to do when Chromium is missing. */
export const INSTALL_HINT = installHint(CHROMIUM_PATH);

/** Starts headless Chromium with the project's flags. */
export function launchBrowser(): Promise<Browser> {
	return launchChromium(CHROMIUM_PATH);
}

/** What went wrong while a page loaded: console errors, uncaught exceptions, failed or 4xx/5xx requests. */
export interface PageProblems {
	console: string[];
	errors: string[];
	requests: string[];
}

/**
 * Starts recording a page's problems; read the returned object after navigating. URLs matching
 * `expectedMissing` (files another command writes after the build) may 404 without counting.
 */
export function watchPage(page: Page, expectedMissing?: RegExp): PageProblems {
	const problems: PageProblems = { console: [], errors: [], requests: [] };
	const expected = (url: string) => expectedMissing?.test(new URL(url, 'http://x').pathname) ?? false;
	page.on('console', (message) => {
		if (message.type() === 'error' && !expected(message.location().url || 'about:blank'))
			problems.console.push(`${message.text()} (${message.location().url})`);
	});
	page.on('pageerror', (error) => problems.errors.push(error.message));
	page.on('requestfailed', (request) => {
		// A navigation away cancels in-flight requests; that is not a broken resource.
		if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
		problems.requests.push(`${request.url()}: ${request.failure()?.errorText}`);
	});
	page.on('response', (response) => {
		if (response.status() >= 400 && !(response.status() === 404 && expected(response.url())))
			problems.requests.push(`${response.url()}: HTTP ${response.status()}`);
	});
	return problems;
}

/**
 * Records every Content Security Policy violation of a page (the browser's `securitypolicyviolation` events), from
 * before the page's first script; read them with the returned function after navigating. Playwright injects the
 * listener over DevTools, so the policy itself does not block it.
 */
export async function recordCspViolations(page: Page): Promise<() => Promise<string[]>> {
	await page.addInitScript(() => {
		const seen: string[] = [];
		Object.defineProperty(window, '__cspViolations', { value: seen });
		document.addEventListener('securitypolicyviolation', (event) =>
			seen.push(
				`${event.effectiveDirective} refused ${event.blockedURI || 'inline'}${event.sample ? `: ${event.sample}` : ''}`,
			),
		);
	});
	return () => page.evaluate(() => [...((window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])]);
}
