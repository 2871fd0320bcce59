/**
 * `npm run bench`: how fast the site builds, how much memory it takes and how heavy its output is,
 * against a bare Starlight site with the same articles, and how fast it rebuilds after an edit.
 *
 *   node scripts/bench/run.ts [--sizes 5,200,1000] [--bare-max 3000] [--mdx] [--satteri] [--lighthouse] [--keep]
 *
 * For each corpus size (5 = the real seeds; larger sizes recombine them, see corpus.ts), in a throw-away
 * copy of the project under `.cache/checkouts/` (the working tree is never touched):
 *
 * - the cold full build as a user runs it on a fresh clone (`npm run content`, then `astro build`, no
 *   cache of either yet), its time and peak memory, and the extraction rate the content step reports;
 * - bare Starlight with the same articles as Markdown pages and the same processor, in the same run,
 *   and the ratio (sizes up to `--bare-max`; `--mdx` adds the same pages as MDX, to price MDX);
 * - the output: `dist/` bytes per article, the largest HTML page (raw and gzip) and every page over
 *   the budgets (60 KB gzip, 300 KB raw), the Pagefind index size, and what an article, a topic, the
 *   timeline, the charts and the map page transfer in Chromium;
 * - rebuilds: with nothing changed, and after one sentence is added to one article (content from its
 *   cache, then the incremental `astro build`), with how many pages were rendered again.
 *
 * `--satteri` adds builds with Astro's default Markdown processor; `--lighthouse` Lighthouse scores.
 * Results are printed as tables and saved to `.cache/bench/`.
 */

import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromiumInstalled, INSTALL_HINT, launchBrowser } from '../../test/browser/chromium.ts';
import { serveStatic } from '../serve-static.ts';
import { makeBareProject, type PageFormat, type Processor } from './bare-starlight.ts';
import { generateCorpus, type SeedFile } from './corpus.ts';
import { kb, type PageWeight, pageWeight, timed } from './measure.ts';
import { makeTempCheckout, runCommand, type TempCheckout } from './temp-checkout.ts';

