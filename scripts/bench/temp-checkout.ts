/**
 * A throw-away copy of the project to build in, so benchmarks and the base-path link check never
 * touch the working tree's generated content or `dist/`. The copy lives in the git-ignored
 * `.cache/checkouts/` of the project, so Node finds the project's `node_modules` by walking up, as in
 * a monorepo (symlinked dependencies confuse Vite's module ids), while Astro's and Vite's caches
 * (`node_modules/.astro`, `.vite`) are created inside the copy.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** Top-level entries never copied: dependencies (found by walking up), build output, caches, git. */
const SKIPPED = new Set(['node_modules', 'dist', 'dist-base', '.git', '.astro', '.cache', 'test-results']);

/** A copy of the project in a temporary folder. */
export interface TempCheckout {
	dir: string;
	/** Runs a command in the copy; rejects with its output when it exits non-zero. */
	run(command: string, args: string[], env?: Record<string, string>): Promise<RunResult>;
	remove(): Promise<void>;
}

/** Output and timing of one command. */
export interface RunResult {
	stdout: string;
	stderr: string;
	seconds: number;
}

/** Copies `root` (without node_modules, build output and caches) into `root/.cache/checkouts/`. */
export async function makeTempCheckout(root: string, prefix = 'checkout-'): Promise<TempCheckout> {
	await mkdir(join(root, '.cache/checkouts'), { recursive: true });
	const dir = await mkdtemp(join(root, '.cache/checkouts', prefix));
	for (const entry of await readdir(root, { withFileTypes: true })) {
		if (SKIPPED.has(entry.name)) continue;
		await cp(join(root, entry.name), join(dir, entry.name), { recursive: true, verbatimSymlinks: true });
	}
	return {
		dir,
		run: (command, args, env = {}) => runCommand(command, args, dir, env),
		remove: () => rm(dir, { recursive: true, force: true }),
	};
}

/** Variables Vitest sets for `import.meta.env` (as process.env) that a child `astro build` would obey. */
const TEST_RUNNER_ENV = /^(NODE_ENV|TEST|VITEST.*|BASE_URL|MODE|DEV|PROD|SSR|FORCE_TTY)$/;

/**
 * The environment without what a test runner sets for itself: under Vitest, NODE_ENV=test, DEV=1 and
 * BASE_URL=/ would make `astro build` compile dev-mode code and drop the base path from Starlight's links.
 */
export function cleanEnv(): Record<string, string> {
	return Object.fromEntries(
		Object.entries(process.env).filter(
			(entry): entry is [string, string] => entry[1] !== undefined && !TEST_RUNNER_ENV.test(entry[0]),
		),
	);
}

/** Runs a command to completion in `cwd`; rejects with the tail of its output when it fails. */
export function runCommand(
	command: string,
	args: string[],
	cwd: string,
	env: Record<string, string> = {},
): Promise<RunResult> {
	const started = performance.now();
	return new Promise((done, fail) => {
		const child = spawn(command, args, { cwd, env: { ...cleanEnv(), ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
		child.on('error', fail);
		child.on('close', (code) => {
			const seconds = (performance.now() - started) / 1000;
			if (code === 0) done({ stdout, stderr, seconds });
			else
				fail(
					new Error(
						`\`${command} ${args.join(' ')}\` exited with ${code} in ${cwd}:\n${(stdout + stderr).slice(-4000)}`,
					),
				);
		});
	});
}
