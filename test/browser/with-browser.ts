/** Browser suites that fail under CI without Chromium and skip, loudly, on a developer's machine. */
import { describe, it } from 'vitest';
import { CHROMIUM_PATH, chromiumInstalled, INSTALL_HINT } from './chromium.ts';

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
