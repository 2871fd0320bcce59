/** Browser suites that fail under CI without Chromium and skip, loudly, on a developer's machine. */
import { describe } from 'vitest';
import { chromiumInstalled, INSTALL_HINT } from './chromium.ts';

/** `describe` for suites that need a browser: fails under CI without Chromium, skips loudly elsewhere. */
export function describeWithBrowser(name: string, body: () => void): void {
	if (chromiumInstalled) {
		describe(name, body);
		return;
	}
	if (process.env['CI']) throw new Error(INSTALL_HINT);
	console.warn(`\n*** SKIPPED browser suite "${name}": ${INSTALL_HINT} ***\n`);
	describe.skip(name, body);
}
