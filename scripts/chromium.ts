/**
 * The system Chromium that prints the briefings and drives the browser tests and benchmarks. Tools
 * never download a browser of their own: the Debian package (`apt-get install chromium`) at
 * /usr/bin/chromium, or the binary CHROMIUM_PATH names.
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Where Chromium is looked for: CHROMIUM_PATH, else the Debian package's binary. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
	return env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/** Flags for a quiet, sandbox-free headless run in containers and CI. */
export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

/** True when there is a Chromium binary at `path`. */
export function chromiumInstalledAt(path: string = chromiumPath()): boolean {
	return existsSync(path);
}

/** What to do when Chromium is missing. */
export function installHint(path: string = chromiumPath()): string {
	return (
		`Chromium was not found at ${path}. Install it with \`sudo apt-get install -y chromium\` (Debian/Ubuntu), ` +
		'or set CHROMIUM_PATH to a Chromium binary.'
	);
}

/** Starts headless Chromium with the project's flags; fails with the install hint when it is missing. */
export function launchChromium(path: string = chromiumPath()): Promise<Browser> {
	if (!chromiumInstalledAt(path)) throw new Error(installHint(path));
	return chromium.launch({ executablePath: path, args: CHROMIUM_ARGS, headless: true });
}