const ROOT = join(fileURLToPath(import.meta.url), '../../..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const CHECKOUTS = join(ROOT, '.cache/checkouts');
// The site alone, as bare Starlight builds it: no briefing PDFs (printing them is Chromium's time, not the build's).
const ENV = { ASTRO_TELEMETRY_DISABLED: '1', BRIEFING_PDFS: 'off' };
/** The page budgets of issue 14: no HTML page heavier than this. */
export const BUDGET = { gzip: 60 * 1024, raw: 300 * 1024, distPerArticle: 150 * 1024 };

export interface Options {
	sizes: number[];
	/** Bare Starlight is built up to this size (its own sidebar makes it quadratic beyond). */
	bareMax: number;
	mdx: boolean;
	satteri: boolean;
	lighthouse: boolean;
	keep: boolean;
}

export function parseArgs(args: string[]): Options {
	const value = (flag: string) => {
		const index = args.indexOf(flag);
		return index >= 0 ? args[index + 1] : undefined;
	};
	const sizes = (value('--sizes') ?? '5,200,1000').split(',').map(Number);
	if (sizes.some((size) => !Number.isInteger(size) || size < 1))
		throw new Error(`--sizes takes whole numbers separated by commas, got "${value('--sizes')}"`);
	const bareMax = Number(value('--bare-max') ?? 3000);
	if (!Number.isInteger(bareMax) || bareMax < 0)
		throw new Error(`--bare-max takes a whole number, got "${value('--bare-max')}"`);
	return {
		sizes,
		bareMax,
		mdx: args.includes('--mdx'),
		satteri: args.includes('--satteri'),
		lighthouse: args.includes('--lighthouse'),
		keep: args.includes('--keep'),
	};
}

/** One build's numbers, or why it failed. */
interface BuildResult {
	seconds: number | null;
	peakMiB: number | null;
	pages: number | null;
	/** Pages written again (not restored from the incremental cache). */
	rendered?: number | null;
	error?: string;
}

/** What the content step printed about itself. */
interface ContentResult {
	seconds: number | null;
	peakMiB: number | null;
	built: number;
	cached: number;
	/** Per-article stages: seconds, articles a second, threads. */
	extraction: { seconds: number; perSecond: number; threads: number } | null;
}

/** The built site on disk. */
interface OutputResult {
	distBytes: number;
	htmlPages: number;
	largestRaw: { path: string; bytes: number };
	largestGzip: { path: string; bytes: number };
	overBudget: { path: string; raw: number; gzip: number }[];
}

interface RebuildResult {
	content: ContentResult;
	astro: BuildResult;
	seconds: number | null;
}

export interface SizeResult {
	size: number;
	content: ContentResult;
	astro: BuildResult;
	bare: BuildResult | null;
	bareMdx: BuildResult | null;
	satteri: { ours: BuildResult; bare: BuildResult | null } | null;
	output: OutputResult | null;
	weights: { page: string; path: string; weight: PageWeight }[];
	rebuilds: { unchanged: RebuildResult; oneArticle: RebuildResult & { changed: string } } | null;
	lighthouse: { page: string; performance: number; accessibility: number; bestPractices: number; seo: number }[] | null;
	/** The Pagefind index in `dist/pagefind/`: files and bytes in all, and the part that holds the filters. */
	searchIndex: { files: number; bytes: number; filterBytes: number } | null;
}

const log = (line: string) => console.log(`[bench] ${line}`);

async function readSeeds(): Promise<SeedFile[]> {
	const names = (await readdir(join(ROOT, 'seeds'))).filter((name) => name.endsWith('.txt')).sort();
	return Promise.all(names.map(async (name) => ({ name, text: await readFile(join(ROOT, 'seeds', name), 'utf8') })));
}

/** Number of HTML pages in a build. */
async function countPages(dist: string): Promise<number> {
	return ((await readdir(dist, { recursive: true })) as string[]).filter((file) => file.endsWith('.html')).length;
}

/** Pages rendered by an `astro build` (the others were kept by the incremental build), from its log. */
export function renderedPages(stdout: string): number {
	const lines = stdout.split('\n').filter((line) => /[├└]─ \//.test(line) && /\.html/.test(line));
	return lines.filter((line) => !/\((cached|restored)\)/.test(line)).length;
}

/** Runs `astro build` in `dir` (optionally with another config and output folder), timed. */
async function astroBuild(dir: string, config: string | null, outDir: string): Promise<BuildResult> {
	try {
		const args = [ASTRO, 'build', '--outDir', outDir, ...(config ? ['--config', config] : [])];
		const result = await timed(process.execPath, args, dir, ENV);
		return {
			seconds: result.seconds,
			peakMiB: result.peakMiB,
			pages: await countPages(join(dir, outDir)),
			rendered: renderedPages(result.stdout),
		};
	} catch (error) {
		const lines = (error as Error).message.split('\n');
		return {
			seconds: null,
			peakMiB: null,
			pages: null,
			error: [lines[0], ...lines.filter((line) => /error/i.test(line)).slice(0, 5)].join('\n'),
		};
	}
}

/** Reads the content CLI's summary: articles built and from cache, and the extraction line. */
export function contentSummary(stdout: string): Omit<ContentResult, 'seconds' | 'peakMiB'> {
	const number = (label: string) => Number(new RegExp(`${label}\\s+(\\d+)`).exec(stdout)?.[1] ?? Number.NaN);
	const extraction = /extraction\s+([\d.]+) s \(([\d.]+) articles\/s, (\d+) threads?\)/.exec(stdout);
	return {
		built: number('articles built'),
		cached: number('from cache'),
		extraction: extraction
			? { seconds: Number(extraction[1]), perSecond: Number(extraction[2]), threads: Number(extraction[3]) }
			: null,
	};
}

/** Runs the content CLI in the copy, timed. */
async function content(dir: string, args: string[]): Promise<ContentResult> {
	try {
		const result = await timed(process.execPath, ['scripts/content.ts', ...args], dir, ENV);
		return { seconds: result.seconds, peakMiB: result.peakMiB, ...contentSummary(result.stdout) };
	} catch (error) {
		log(`content failed: ${(error as Error).message.split('\n').slice(-5).join(' ')}`);
		return { seconds: null, peakMiB: null, built: 0, cached: 0, extraction: null };
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
	await rm(join(checkout.dir, 'public/data'), { recursive: true, force: true });
	await mkdir(join(checkout.dir, 'seeds'));
	for (const seed of corpus) await writeFile(join(checkout.dir, 'seeds', seed.name), seed.text);
}

/** Every file of `dir`, with its size. */
async function files(dir: string): Promise<{ path: string; bytes: number }[]> {
	const names = (await readdir(dir, { recursive: true })) as string[];
	const found: { path: string; bytes: number }[] = [];
	for (const name of names) {
		const info = await stat(join(dir, name));
		if (info.isFile()) found.push({ path: name, bytes: info.size });
	}
	return found;
}

/** The weight of the build on disk: bytes, the largest page and the pages over budget. */
async function measureOutput(dist: string): Promise<OutputResult> {
	const all = await files(dist);
	let largestRaw = { path: '', bytes: 0 };
	let largestGzip = { path: '', bytes: 0 };
	const overBudget: OutputResult['overBudget'] = [];
	const html = all.filter((file) => file.path.endsWith('.html'));
	for (const file of html) {
		const gzip = gzipSync(await readFile(join(dist, file.path))).length;
		const path = `/${file.path.replace(/index\.html$/, '')}`;
		if (file.bytes > largestRaw.bytes) largestRaw = { path, bytes: file.bytes };
		if (gzip > largestGzip.bytes) largestGzip = { path, bytes: gzip };
		if (file.bytes > BUDGET.raw || gzip > BUDGET.gzip) overBudget.push({ path, raw: file.bytes, gzip });
	}
	return {
		distBytes: all.reduce((sum, file) => sum + file.bytes, 0),
		htmlPages: html.length,
		largestRaw,
		largestGzip,
		overBudget: overBudget.sort((a, b) => b.gzip - a.gzip),
	};
}

/** The pages whose transferred weight is reported: an article, the largest topic, the timeline, the charts and the map. */
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

/** What our pages and one bare Starlight article page transfer in Chromium. */
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

/** Content (from its cache) and the incremental `astro build`, timed together. */
async function rebuild(dir: string): Promise<RebuildResult> {
	const contentRun = await content(dir, []);
	const astro = await astroBuild(dir, null, 'dist');
	return {
		content: contentRun,
		astro,
		seconds: contentRun.seconds !== null && astro.seconds !== null ? contentRun.seconds + astro.seconds : null,
	};
}

/** A bare Starlight build of the corpus, or null when not asked for. */
async function bareBuild(corpus: SeedFile[], processor: Processor, format: PageFormat, dirs: string[]) {
	const bare = await makeBareProject(CHECKOUTS, corpus, processor, format);
	dirs.push(bare);
	return astroBuild(bare, null, 'dist');
}

async function benchSize(size: number, seeds: SeedFile[], options: Options): Promise<SizeResult> {
	const corpus = generateCorpus(seeds, size);
	const checkout = await makeTempCheckout(ROOT, `bench-${size}-`);
	const withBare = size <= options.bareMax;
	const result: SizeResult = {
		size,
		content: { seconds: null, peakMiB: null, built: 0, cached: 0, extraction: null },
		astro: { seconds: null, peakMiB: null, pages: null, error: 'not run' },
		bare: null,
		bareMdx: null,
		satteri: null,
		output: null,
		weights: [],
		rebuilds: null,
		lighthouse: null,
		searchIndex: null,
	};
	const bareDirs: string[] = [];
	try {
		await writeSeeds(checkout, corpus);
		// The copy has no caches yet: this build is cold, and fills them for the rebuilds.
		log(`${size} articles: cold full build (content, then astro build)`);
		result.content = await content(checkout.dir, []);
		result.astro = await astroBuild(checkout.dir, null, 'dist');
		if (result.astro.seconds !== null) {
			log(`${size} articles: output on disk`);
			result.output = await measureOutput(join(checkout.dir, 'dist'));
			result.searchIndex = await measureSearchIndex(join(checkout.dir, 'dist'));
		}
		if (withBare) {
			log(`${size} articles: bare Starlight, Markdown pages`);
			result.bare = await bareBuild(corpus, 'unified', 'md', bareDirs);
			if (options.mdx) {
				log(`${size} articles: bare Starlight, MDX pages`);
				result.bareMdx = await bareBuild(corpus, 'unified', 'mdx', bareDirs);
			}
		}
		if (options.satteri) {
			log(`${size} articles: builds with Astro's default processor (Sätteri)`);
			const ours = await astroBuild(checkout.dir, await writeSatteriConfig(checkout.dir), 'dist-satteri');
			result.satteri = { ours, bare: withBare ? await bareBuild(corpus, 'satteri', 'md', bareDirs) : null };
		}
		if (!chromiumInstalled) log(`skipping page weights and Lighthouse: ${INSTALL_HINT}`);
		else if (result.astro.seconds !== null) {
			log(`${size} articles: transferred page weights`);
			const bareDist = result.bare?.seconds ? join(bareDirs[0]!, 'dist') : null;
			result.weights = await measureWeights(join(checkout.dir, 'dist'), bareDist);
			if (options.lighthouse) {
				log(`${size} articles: Lighthouse`);
				result.lighthouse = await measureLighthouse(join(checkout.dir, 'dist'));
			}
		}
		if (result.astro.seconds !== null) {
			log(`${size} articles: rebuild with nothing changed`);
			const unchanged = await rebuild(checkout.dir);
			// An editor's fix: one undated sentence added to one article in the middle of the corpus.
			const changed = corpus[Math.floor(corpus.length / 2)]!;
			await writeFile(
				join(checkout.dir, 'seeds', changed.name),
				`${changed.text.trimEnd()}\n\nOfficials declined to comment further.\n`,
			);
			log(`${size} articles: rebuild after one article changed (${changed.name})`);
			result.rebuilds = { unchanged, oneArticle: { ...(await rebuild(checkout.dir)), changed: changed.name } };
		}
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
		(_, column) =>
			column > 0 && rows.every((row) => /^([+-]?\d[\d.,]*(\s|×|%|$)|n\/a$|failed$|not run$|—$|\?)/.test(row[column]!)),
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
	value === null || value === undefined
		? 'n/a'
		: value >= 120
			? `${(value / 60).toFixed(1)} min`
			: `${value.toFixed(1)} s`;
const mib = (value: number | null | undefined) =>
	value === null || value === undefined || value === 0 ? 'n/a' : `${Math.round(value)} MiB`;
const ratio = (a: number | null | undefined, b: number | null | undefined) =>
	a === null || a === undefined || !b ? '—' : `${(a / b).toFixed(2)}×`;
const sum = (a: number | null | undefined, b: number | null | undefined) =>
	a === null || a === undefined || b === null || b === undefined ? null : a + b;

/**
 * One table of the report: its title, its columns and the rows one size gives (none when it was not measured), and
 * notes printed under it. Every table goes through the same loop over the sizes in `report`.
 */
export interface ReportSection {
	title: string;
	headers: string[];
	rows: (r: SizeResult) => string[][];
	notes?: (r: SizeResult) => string[];
	/** Printed only when this holds (an optional measurement was asked for). */
	shown?: (options: Options) => boolean;
}

const buildRow = (r: SizeResult): string[] => {
	const full = sum(r.content.seconds, r.astro.seconds);
	const peak = Math.max(r.content.peakMiB ?? 0, r.astro.peakMiB ?? 0);
	return [
		String(r.size),
		r.content.extraction
			? `${r.content.extraction.perSecond.toFixed(0)} art/s (${r.content.extraction.threads} threads)`
			: 'n/a',
		seconds(r.content.seconds),
		seconds(r.astro.seconds),
		seconds(full),
		mib(peak),
		r.bare ? seconds(r.bare.seconds) : 'not run',
		r.bare ? mib(r.bare.peakMiB) : '—',
		ratio(full, r.bare?.seconds),
		`${r.astro.pages ?? '?'} / ${r.bare?.pages ?? '—'}`,
	];
};

const buildFailures = (r: SizeResult): string[] =>
	(
		[
			['ours', r.astro],
			['bare', r.bare],
			['bare MDX', r.bareMdx],
			['ours (Sätteri)', r.satteri?.ours ?? null],
			['bare (Sätteri)', r.satteri?.bare ?? null],
		] as const
	)
		.filter(([, build]) => build?.error && build.error !== 'not run')
		.map(([name, build]) => `  ${r.size} articles, ${name} failed: ${build!.error!.replace(/\n/g, '\n    ')}`);

/** The report's tables, in order. */
export const REPORT_SECTIONS: readonly ReportSection[] = [
	{
		title:
			'Cold full build (content without cache + astro build, as `npm run build` runs them; bare = Starlight with the same articles as Markdown, same processor)',
		headers: [
			'articles',
			'extraction',
			'content',
			'astro build',
			'full build',
			'peak memory',
			'bare Starlight',
			'bare peak',
			'full / bare',
			'pages (ours / bare)',
		],
		rows: (r) => [buildRow(r)],
		notes: buildFailures,
	},
	{
		title:
			`Output on disk (budgets: no HTML page over ${BUDGET.gzip / 1024} KB gzip or ${BUDGET.raw / 1024} KB ` +
			`raw; dist/ at most ${BUDGET.distPerArticle / 1024} KB per article)`,
		headers: [
			'articles',
			'dist/',
			'per article',
			'HTML pages',
			'largest page (gzip)',
			'largest page (raw)',
			'pages over budget',
		],
		rows: (r) => [
			r.output
				? [
						String(r.size),
						`${(r.output.distBytes / 2 ** 20).toFixed(1)} MiB`,
						`${kb(r.output.distBytes / r.size)} KB`,
						String(r.output.htmlPages),
						`${kb(r.output.largestGzip.bytes)} KB ${r.output.largestGzip.path}`,
						`${kb(r.output.largestRaw.bytes)} KB ${r.output.largestRaw.path}`,
						String(r.output.overBudget.length),
					]
				: [String(r.size), 'n/a', 'n/a', 'n/a', 'n/a', 'n/a', 'n/a'],
		],
		notes: (r) =>
			(r.output?.overBudget.slice(0, 5) ?? []).map(
				(page) => `  ${r.size} articles, over budget: ${page.path} ${kb(page.gzip)} KB gzip, ${kb(page.raw)} KB raw`,
			),
	},
	{
		title: 'Pagefind search index (dist/pagefind/: all files; the filter chunks a faceted search loads)',
		headers: ['articles', 'files', 'index size', 'per article', 'filter chunks'],
		rows: (r) =>
			r.searchIndex
				? [
						[
							String(r.size),
							String(r.searchIndex.files),
							`${kb(r.searchIndex.bytes)} KB`,
							`${kb(r.searchIndex.bytes / r.size)} KB`,
							`${kb(r.searchIndex.filterBytes)} KB`,
						],
					]
				: [],
	},
	{
		title:
			'Rebuilds (content from its cache + incremental astro build): nothing changed, and one sentence added to one article',
		headers: [
			'articles',
			'unchanged',
			'pages rendered',
			'one article changed',
			'content',
			'astro build',
			'pages rendered',
			'changed seed',
		],
		rows: (r) => {
			if (!r.rebuilds) return [];
			const { unchanged, oneArticle } = r.rebuilds;
			return [
				[
					String(r.size),
					seconds(unchanged.seconds),
					String(unchanged.astro.rendered ?? '?'),
					seconds(oneArticle.seconds),
					seconds(oneArticle.content.seconds),
					seconds(oneArticle.astro.seconds),
					String(oneArticle.astro.rendered ?? '?'),
					oneArticle.changed,
				],
			];
		},
	},
	{
		title: 'What MDX costs: bare Starlight with the same pages as Markdown and as MDX (Astro’s MDX integration)',
		headers: ['articles', 'Markdown', 'MDX', 'MDX / Markdown', 'ours (MDX rendered by the content loader)'],
		rows: (r) =>
			r.bare
				? [
						[
							String(r.size),
							seconds(r.bare.seconds),
							seconds(r.bareMdx?.seconds),
							ratio(r.bareMdx?.seconds, r.bare.seconds),
							seconds(r.astro.seconds),
						],
					]
				: [],
		shown: (options) => options.mdx,
	},
	{
		title: "Astro's default Markdown processor (Sätteri) instead of unified + remark-gfm: astro build time",
		headers: ['articles', 'ours (unified)', 'ours (Sätteri)', 'bare (unified)', 'bare (Sätteri)'],
		rows: (r) => [
			[
				String(r.size),
				seconds(r.astro.seconds),
				seconds(r.satteri?.ours.seconds),
				seconds(r.bare?.seconds),
				seconds(r.satteri?.bare?.seconds),
			],
		],
		shown: (options) => options.satteri,
	},
	{
		title: 'Transferred bytes per page (gzip; JS includes the search UI Starlight loads when idle)',
		headers: ['articles', 'page', 'HTML', 'CSS', 'JS', 'total', 'JS vs bare article'],
		rows: (r) => {
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
		},
	},
	{
		title: 'Lighthouse 13, mobile preset (performance / accessibility / best practices / SEO)',
		headers: ['articles', 'page', 'perf', 'a11y', 'best practices', 'SEO'],
		rows: (r) =>
			(r.lighthouse ?? []).map((s) => [
				String(r.size),
				s.page,
				String(s.performance),
				String(s.accessibility),
				String(s.bestPractices),
				String(s.seo),
			]),
		shown: (options) => options.lighthouse,
	},
];

/** The report: the machine, then each section's table with a row per size measured and its notes. */
export function report(results: SizeResult[], options: Options, sections = REPORT_SECTIONS): string {
	const out: string[] = [
		`Frontline Brief benchmark, ${new Date().toISOString().slice(0, 10)}: ` +
			`${cpus().length} cores (${cpus()[0]?.model.trim()}), ${Math.round(totalmem() / 2 ** 30)} GiB, ` +
			`Node ${process.version}, ${process.platform}`,
		// Other work on the machine slows every number; say how busy it was.
		`Load average at the end: ${loadavg()
			.map((value) => value.toFixed(1))
			.join(', ')} (${cpus().length} cores; above ${cpus().length} means the numbers are inflated)`,
	];
	for (const section of sections) {
		if (section.shown && !section.shown(options)) continue;
		const rows = results.flatMap(section.rows);
		if (rows.length === 0) continue;
		out.push('', section.title, table(section.headers, rows), ...results.flatMap((r) => section.notes?.(r) ?? []));
	}
	return out.join('\n');
}

async function main(): Promise<void> {
	const options = parseArgs(process.argv.slice(2));
	const seeds = await readSeeds();
	const results: SizeResult[] = [];
	const stamp = new Date().toISOString().replace(/[:.]/g, '-');
	const saved = join(ROOT, '.cache/bench');
	await mkdir(saved, { recursive: true });
	for (const size of options.sizes) {
		results.push(await benchSize(size, seeds, options));
		// Saved after every size: a long run that is stopped keeps what it measured.
		await writeFile(join(saved, `results-${stamp}.json`), `${JSON.stringify(results, null, '\t')}\n`);
		await writeFile(join(saved, `results-${stamp}.txt`), `${report(results, options)}\n`);
	}
	console.log(`\n${report(results, options)}`);
	log(`results saved to ${relative(process.cwd(), saved)}/results-${stamp}.{txt,json}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
