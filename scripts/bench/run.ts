/**
 * `npm run bench`: how fast the site builds and how heavy its pages are, against a bare Starlight
 * site with the same articles.
 *
 *   node scripts/bench/run.ts [--sizes 5,200,1000] [--lighthouse] [--no-satteri] [--keep]
 *
 * For each corpus size (5 = the real seeds; larger sizes recombine them, see corpus.ts) it measures
 * ingest throughput (`buildContent` in memory, cache off), the full build (content + `astro build`)
 * with its peak memory, the same pages built by bare Starlight, both with our Markdown processor
 * (unified + remark-gfm) and Astro 7's default (Sätteri); the bytes an article, a topic, the timeline,
 * the charts and the map page transfer; the Pagefind index size; and an incremental content run after
 * one seed changes. `--lighthouse`
 * adds Lighthouse scores (slow). Builds run in throw-away copies under `.cache/checkouts/`, so the
 * working tree is never touched. Results are printed as tables and saved to `.cache/bench/`.
 */

import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumInstalled, INSTALL_HINT, launchBrowser } from '../../test/browser/chromium.ts';
import { buildContent } from '../build-content.ts';
import { memoryEffects } from '../effects.ts';
import { serveStatic } from '../serve-static.ts';
import { makeBareProject, type Processor } from './bare-starlight.ts';
import { generateCorpus, type SeedFile } from './corpus.ts';
import { kb, type PageWeight, pageWeight, timed } from './measure.ts';
import { makeTempCheckout, runCommand, type TempCheckout } from './temp-checkout.ts';

