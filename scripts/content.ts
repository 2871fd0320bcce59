/**
 * `npm run content`: builds the article pages and the open data from `seeds/`.
 *
 *   node scripts/content.ts [--strict] [--no-cache] [--quiet] [--seeds DIR] [--workers N]
 *   node scripts/content.ts --report
 *
 * Prints a line per article, then every diagnostic (`file:line  severity  message  rule`), then a
 * summary; `--quiet` prints only errors and a one-line count (`npm run check` prepares the content
 * with it). Exits 0 when every readable article was built; 1 on errors (or warnings with --strict).
 * The per-article stages run on one worker thread per core (`--workers N` to choose; 1 = this thread).
 * `--report` builds nothing for the site: it prints the extraction quality report of the unseen-article
 * corpus (`scripts/quality/quality-report.ts`) and writes it to `src/content/data/extraction-quality.json`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeBase } from '../src/config/site.ts';
import { countOf } from '../src/format/plural.ts';
import type { Diagnostic } from '../src/schemas/index.ts';
import { type BuildOptions, type BuildReport, buildContent, ContentConfigError } from './build-content.ts';
import { nodeEffects } from './effects.ts';
import {
	DEFAULT_QUALITY_OPTIONS,
	ExpectationFileError,
	evaluateUnseenCorpus,
	formatQualityReport,
	QUALITY_REPORT_FILE,
	qualityReportJson,
} from './quality/quality-report.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Default locations, relative to the repository root. */
export const DEFAULT_OPTIONS: Omit<BuildOptions, 'pipelineVersion' | 'strict'> = {
	seedsDir: 'seeds',
	contentDir: 'content',
	pagesDir: 'src/content/articles',
	dataDir: 'src/content/data',
	partsDir: 'public/data',
	cacheDir: '.cache/content',
};

/** Hash of the pipeline's own source, so a code change invalidates the extraction cache. */
export function hashPipelineSource(): string {
	const hash = createHash('sha256');
	const files = readdirSync(join(root, 'scripts'), { recursive: true, encoding: 'utf8' })
		.concat(readdirSync(join(root, 'src/schemas'), { encoding: 'utf8' }).map((name) => `../src/schemas/${name}`))
		.filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
		.sort();
	for (const file of files) hash.update(file).update(readFileSync(join(root, 'scripts', file)));
	return hash.digest('hex').slice(0, 16);
}

/** `file:line  severity  message  rule`, the format editors and CI logs read. */
export function formatDiagnostic(diagnostic: Diagnostic): string {
	const where = diagnostic.line ? `${diagnostic.file}:${diagnostic.line}` : diagnostic.file;
	return `${where}  ${diagnostic.severity}  ${diagnostic.message}  ${diagnostic.rule}`;
}

