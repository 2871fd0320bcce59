/**
 * Build integration: once `astro build` has written the site (and Pagefind has indexed it), prints
 * every briefing to `briefings/<id>.pdf` with the system Chromium and reveals each briefing's
 * "Download as PDF" link, so the documented build alone gives the complete site. Without Chromium
 * the build still succeeds: it says so once, and the links stay hidden.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { normalizeBase } from '../config/site.ts';

export function briefingPdfs(): AstroIntegration {
	let base = '/';
	let cacheDir = '';
	return {
		name: 'frontline-brief:briefing-pdfs',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = normalizeBase(config.base);
				cacheDir = fileURLToPath(config.cacheDir);
			},
			'astro:build:done': async ({ dir, logger }) => {
				// Loaded here, not with the config: only a build needs Chromium's driver.
				const { printBriefingsAfterBuild } = await import('../../scripts/export-briefings.ts');
				await printBriefingsAfterBuild(
					// A briefing whose page did not change keeps the PDF printed from it last time.
					{ dist: fileURLToPath(dir), base, cacheDir },
					{ info: (line) => logger.info(line), warn: (line) => logger.warn(line) },
				);
			},
		},
	};
}