const ROOT = join(fileURLToPath(import.meta.url), '../../..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const CHECKOUTS = join(ROOT, '.cache/checkouts');
// The briefing PDFs (printed at the end of a build) are left out: the figures compare the site with bare Starlight.
const ENV = { ASTRO_TELEMETRY_DISABLED: '1', BRIEFING_PDFS: 'off' };

interface Options {
	sizes: number[];
	lighthouse: boolean;
	satteri: boolean;
	keep: boolean;
}

function parseArgs(args: string[]): Options {
	const value = (flag: string) => {
		const index = args.indexOf(flag);
		return index >= 0 ? args[index + 1] : undefined;
	};
	const sizes = (value('--sizes') ?? '5,200,1000').split(',').map(Number);
	if (sizes.some((size) => !Number.isInteger(size) || size < 1))
		throw new Error(`--sizes takes whole numbers separated by commas, got "${value('--sizes')}"`);
	return {
		sizes,
		lighthouse: args.includes('--lighthouse'),
		satteri: !args.includes('--no-satteri'),
		keep: args.includes('--keep'),
	};
}

/** One build's numbers, or why it failed. */
interface BuildResult {
	seconds: number | null;
	peakMiB: number | null;
	pages: number | null;
	error?: string;
}

interface SizeResult {
	size: number;
	ingest: { seconds: number; perSecond: number; skipped: number };
	content: BuildResult;
	ours: Record<Processor, BuildResult>;
	bare: Record<Processor, BuildResult>;
	weights: { page: string; path: string; weight: PageWeight }[];
	incremental: {
		coldSeconds: number;
		warmSeconds: number;
		warmCached: number;
		changed: string;
		changedSeconds: number;
		reextracted: number;
		cached: number;
	} | null;
	lighthouse: { page: string; performance: number; accessibility: number; bestPractices: number; seo: number }[] | null;
	/** The Pagefind index in `dist/pagefind/`: files and bytes in all, and the part that holds the filters. */
	searchIndex: { files: number; bytes: number; filterBytes: number } | null;
}

const log = (line: string) => console.log(`[bench] ${line}`);

async function readSeeds(): Promise<SeedFile[]> {
	const names = (await readdir(join(ROOT, 'seeds'))).filter((name) => name.endsWith('.txt')).sort();
	return Promise.all(names.map(async (name) => ({ name, text: await readFile(join(ROOT, 'seeds', name), 'utf8') })));
}

/** The content pipeline in memory with the cache off; returns the report. */
async function ingestInMemory(corpus: SeedFile[]) {
	const files: Record<string, string | Uint8Array> = {};
	for (const entry of await readdir(join(ROOT, 'content'), { withFileTypes: true }))
		if (entry.isFile()) files[`content/${entry.name}`] = await readFile(join(ROOT, 'content', entry.name));
	for (const seed of corpus) files[`seeds/${seed.name}`] = seed.text;
	return buildContent(memoryEffects(files), {
		seedsDir: 'seeds',
		contentDir: 'content',
		pagesDir: 'pages',
		dataDir: 'data',
		cacheDir: null,
		pipelineVersion: 'bench',
		strict: false,
	});
}

/** Ingest throughput in articles per second, after one untimed warm-up run (module loading, JIT). */
async function measureIngest(corpus: SeedFile[], seeds: SeedFile[]): Promise<SizeResult['ingest']> {
	await ingestInMemory(seeds);
	const started = performance.now();
	const report = await ingestInMemory(corpus);
	const seconds = (performance.now() - started) / 1000;
	return { seconds, perSecond: report.built / seconds, skipped: report.skipped };
}

/** Number of HTML pages in a build. */
async function countPages(dist: string): Promise<number> {
	return ((await readdir(dist, { recursive: true })) as string[]).filter((file) => file.endsWith('.html')).length;
}

/** Runs `astro build` in `dir` (optionally with another config and output folder), timed. */
async function astroBuild(dir: string, config: string | null, outDir: string): Promise<BuildResult> {
	try {
		const args = [ASTRO, 'build', '--outDir', outDir, ...(config ? ['--config', config] : [])];
		const result = await timed(process.execPath, args, dir, ENV);
		return { seconds: result.seconds, peakMiB: result.peakMiB, pages: await countPages(join(dir, outDir)) };
	} catch (error) {
		const message = (error as Error).message;
		// The command line, then the lines that name the failure.
		const lines = message.split('\n');
		return {
			seconds: null,
			peakMiB: null,
			pages: null,
			error: [lines[0], ...lines.filter((line) => /error/i.test(line)).slice(0, 5)].join('\n'),
		};
	}
}

/** Our config with the `markdown.processor` line dropped, so Astro uses its default (Sätteri). */
async function writeSatteriConfig(dir: string): Promise<string> {
	const config = await readFile(join(dir, 'astro.config.mjs'), 'utf8');
	const without = config.replace(/^\s*processor:.*\n/m, '');
	if (without === config)
		throw new Error('astro.config.mjs has no `processor:` line to drop; update scripts/bench/run.ts');
	await writeFile(join(dir, 'astro.satteri.config.mjs'), without);
	return 'astro.satteri.config.mjs';
}

/** Replaces the copy's seeds with the benchmark corpus. */
async function writeSeeds(checkout: TempCheckout, corpus: SeedFile[]): Promise<void> {
	await rm(join(checkout.dir, 'seeds'), { recursive: true, force: true });
	await mkdir(join(checkout.dir, 'seeds'));
	for (const seed of corpus) await writeFile(join(checkout.dir, 'seeds', seed.name), seed.text);
}

/** Parses the content CLI's summary: articles built and taken from the cache. */
function contentSummary(stdout: string): { built: number; cached: number } {
	const number = (label: string) => Number(new RegExp(`${label}\\s+(\\d+)`).exec(stdout)?.[1] ?? NaN);
	return { built: number('articles built'), cached: number('from cache') };
}

/** Cold, warm and one-seed-changed content runs with the cache on. */
async function measureIncremental(checkout: TempCheckout, corpus: SeedFile[]): Promise<SizeResult['incremental']> {
	await rm(join(checkout.dir, '.cache/content'), { recursive: true, force: true });
	const cold = await timed(process.execPath, ['scripts/content.ts'], checkout.dir, ENV);
	const warm = await timed(process.execPath, ['scripts/content.ts'], checkout.dir, ENV);
	// An editor's fix: one undated sentence added to one article in the middle of the corpus.
	const changed = corpus[Math.floor(corpus.length / 2)]!;
	await writeFile(
		join(checkout.dir, 'seeds', changed.name),
		`${changed.text.trimEnd()}\n\nOfficials declined to comment further.\n`,
	);
	const after = await timed(process.execPath, ['scripts/content.ts'], checkout.dir, ENV);
	const summary = contentSummary(after.stdout);
	return {
		coldSeconds: cold.seconds,
		warmSeconds: warm.seconds,
		warmCached: contentSummary(warm.stdout).cached,
		changed: changed.name,
		changedSeconds: after.seconds,
		reextracted: summary.built - summary.cached,
		cached: summary.cached,
	};
}

/** The pages whose weight is reported: an article, a topic, the timeline, the charts and the map. */
async function weighedPages(dist: string): Promise<{ page: string; path: string }[]> {
	const articles = JSON.parse(await readFile(join(dist, 'data/articles.json'), 'utf8')) as { url: string }[];
	const topics = JSON.parse(await readFile(join(dist, 'data/topics.json'), 'utf8')) as {
		url: string;
		articles: string[];
	}[];
	const topic = [...topics].sort((a, b) => b.articles.length - a.articles.length)[0];
	return [
		{ page: 'article', path: articles[0]!.url },
		{ page: 'topic', path: topic!.url },
		{ page: 'timeline', path: '/timeline/' },
		{ page: 'charts', path: '/charts/' },
		{ page: 'map', path: '/map/' },
	];
}

/** Page weights of our build and of one bare Starlight article page. */
async function measureWeights(oursDist: string, bareDist: string | null): Promise<SizeResult['weights']> {
	const browser = await launchBrowser();
	const ours = await serveStatic(oursDist);
	const results: SizeResult['weights'] = [];
	try {
		for (const { page, path } of await weighedPages(oursDist))
			results.push({ page, path, weight: await pageWeight(browser, ours.origin + path) });
		if (bareDist) {
			const bare = await serveStatic(bareDist);
			const first = ((await readdir(join(bareDist, 'articles'))) as string[]).sort()[0];
			results.push({
				page: 'bare Starlight article',
				path: `/articles/${first}/`,
				weight: await pageWeight(browser, `${bare.origin}/articles/${first}/`),
			});
			await bare.close();
		}
	} finally {
		await ours.close();
		await browser.close();
	}
	return results;
}

/** The size of the Pagefind search index a build wrote: every file under `dist/pagefind/`, and its filter chunks. */
async function measureSearchIndex(dist: string): Promise<SizeResult['searchIndex']> {
	const root = join(dist, 'pagefind');
	const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => null);
	if (!entries) return null;
	let files = 0;
	let bytes = 0;
	let filterBytes = 0;
	for (const entry of entries.filter((item) => item.isFile())) {
		const size = (await stat(join(entry.parentPath, entry.name))).size;
		files++;
		bytes += size;
		if (entry.parentPath.endsWith('filter')) filterBytes += size;
	}
	return { files, bytes, filterBytes };
}