/** The closing summary table. */
export function formatSummary(report: BuildReport, seconds: number): string {
	const count = (severity: Diagnostic['severity']) => report.diagnostics.filter((d) => d.severity === severity).length;
	const rows: [string, string][] = [
		['articles built', String(report.built)],
		['files skipped', String(report.skipped)],
		['from cache', String(report.cached)],
		['errors', String(count('error'))],
		['warnings', String(count('warning'))],
		['notices', String(count('notice'))],
		...(report.seconds
			? ([
					[
						'extraction',
						`${report.seconds.extraction.toFixed(2)} s ` +
							`(${(report.built / Math.max(report.seconds.extraction, 1e-3)).toFixed(1)} articles/s, ` +
							`${countOf(report.workers ?? 1, 'thread')})`,
					],
					['linking', `${report.seconds.linking.toFixed(2)} s`],
					['writing', `${report.seconds.writing.toFixed(2)} s`],
				] as [string, string][])
			: []),
		['time', `${seconds.toFixed(2)} s`],
	];
	const width = Math.max(...rows.map(([label]) => label.length));
	return rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`).join('\n');
}

/** The one line `--quiet` prints: what was built and how many diagnostics `npm run content` would list. */
export function formatQuietSummary(report: BuildReport, pagesDir: string, dataDir: string): string {
	const count = (severity: Diagnostic['severity']) => report.diagnostics.filter((d) => d.severity === severity).length;
	const problems = [countOf(count('error'), 'error'), countOf(count('warning'), 'warning')].join(', ');
	return (
		`content: ${countOf(report.built, 'article')} (${report.cached} from cache) in ${pagesDir}/ and ${dataDir}/; ` +
		`${problems}${count('warning') + count('error') > 0 ? ' (`npm run content` lists them)' : ''}`
	);
}

/**
 * The seeds folder `--seeds DIR` names, relative to the repository root (DIR itself is relative to the
 * working directory, or absolute).
 */
export function seedsDirOption(args: readonly string[], cwd: string, repositoryRoot: string = root): string {
	const index = args.indexOf('--seeds');
	const dir = index >= 0 ? args[index + 1] : undefined;
	if (!dir) return DEFAULT_OPTIONS.seedsDir;
	return relative(repositoryRoot, resolve(cwd, dir)) || '.';
}

/** The worker threads `--workers N` asks for, else one per core. */
export function workersOption(args: readonly string[], cores: number = availableParallelism()): number {
	const index = args.indexOf('--workers');
	const value = index >= 0 ? Number(args[index + 1]) : Number.NaN;
	return Number.isInteger(value) && value >= 1 ? value : cores;
}

/** `--report`: the extraction quality report of the unseen corpus, printed and written as JSON. */
export async function runQualityReport(log: (line: string) => void = console.log): Promise<number> {
	const effects = nodeEffects(root, log);
	try {
		const evaluation = await evaluateUnseenCorpus(effects, DEFAULT_QUALITY_OPTIONS);
		log(formatQualityReport(evaluation, DEFAULT_QUALITY_OPTIONS.corpusDir));
		await effects.write(QUALITY_REPORT_FILE, qualityReportJson(evaluation, DEFAULT_QUALITY_OPTIONS.corpusDir));
		log(`\n  written to ${QUALITY_REPORT_FILE}`);
		return 0;
	} catch (error) {
		if (error instanceof ExpectationFileError || error instanceof ContentConfigError) {
			log(error.message);
			return 1;
		}
		throw error;
	}
}

/** Where earlier versions wrote the article pages (Starlight's docs folder), which would now give each article a second page. */
export const LEGACY_PAGES_DIR = 'src/content/docs/articles';

/** Deletes the article pages an earlier version generated into the docs folder (git-ignored; regenerated elsewhere). */
function removeLegacyPages(log: (line: string) => void): void {
	const legacy = join(root, LEGACY_PAGES_DIR);
	if (!existsSync(legacy)) return;
	rmSync(legacy, { recursive: true, force: true });
	log(`${LEGACY_PAGES_DIR}/ removed: article pages are now generated into ${DEFAULT_OPTIONS.pagesDir}/`);
}

/** Runs the pipeline for the CLI, the dev-server integration and tests of the CLI. */
export async function runContent(args: string[], log: (line: string) => void = console.log): Promise<number> {
	if (args.includes('--report')) return runQualityReport(log);
	const options: BuildOptions = {
		...DEFAULT_OPTIONS,
		seedsDir: seedsDirOption(args, process.cwd()),
		cacheDir: args.includes('--no-cache') ? null : DEFAULT_OPTIONS.cacheDir,
		pipelineVersion: hashPipelineSource(),
		strict: args.includes('--strict'),
		workers: workersOption(args),
		// The pages and open data link under BASE_PATH, as Astro builds them (astro.config.mjs reads it too).
		base: normalizeBase(process.env.BASE_PATH),
	};
	// A mistyped --seeds must not quietly build an empty site (and delete every article page).
	const seedsPath = resolve(root, options.seedsDir);
	if (!existsSync(seedsPath) || !statSync(seedsPath).isDirectory()) {
		log(`${options.seedsDir}  error  the seeds folder does not exist (looked for ${seedsPath})  seeds-folder`);
		return 1;
	}
	removeLegacyPages(log);
	const started = performance.now();
	const quiet = args.includes('--quiet');
	try {
		const report = await buildContent(nodeEffects(root, quiet ? () => {} : log), options);
		if (quiet) {
			const errors = report.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
			for (const error of errors) log(formatDiagnostic(error));
			log(formatQuietSummary(report, options.pagesDir, options.dataDir));
			return report.ok ? 0 : 1;
		}
		if (report.diagnostics.length) log(`\n${report.diagnostics.map(formatDiagnostic).join('\n')}`);
		log(`\n${formatSummary(report, (performance.now() - started) / 1000)}`);
		log(`  output            ${options.pagesDir}/, ${options.dataDir}/`);
		if (!report.ok)
			log(options.strict ? '\nFailed: --strict treats warnings as errors.' : '\nFailed: fix the errors above.');
		return report.ok ? 0 : 1;
	} catch (error) {
		if (error instanceof ContentConfigError) {
			log(error.message);
			return 1;
		}
		throw error;
	}
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	process.exitCode = await runContent(process.argv.slice(2));
}
