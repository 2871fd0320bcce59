import { defineConfig } from 'vitest/config';

// Browser tests drive one headless Chromium against the built site (`npm run build` first). They run
// one file at a time: the machines have two cores, and a second browser or build would only thrash.
process.env.TZ = 'UTC';

export default defineConfig({
	test: {
		include: ['test/browser/**/*.test.ts'],
		fileParallelism: false,
		maxWorkers: 1,
		sequence: { concurrent: false },
		testTimeout: 120_000,
		// The link check builds the site a second time under a non-root base path (about a minute).
		hookTimeout: 600_000,
		teardownTimeout: 30_000,
	},
});
