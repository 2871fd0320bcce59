/**
 * The hostile corpus (test/hostile-fixtures.ts) built into a whole site, once per test run: a throw-away copy of
 * the project whose `seeds/` holds only the hostile files and whose gazetteer has the hostile entries, run through
 * the content pipeline and `astro build` like a real site, in `.cache/checkouts/hostile-…/dist`.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeTempCheckout, type TempCheckout } from '../../scripts/bench/temp-checkout.ts';
import { buildContent } from '../../scripts/build-content.ts';
import { DEFAULT_OPTIONS } from '../../scripts/content.ts';
import { nodeEffects } from '../../scripts/effects.ts';
import { hostileContent, hostileSeeds } from '../hostile-fixtures.ts';
import { BASE, ROOT } from './site.ts';

const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

/**
 * The origin the hostile site is built for: without SITE_URL a build writes no feed and no sitemap, and both are
 * sinks under test. `.test` is reserved for testing, so it can name no real site.
 */
export const HOSTILE_SITE_URL = 'https://hostile-corpus.test';

/** A built hostile site: its `dist/` and the content pipeline's diagnostics. */
export interface HostileSite {
	dist: string;
	checkout: TempCheckout;
}

/**
 * Copies the project, swaps in the hostile seeds and gazetteer, and builds it under the same base path as the
 * site under test. The pipeline runs in this process: the corpus has bad sidecars on purpose, so the CLI would
 * exit with an error after writing every readable article.
 */
export async function buildHostileSite(): Promise<HostileSite> {
	const checkout = await makeTempCheckout(ROOT, 'hostile-');
	await rm(join(checkout.dir, 'seeds'), { recursive: true, force: true });
	await mkdir(join(checkout.dir, 'seeds'));
	for (const [name, bytes] of Object.entries(hostileSeeds())) await writeFile(join(checkout.dir, 'seeds', name), bytes);
	for (const [name, text] of Object.entries(hostileContent()))
		await writeFile(join(checkout.dir, 'content', name), text);
	await buildContent(
		nodeEffects(checkout.dir, () => {}),
		{
			...DEFAULT_OPTIONS,
			cacheDir: null,
			pipelineVersion: 'hostile-site',
			strict: false,
		},
	);
	// Without the briefing PDFs: their titles are curated topic names, and printing them would double the build time.
	await checkout.run(process.execPath, [ASTRO, 'build'], {
		BASE_PATH: BASE,
		SITE_URL: HOSTILE_SITE_URL,
		ASTRO_TELEMETRY_DISABLED: '1',
		BRIEFING_PDFS: 'off',
	});
	return { dist: join(checkout.dir, 'dist'), checkout };
}

let shared: Promise<HostileSite> | null = null;

/** The hostile site, built on first use and shared by the suites of one test file. */
export function hostileSite(): Promise<HostileSite> {
	shared ??= buildHostileSite();
	return shared;
}

/** Removes the build, unless KEEP_CHECKOUT is set (then says where it is). */
export async function removeHostileSite(): Promise<void> {
	if (!shared) return;
	const { checkout } = await shared.catch(() => ({ checkout: null }));
	shared = null;
	if (!checkout) return;
	if (process.env.KEEP_CHECKOUT) console.log(`kept the hostile site in ${checkout.dir}`);
	else await checkout.remove();
}
