/** Starlight's search dialog, driven as a reader drives it: the button in the header, a query, the results. */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Opens the search dialog of the page `page` shows, types `query`, and waits for the first result. Returns the
 * result links (Pagefind loads its index and WebAssembly on first use, hence the long wait).
 */
export async function searchInDialog(page: Page, query: string): Promise<Locator> {
	const button = page.locator('site-search button[data-open-modal]');
	await expect.poll(() => button.isEnabled()).toBe(true);
	await button.click();
	const input = page.locator('#starlight__search input');
	await input.waitFor({ state: 'visible' });
	await input.fill(query);
	const results = page.locator('#starlight__search .pagefind-ui__result-link');
	await results.first().waitFor({ state: 'visible', timeout: 30_000 });
	return results;
}

/** The paths the result links point to. */
export const resultPaths = (results: Locator): Promise<string[]> =>
	results.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
