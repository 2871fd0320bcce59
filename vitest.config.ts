import { defineConfig } from 'vitest/config';

// Dates in tests are built in UTC; pin the zone so results do not depend on the machine.
process.env.TZ = 'UTC';

export default defineConfig({
	test: {
		include: ['scripts/**/*.test.ts', 'src/**/*.test.ts', 'test/**/*.test.ts'],
		exclude: ['test/browser/**', 'node_modules/**'],
		testTimeout: 20_000,
	},
});
