/**
 * Build integration: a build without SITE_URL says so once, up front, with what it leaves out. The
 * pages then name no domain at all (see src/config/site.ts) rather than a made-up one.
 */
import type { AstroIntegration } from 'astro';
import { NO_SITE_URL_NOTICE } from '../config/site.ts';

export function siteUrlNotice(): AstroIntegration {
	let hasSite = false;
	return {
		name: 'frontline-brief:site-url',
		hooks: {
			'astro:config:done': ({ config }) => {
				hasSite = config.site !== undefined;
			},
			'astro:build:start': ({ logger }) => {
				if (!hasSite) logger.warn(NO_SITE_URL_NOTICE);
			},
		},
	};
}
