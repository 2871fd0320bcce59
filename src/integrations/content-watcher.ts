/**
 * Dev-server integration: runs the content pipeline when `astro dev` starts and again whenever a
 * seed, a sidecar or a curated file changes, so an edited article shows up without a restart.
 */

import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const WATCHED = /^(seeds\/[^/]+\.(txt|meta\.yaml)|content\/[^/]+\.ya?ml)$/;

export function contentWatcher(): AstroIntegration {
	let root = '';
	let running: Promise<void> = Promise.resolve();
	const run = (reason: string, log: (line: string) => void) => {
		// Chain runs so two quick saves never write at the same time.
		running = running.then(async () => {
			const { runContent } = await import('../../scripts/content.ts');
			log(`content: ${reason}`);
			const code = await runContent([], () => {});
			log(
				code === 0
					? 'content: pages and data updated'
					: 'content: finished with errors; run `npm run content` to see them',
			);
		});
		return running;
	};
	return {
		name: 'frontline-brief:content-watcher',
		hooks: {
			'astro:config:setup': async ({ command, config, logger }) => {
				root = fileURLToPath(config.root);
				if (command === 'dev') await run('building from seeds/', (line) => logger.info(line));
			},
			'astro:server:setup': ({ server, logger }) => {
				server.watcher.add([join(root, 'seeds'), join(root, 'content')]);
				const onChange = (path: string) => {
					const file = relative(root, path).split('\\').join('/');
					if (WATCHED.test(file)) void run(`${file} changed`, (line) => logger.info(line));
				};
				server.watcher.on('change', onChange);
				server.watcher.on('add', onChange);
				server.watcher.on('unlink', onChange);
			},
		},
	};
}
