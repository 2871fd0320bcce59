// @ts-check

import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { base, paths, SITE_DESCRIPTION, SITE_TITLE, site } from './src/config/site.ts';
import { briefingPdfs } from './src/integrations/briefing-pdfs.ts';
import { contentWatcher } from './src/integrations/content-watcher.ts';
import { siteUrlNotice } from './src/integrations/site-url-notice.ts';
import { contentSecurityPolicy } from './src/security/csp.ts';

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	experimental: {
		// Pages whose cache key (src/data/page-keys.ts) and code are unchanged keep their last output.
		incrementalBuild: true,
	},
	// A hash-based Content Security Policy in a <meta> element of every page (src/security/csp.ts).
	security: { csp: contentSecurityPolicy() },
	vite: {
		// Benchmarks and tests build throw-away copies under .cache/; the dev server must not watch them.
		server: { watch: { ignored: ['**/.cache/**', '**/dist/**', '**/dist-*/**'] } },
	},
	markdown: {
		// Smart punctuation would change the article's own characters; the pages quote them exactly.
		processor: unified({ remarkPlugins: [remarkGfm], smartypants: false }),
	},
	integrations: [
		contentWatcher(),
		siteUrlNotice(),
		starlight({
			title: SITE_TITLE,
			description: SITE_DESCRIPTION,
			lastUpdated: false,
			pagination: true,
			// Replaced per page by src/route-middleware.ts with a sidebar built from the data.
			sidebar: [{ label: 'Home', link: '/' }],
			routeMiddleware: './src/route-middleware.ts',
			components: {
				PageTitle: './src/components/overrides/PageTitle.astro',
				Search: './src/components/overrides/Search.astro',
			},
			customCss: [
				'./src/styles/site.css',
				'./src/styles/charts.css',
				'./src/styles/maps.css',
				'./src/styles/print.css',
			],
			head: [],
		}),
		mdx(),
		// Starlight adds a sitemap of every page unless one is configured; the editors' report is not for readers.
		sitemap({ filter: (page) => !new URL(page).pathname.startsWith(paths.ingestReport()) }),
		// Last, so the PDFs are printed from the finished site.
		briefingPdfs(),
	],
});
