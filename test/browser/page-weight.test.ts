/**
 * A page's weight does not depend on the size of the corpus. The five seed articles are built once
 * alone (the site under test, `dist/`) and once among 500 articles (the seeds plus 495 generated
 * from them, as the benchmark makes them, in a throw-away copy): each seed's article page must hold
 * the same article, header and sections, and differ only by the navigation around it, which is
 * bounded (the sidebar's sections show a fixed number of items, the previous and next links two,
 * related articles five), so the page is as heavy in both.
 *
 * Every page of the large build must also keep within the budgets: 60 KB gzip, 300 KB raw.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, type SeedFile } from '../../scripts/bench/corpus.ts';
import { BUDGET } from '../../scripts/bench/run.ts';
import { makeTempCheckout, type TempCheckout } from '../../scripts/bench/temp-checkout.ts';
import type { ArticleRecord } from '../../src/schemas/index.ts';
import { DIST, ROOT, requireBuild } from './site.ts';

const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const LARGE = 500;
/** How much heavier the same article page may be in the large corpus: its navigation, never its content. */
const NAVIGATION_ALLOWANCE = 6 * 1024;

/**
 * The parts of an article page that depend on the corpus around it: the sidebar, the previous/next links, related
 * articles, and under each of the article's events the other articles that report it (at most
 * `PAGE_LIMITS.eventSources`, then a link to them all).
 */
function withoutNavigation(html: string): string {
	return html
		.replace(/<nav[^>]*aria-label="Main"[\s\S]*?<\/nav>/, '')
		.replace(/<nav[^>]*class="[^"]*sidebar[^"]*"[\s\S]*?<\/nav>/g, '')
		.replace(/<div class="pagination-links"[\s\S]*?<\/div>/, '')
		.replace(/<section aria-labelledby="related-articles">[\s\S]*?<\/section>/, '')
		.replace(/<ul class="fb-timeline__sources[^"]*"[^>]*>[\s\S]*?<\/ul>/g, '');
}

/**
 * A year-less article's date evidence names the corpus's date anchor (the latest confidently dated article), which a
 * larger corpus may move: that date is corpus context, not the article's text.
 */
const withoutAnchor = (text: string) =>
	text.replace(/latest confidently dated article \(\d{4}-\d{2}-\d{2}\)/g, 'latest confidently dated article (…)');

/** The article text of a page: what its MDX page renders, between the header and the footer. */
function articleText(html: string): string {
	const start = html.indexOf('<div class="fb-article-header">');
	const end = html.indexOf('<section aria-labelledby="in-this-article">');
	return withoutAnchor(
		html
			.slice(start, end)
			.replace(/<[^>]+>/g, ' ')
			.replace(/\s+/g, ' '),
	);
}

const pageOf = (dist: string, article: ArticleRecord) =>
	readFileSync(join(dist, article.url.replace(/^\//, ''), 'index.html'), 'utf8');

describe(`the same article pages in a corpus of 5 and of ${LARGE}`, () => {
	let checkout: TempCheckout;
	let large: string;
	let seedArticles: ArticleRecord[];
	let largeArticles: Map<string, ArticleRecord>;

	beforeAll(async () => {
		requireBuild();
		const names = readdirSync(join(ROOT, 'seeds')).filter((name) => name.endsWith('.txt'));
		const seeds: SeedFile[] = names.map((name) => ({ name, text: readFileSync(join(ROOT, 'seeds', name), 'utf8') }));
		checkout = await makeTempCheckout(ROOT, 'page-weight-');
		const { writeFile } = await import('node:fs/promises');
		for (const file of generateCorpus(seeds, LARGE - seeds.length))
			await writeFile(join(checkout.dir, 'seeds', file.name), file.text);
		const env = { ASTRO_TELEMETRY_DISABLED: '1', BRIEFING_PDFS: 'off' };
		await checkout.run(process.execPath, ['scripts/content.ts'], env);
		await checkout.run(process.execPath, [ASTRO, 'build'], env);
		large = join(checkout.dir, 'dist');
		seedArticles = JSON.parse(readFileSync(join(DIST, 'data/articles.json'), 'utf8')) as ArticleRecord[];
		const all = JSON.parse(readFileSync(join(large, 'data/articles.json'), 'utf8')) as ArticleRecord[];
		largeArticles = new Map(all.map((article) => [article.id, article]));
	});
	afterAll(async () => {
		if (process.env.KEEP_CHECKOUT) console.log(`kept the ${LARGE}-article build in ${checkout.dir}`);
		else await checkout?.remove();
	});

	it('builds the large corpus with every seed among its articles', () => {
		expect(largeArticles.size).toBe(LARGE);
		for (const article of seedArticles) expect(largeArticles.has(article.id)).toBe(true);
	});

	it('gives each seed the same article text on its page', () => {
		for (const article of seedArticles) {
			const other = largeArticles.get(article.id)!;
			expect(articleText(pageOf(large, other)), article.id).toBe(articleText(pageOf(DIST, article)));
		}
	});

	it('keeps each seed’s page as heavy, apart from bounded navigation', () => {
		for (const article of seedArticles) {
			const small = pageOf(DIST, article);
			const big = pageOf(large, largeArticles.get(article.id)!);
			const difference = Math.abs(big.length - small.length);
			const withoutNav = Math.abs(withoutNavigation(big).length - withoutNavigation(small).length);
			expect(difference, `${article.id}: ${small.length} → ${big.length} bytes`).toBeLessThan(NAVIGATION_ALLOWANCE);
			expect(withoutNav, `${article.id} without its navigation`).toBeLessThan(NAVIGATION_ALLOWANCE / 2);
		}
	});

	it('keeps every page of the large build within the budgets', () => {
		const over: string[] = [];
		for (const name of readdirSync(large, { recursive: true }) as string[]) {
			if (!name.endsWith('.html')) continue;
			const bytes = readFileSync(join(large, name));
			const gzip = gzipSync(bytes).length;
			if (bytes.length > BUDGET.raw || gzip > BUDGET.gzip)
				over.push(`${name}: ${Math.round(bytes.length / 1024)} KB raw, ${Math.round(gzip / 1024)} KB gzip`);
		}
		expect(over).toEqual([]);
	});
});
