import { describe, expect, it } from 'vitest';
import { contentSummary, parseArgs, REPORT_SECTIONS, renderedPages, report, type SizeResult } from './run.ts';

describe('parseArgs', () => {
	it('takes sizes, the largest bare Starlight build and the optional measurements', () => {
		expect(parseArgs(['--sizes', '3000,10000', '--mdx'])).toEqual({
			sizes: [3000, 10000],
			bareMax: 3000,
			mdx: true,
			satteri: false,
			lighthouse: false,
			keep: false,
		});
		expect(parseArgs(['--bare-max', '0']).bareMax).toBe(0);
	});
	it('refuses sizes that are not whole numbers', () => {
		expect(() => parseArgs(['--sizes', '10k'])).toThrow(/whole numbers/);
	});
});

describe('contentSummary', () => {
	it('reads what the content step built, took from its cache, and how fast it extracted', () => {
		const stdout = [
			'  articles built  1000',
			'  from cache      999',
			'  extraction      4.20 s (238.1 articles/s, 2 threads)',
		].join('\n');
		expect(contentSummary(stdout)).toEqual({
			built: 1000,
			cached: 999,
			extraction: { seconds: 4.2, perSecond: 238.1, threads: 2 },
		});
	});
});

describe('renderedPages', () => {
	it('counts the pages an incremental build rendered, not those it kept', () => {
		const stdout = [
			'12:00:01   ├─ /articles/a/index.html (+12ms) ',
			'12:00:01   ├─ /articles/b/index.html (cached)',
			'12:00:01   ├─ /articles/c/index.html (restored)',
			'12:00:01   ├─ /charts/strikes.csv (+3ms) ',
			'12:00:01   └─ /index.html (+40ms) ',
		].join('\n');
		expect(renderedPages(stdout)).toBe(2);
	});
});

/** A size's results with nothing measured but the cold build and the output on disk. */
function measured(size: number): SizeResult {
	return {
		size,
		content: {
			seconds: 10,
			peakMiB: 500,
			built: size,
			cached: 0,
			extraction: { seconds: 5, perSecond: 40, threads: 2 },
		},
		astro: { seconds: 20, peakMiB: 900, pages: size + 100 },
		bare: size <= 1000 ? { seconds: 15, peakMiB: 700, pages: size + 2 } : null,
		bareMdx: null,
		satteri: null,
		output: {
			distBytes: size * 100 * 1024,
			htmlPages: size + 100,
			largestRaw: { path: '/charts/', bytes: 200 * 1024 },
			largestGzip: { path: '/charts/', bytes: 30 * 1024 },
			overBudget: [],
		},
		weights: [],
		rebuilds: null,
		lighthouse: null,
		searchIndex: null,
	};
}

describe('report', () => {
	const options = parseArgs(['--sizes', '1000,3000']);
	const text = report([measured(1000), measured(3000)], options);

	it('prints one row per size in each table measured, through one loop', () => {
		const rows = (size: number) => text.split('\n').filter((line) => line.startsWith(`| ${size} `));
		expect(rows(1000)).toHaveLength(2);
		expect(rows(3000)).toHaveLength(2);
		expect(text).toContain('| 1000     | 40 art/s (2 threads) |');
		expect(text).toMatch(/\| 3000 .*not run \|\s+— \|/);
		expect(text).toContain('100.0 KB');
	});

	it('leaves out the tables of what was not measured or not asked for', () => {
		expect(text).not.toContain('Rebuilds');
		expect(text).not.toContain('What MDX costs');
		expect(text).not.toContain('Lighthouse');
		expect(REPORT_SECTIONS.filter((section) => section.shown).length).toBeGreaterThan(0);
	});
});