/** Lighthouse (mobile preset) scores of the weighed pages, through `npx lighthouse@13`. */
async function measureLighthouse(dist: string): Promise<SizeResult['lighthouse']> {
	const server = await serveStatic(dist);
	const scores: NonNullable<SizeResult['lighthouse']> = [];
	try {
		for (const { page, path } of await weighedPages(dist)) {
			const flags =
				'--headless --no-sandbox --disable-gpu --disable-background-networking ' +
				'--disable-component-update --disable-sync --no-first-run';
			const result = await runCommand(
				'npx',
				[
					'--yes',
					'lighthouse@13',
					server.origin + path,
					'--output=json',
					'--output-path=stdout',
					'--quiet',
					`--chrome-flags=${flags}`,
					'--only-categories=performance,accessibility,best-practices,seo',
				],
				ROOT,
				{ CHROME_PATH: '/usr/bin/chromium', npm_config_yes: 'true' },
			);
			const categories = (JSON.parse(result.stdout) as { categories: Record<string, { score: number }> }).categories;
			const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
			scores.push({
				page,
				performance: score('performance'),
				accessibility: score('accessibility'),
				bestPractices: score('best-practices'),
				seo: score('seo'),
			});
		}
	} finally {
		await server.close();
	}
	return scores;
}

async function benchSize(size: number, seeds: SeedFile[], options: Options): Promise<SizeResult> {
	const corpus = generateCorpus(seeds, size);
	log(`${size} articles: ingest in memory`);
	const ingest = await measureIngest(corpus, seeds);

	log(`${size} articles: full build (content + astro build)`);
	const checkout = await makeTempCheckout(ROOT, `bench-${size}-`);
	const processors: Processor[] = options.satteri ? ['unified', 'satteri'] : ['unified'];
	const empty: BuildResult = { seconds: null, peakMiB: null, pages: null, error: 'not run' };
	const result: SizeResult = {
		size,
		ingest,
		content: empty,
		ours: { unified: empty, satteri: empty },
		bare: { unified: empty, satteri: empty },
		weights: [],
		incremental: null,
		lighthouse: null,
		searchIndex: null,
	};
	const bareDirs: string[] = [];
	try {
		await writeSeeds(checkout, corpus);
		const content = await timed(process.execPath, ['scripts/content.ts', '--no-cache'], checkout.dir, ENV);
		result.content = {
			seconds: content.seconds,
			peakMiB: content.peakMiB,
			pages: contentSummary(content.stdout).built,
		};
		result.ours.unified = await astroBuild(checkout.dir, null, 'dist');
		result.searchIndex = await measureSearchIndex(join(checkout.dir, 'dist'));
		if (options.satteri) {
			log(`${size} articles: full build with Astro's default processor (Sätteri)`);
			result.ours.satteri = await astroBuild(checkout.dir, await writeSatteriConfig(checkout.dir), 'dist-satteri');
		}
		for (const processor of processors) {
			log(`${size} articles: bare Starlight (${processor})`);
			const bare = await makeBareProject(CHECKOUTS, corpus, processor);
			bareDirs.push(bare);
			result.bare[processor] = await astroBuild(bare, null, 'dist');
		}
		if (!chromiumInstalled) log(`skipping page weights and Lighthouse: ${INSTALL_HINT}`);
		else if (result.ours.unified.seconds !== null) {
			log(`${size} articles: page weights`);
			const bareDist = result.bare.unified.seconds !== null ? join(bareDirs[0]!, 'dist') : null;
			result.weights = await measureWeights(join(checkout.dir, 'dist'), bareDist);
			if (options.lighthouse) {
				log(`${size} articles: Lighthouse`);
				result.lighthouse = await measureLighthouse(join(checkout.dir, 'dist'));
			}
		}
		log(`${size} articles: incremental content runs`);
		result.incremental = await measureIncremental(checkout, corpus);
	} finally {
		if (options.keep) log(`kept ${checkout.dir} ${bareDirs.join(' ')}`);
		else {
			await checkout.remove();
			for (const dir of bareDirs) await rm(dir, { recursive: true, force: true });
		}
	}
	return result;
}

