/** Measurements for the benchmark: a timed command with its peak memory, and page weights in Chromium. */
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { runCommand } from './temp-checkout.ts';

/** Wall time and peak resident memory of one command. */
export interface Timed {
	seconds: number;
	/** Peak resident set size in MiB, or null where GNU time is not installed. */
	peakMiB: number | null;
	stdout: string;
}

const GNU_TIME = '/usr/bin/time';

/** Runs a command in `cwd`, under GNU `time -v` when available, and reports its time and peak memory. */
export async function timed(
	command: string,
	args: string[],
	cwd: string,
	env: Record<string, string> = {},
): Promise<Timed> {
	if (!existsSync(GNU_TIME)) {
		const result = await runCommand(command, args, cwd, env);
		return { seconds: result.seconds, peakMiB: null, stdout: result.stdout };
	}
	const result = await runCommand(GNU_TIME, ['-v', command, ...args], cwd, env);
	const kib = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1];
	return { seconds: result.seconds, peakMiB: kib ? Number(kib) / 1024 : null, stdout: result.stdout };
}

/** Bytes a page transfers, by kind, raw and gzip-compressed. */
export interface PageWeight {
	html: number;
	css: number;
	js: number;
	other: number;
	htmlGzip: number;
	cssGzip: number;
	jsGzip: number;
	otherGzip: number;
	requests: number;
}

/** Loads `url` in a fresh context, waits for the network to settle, and adds up what it fetched. */
export async function pageWeight(browser: Browser, url: string): Promise<PageWeight> {
	const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
	const page = await context.newPage();
	const bodies: Promise<{ kind: keyof PageWeight; bytes: Buffer } | null>[] = [];
	page.on('response', (response) => {
		const type = response.request().resourceType();
		const kind = type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : 'other';
		bodies.push(
			response
				.body()
				.then((bytes) => ({ kind, bytes }) as const)
				.catch(() => null),
		);
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	// Starlight loads its search UI when the browser is idle; give it the chance, as a reader's browser would.
	await page.evaluate(
		() => new Promise((done) => (window.requestIdleCallback ?? setTimeout)(() => setTimeout(done, 300))),
	);
	await page.waitForLoadState('networkidle');
	const weight: PageWeight = {
		html: 0,
		css: 0,
		js: 0,
		other: 0,
		htmlGzip: 0,
		cssGzip: 0,
		jsGzip: 0,
		otherGzip: 0,
		requests: 0,
	};
	for (const body of await Promise.all(bodies)) {
		if (!body) continue;
		const kind = body.kind as 'html' | 'css' | 'js' | 'other';
		weight[kind] += body.bytes.length;
		weight[`${kind}Gzip`] += gzipSync(body.bytes).length;
		weight.requests++;
	}
	await context.close();
	return weight;
}

/** Kilobytes with one decimal. */
export const kb = (bytes: number) => (bytes / 1024).toFixed(1);
