import { describe, expect, it } from 'vitest';
import { contentSummary, parseArgs, renderedPages } from './run.ts';

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
