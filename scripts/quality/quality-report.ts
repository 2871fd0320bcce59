/**
 * The extraction quality report (`npm run content -- --report`): builds the unseen-article corpus
 * (`test/fixtures/unseen-articles/`, articles written for the purpose in styles and about conflicts the seeds
 * lack) in memory with the real curated data, checks every expectation a reader wrote for it
 * (`expected/<article>.yaml`), and prints per record type how many hold. The site's own output is not touched;
 * the report is also written as JSON for a Data or editors' page.
 */
import { parse as parseYaml } from 'yaml';
import type { ArticleRecord, EntityRecord, EventRecord, FigureRecord, QuoteRecord } from '../../src/schemas/index.ts';
import { buildContent } from '../build-content.ts';
import { type Effects, memoryEffects } from '../effects.ts';
import { checkExpectations, type ExpectationResult, tallyResults } from './check-expectations.ts';
import { type ExpectationFile, ExpectationFileSchema, RECORD_TYPES, type RecordType } from './expectations.ts';

/** Where the corpus, its expectations and the curated data are read from, relative to the repository root. */
export interface QualityOptions {
	corpusDir: string;
	expectedDir: string;
	contentDir: string;
}

export const DEFAULT_QUALITY_OPTIONS: QualityOptions = {
	corpusDir: 'test/fixtures/unseen-articles',
	expectedDir: 'test/fixtures/unseen-articles/expected',
	contentDir: 'content',
};

/** Where `--report` writes the report, beside the open data (not itself an open-data file). */
export const QUALITY_REPORT_FILE = 'src/content/data/extraction-quality.json';

/** The evaluation of the whole corpus. */
export interface QualityEvaluation {
	articles: number;
	results: ExpectationResult[];
	rows: { type: RecordType; met: number; total: number }[];
	met: number;
	total: number;
}

/** Raised for an expectation file that is not valid: the report cannot count what it cannot read. */
export class ExpectationFileError extends Error {}

const decoder = new TextDecoder();

/** Reads and validates every expectation file, keyed by article id. */
async function readExpectations(effects: Effects, dir: string): Promise<Map<string, ExpectationFile>> {
	const files = new Map<string, ExpectationFile>();
	for (const name of await effects.list(dir)) {
		if (!name.endsWith('.yaml')) continue;
		const path = `${dir}/${name}`;
		const parsed = ExpectationFileSchema.safeParse(parseYaml(decoder.decode((await effects.read(path))!)) ?? {});
		if (!parsed.success)
			throw new ExpectationFileError(
				`${path} does not match the expectation schema (scripts/quality/expectations.ts):\n${parsed.error.issues
					.map((issue) => `  "${issue.path.join('.')}": ${issue.message}`)
					.join('\n')}`,
			);
		files.set(name.replace(/\.yaml$/, ''), parsed.data);
	}
	return files;
}

/** Builds the corpus in memory and checks every expectation; reads through `effects`, writes nothing. */
export async function evaluateUnseenCorpus(
	effects: Effects,
	options: QualityOptions = DEFAULT_QUALITY_OPTIONS,
): Promise<QualityEvaluation> {
	const files: Record<string, Uint8Array> = {};
	for (const name of await effects.list(options.contentDir))
		files[`content/${name}`] = (await effects.read(`${options.contentDir}/${name}`))!;
	const seeds = (await effects.list(options.corpusDir)).filter((name) => name.endsWith('.txt'));
	for (const name of seeds) files[`seeds/${name}`] = (await effects.read(`${options.corpusDir}/${name}`))!;
	const expectations = await readExpectations(effects, options.expectedDir);
	for (const id of expectations.keys())
		if (!seeds.includes(`${id}.txt`))
			throw new ExpectationFileError(`${options.expectedDir}/${id}.yaml has no article ${options.corpusDir}/${id}.txt`);

	const memory = memoryEffects(files);
	await buildContent(memory, {
		seedsDir: 'seeds',
		contentDir: 'content',
		pagesDir: 'pages',
		dataDir: 'data',
		cacheDir: null,
		pipelineVersion: 'quality-report',
		strict: false,
	});
	const read = <T>(name: string) => JSON.parse(decoder.decode(memory.files.get(`data/${name}`)!)) as T;
	const articles = read<ArticleRecord[]>('articles.json');
	const pages = new Map<string, string>();
	for (const article of articles) {
		const page = memory.files.get(`pages/${article.slug}.mdx`);
		if (page) pages.set(article.id, decoder.decode(page));
	}
	const results = checkExpectations(
		{
			articles,
			entities: read<EntityRecord[]>('entities.json'),
			events: read<EventRecord[]>('events.json'),
			figures: read<FigureRecord[]>('figures.json'),
			quotes: read<QuoteRecord[]>('quotes.json'),
			pages,
		},
		expectations,
	);
	const rows = tallyResults(results, RECORD_TYPES);
	return {
		articles: seeds.length,
		results,
		rows,
		met: rows.reduce((sum, row) => sum + row.met, 0),
		total: rows.reduce((sum, row) => sum + row.total, 0),
	};
}

const percent = (met: number, total: number) => (total ? `${((100 * met) / total).toFixed(1)}%` : '–');

/** The report as printed: a table per record type, the total, then every unmet expectation. */
export function formatQualityReport(evaluation: QualityEvaluation, corpusDir: string): string {
	const header = ['record type', 'met', 'expected', 'share'];
	const body = [
		...evaluation.rows.map((row) => [row.type, String(row.met), String(row.total), percent(row.met, row.total)]),
		['all', String(evaluation.met), String(evaluation.total), percent(evaluation.met, evaluation.total)],
	];
	const widths = header.map((cell, index) => Math.max(cell.length, ...body.map((row) => row[index]!.length)));
	const pad = (cell: string, index: number) =>
		index === 0 ? cell.padEnd(widths[index]!) : cell.padStart(widths[index]!);
	const line = (cells: string[]) => `  ${cells.map(pad).join('  ')}`;
	const unmet = evaluation.results.filter((result) => !result.met);
	return [
		`Extraction quality on ${evaluation.articles} unseen articles (${corpusDir}): ` +
			`expectations a reader checked, met by the pipeline`,
		'',
		line(header),
		...body.slice(0, -1).map(line),
		line(body.at(-1)!),
		'',
		unmet.length ? `Unmet (${unmet.length}):` : 'Every expectation is met.',
		...unmet.map(
			(result) =>
				`  ${result.article}  ${result.type}  ${result.claim}  (found: ` +
				`${result.found})${result.known ? `  known: ${result.known}` : ''}`,
		),
	].join('\n');
}

/** The report as JSON for a page to read: the table and every unmet expectation. Deterministic (no clock). */
export function qualityReportJson(evaluation: QualityEvaluation, corpusDir: string): string {
	return `${JSON.stringify(
		{
			corpus: corpusDir,
			articles: evaluation.articles,
			met: evaluation.met,
			total: evaluation.total,
			rows: evaluation.rows,
			unmet: evaluation.results.filter((result) => !result.met),
		},
		null,
		'\t',
	)}\n`;
}