/** A Markdown table; columns of numbers are right-aligned, columns of words left-aligned. */
function table(headers: string[], rows: string[][]): string {
	const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => row[column]!.length)));
	const numeric = headers.map(
		(_, column) => column > 0 && rows.every((row) => /^([+-]?\d[\d.,]*(\s|×|$)|n\/a$|failed$|\?)/.test(row[column]!)),
	);
	const pad = (cell: string, column: number) =>
		numeric[column] ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!);
	const line = (cells: string[]) => `| ${cells.map(pad).join(' | ')} |`;
	const dashes = (width: number, column: number) =>
		numeric[column] ? `${'-'.repeat(width + 1)}:` : `-${'-'.repeat(width + 1)}`;
	const rule = `|${widths.map(dashes).join('|')}|`;
	return [line(headers), rule, ...rows.map(line)].join('\n');
}

const seconds = (value: number | null | undefined) =>
	value === null || value === undefined ? 'failed' : `${value.toFixed(1)} s`;
const mib = (value: number | null | undefined) =>
	value === null || value === undefined ? 'n/a' : `${Math.round(value)} MiB`;
const ratio = (a: number | null, b: number | null) => (a === null || b === null ? 'n/a' : `${(a / b).toFixed(2)}×`);

function report(results: SizeResult[], options: Options): string {
	const out: string[] = [];
	out.push(
		`Frontline Brief benchmark, ${new Date().toISOString().slice(0, 10)}: ` +
			`${cpus().length} cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB, ` +
			`Node ${process.version}, ${process.platform}`,
	);
	// Other work on the machine slows every number; say how busy it was.
	out.push(
		`Load average at the end: ${loadavg()
			.map((value) => value.toFixed(1))
			.join(', ')} (${cpus().length} cores; above ${cpus().length} means the numbers are inflated)`,
	);
	out.push('');
	out.push(
		'Build time (full build = content pipeline + astro build; bare = Starlight with the same articles as plain Markdown)',
	);
	const processors: Processor[] = options.satteri ? ['unified', 'satteri'] : ['unified'];
	out.push(
		table(
			[
				'articles',
				'ingest',
				'content',
				...processors.flatMap((p) => [`astro (${p})`, `full (${p})`, `bare (${p})`, `full / bare (${p})`]),
				'pages (ours / bare)',
				'peak memory (ours / bare)',
			],
			results.map((r) => {
				const full = (p: Processor) =>
					r.content.seconds !== null && r.ours[p].seconds !== null ? r.content.seconds + r.ours[p].seconds! : null;
				return [
					String(r.size),
					`${r.ingest.perSecond.toFixed(1)} art/s`,
					seconds(r.content.seconds),
					...processors.flatMap((p) => [
						seconds(r.ours[p].seconds),
						seconds(full(p)),
						seconds(r.bare[p].seconds),
						ratio(full(p), r.bare[p].seconds),
					]),
					`${r.ours.unified.pages ?? '?'} / ${r.bare.unified.pages ?? '?'}`,
					`${mib(Math.max(r.content.peakMiB ?? 0, r.ours.unified.peakMiB ?? 0) || null)} / ${mib(r.bare.unified.peakMiB)}`,
				];
			}),
		),
	);
	for (const r of results)
		for (const [name, build] of [
			...Object.entries(r.ours).map(([p, b]) => [`ours (${p})`, b] as const),
			...Object.entries(r.bare).map(([p, b]) => [`bare (${p})`, b] as const),
		])
			if (build.error && build.error !== 'not run')
				out.push(`  ${r.size} articles, ${name} failed: ${build.error.replace(/\n/g, '\n    ')}`);
	out.push('');
	out.push('Transferred bytes per page (gzip; JS includes the search UI Starlight loads when idle)');
	out.push(
		table(
			['articles', 'page', 'HTML', 'CSS', 'JS', 'total', 'JS vs bare article'],
			results.flatMap((r) => {
				const bare = r.weights.find((w) => w.page === 'bare Starlight article');
				return r.weights.map(({ page, weight }) => [
					String(r.size),
					page,
					`${kb(weight.htmlGzip)} KB`,
					`${kb(weight.cssGzip)} KB`,
					`${kb(weight.jsGzip)} KB`,
					`${kb(weight.htmlGzip + weight.cssGzip + weight.jsGzip + weight.otherGzip)} KB`,
					bare
						? `${weight.jsGzip - bare.weight.jsGzip >= 0 ? '+' : ''}${kb(weight.jsGzip - bare.weight.jsGzip)} KB`
						: 'n/a',
				]);
			}),
		),
	);
	out.push('');
	out.push('Pagefind search index (dist/pagefind/: all files; the filter chunks a faceted search loads)');
	out.push(
		table(
			['articles', 'files', 'index size', 'filter chunks'],
			results
				.filter((r) => r.searchIndex)
				.map((r) => [
					String(r.size),
					String(r.searchIndex!.files),
					`${kb(r.searchIndex!.bytes)} KB`,
					`${kb(r.searchIndex!.filterBytes)} KB`,
				]),
		),
	);
	out.push('');
	out.push('Incremental content runs (cache on): cold, nothing changed, one seed changed');
	out.push(
		table(
			['articles', 'cold', 'unchanged', 'from cache', 'one seed changed', 're-extracted', 'from cache', 'changed seed'],
			results
				.filter((r) => r.incremental)
				.map((r) => {
					const i = r.incremental!;
					return [
						String(r.size),
						seconds(i.coldSeconds),
						seconds(i.warmSeconds),
						String(i.warmCached),
						seconds(i.changedSeconds),
						String(i.reextracted),
						String(i.cached),
						i.changed,
					];
				}),
		),
	);
	if (options.lighthouse) {
		out.push('');
		out.push('Lighthouse 13, mobile preset (performance / accessibility / best practices / SEO)');
		out.push(
			table(
				['articles', 'page', 'perf', 'a11y', 'best practices', 'SEO'],
				results.flatMap((r) =>
					(r.lighthouse ?? []).map((s) => [
						String(r.size),
						s.page,
						String(s.performance),
						String(s.accessibility),
						String(s.bestPractices),
						String(s.seo),
					]),
				),
			),
		);
	}
	return out.join('\n');
}

async function main(): Promise<void> {
	const options = parseArgs(process.argv.slice(2));
	const seeds = await readSeeds();
	const results: SizeResult[] = [];
	for (const size of options.sizes) results.push(await benchSize(size, seeds, options));
	const text = report(results, options);
	console.log(`\n${text}`);
	await mkdir(join(ROOT, '.cache/bench'), { recursive: true });
	const stamp = new Date().toISOString().replace(/[:.]/g, '-');
	await writeFile(join(ROOT, '.cache/bench', `results-${stamp}.json`), `${JSON.stringify(results, null, '\t')}\n`);
	await writeFile(join(ROOT, '.cache/bench', `results-${stamp}.txt`), `${text}\n`);
	log(`results saved to .cache/bench/results-${stamp}.{txt,json}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
