/**
 * The content pipeline, start to end: read the seeds and curated data, run the stages, link the
 * corpus, validate every record, write the pages and the open data. All I/O goes through `effects`.
 */
import { createHash } from 'node:crypto';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { pagePaths } from '../src/config/page-paths.ts';
import { toCsv } from '../src/format/csv.ts';
import { jsonArrayChunks, jsonLines } from '../src/format/json-chunks.ts';
import { placeRows } from '../src/maps/places-table.ts';
import {
	type CorpusRecords,
	type Diagnostic,
	GazetteerSchema,
	METRICS,
	type MentionRecord,
	NamesSchema,
	OPEN_DATA_FILES,
	OPEN_DATA_PARTS,
	type OpenDataRecords,
	type PlaceMention,
	QuestionsFileSchema,
	ReferenceDatesSchema,
	type Sidecar,
	SidecarSchema,
	TaxonomySchema,
	WeaponsSchema,
} from '../src/schemas/index.ts';
import { getOrCreate } from '../src/shared/get-or-create.ts';
import {
	type ArticleTask,
	type CuratedData,
	type FirstRead,
	type PreparedCurated,
	prepareCurated,
	ReadDocuments,
	runArticleTask,
	type SeedInput,
} from './article-tasks.ts';
import type { Effects } from './effects.ts';
import { collectPositions } from './pipeline/collect-positions.ts';
import { findDuplicatePairs, type TextFingerprint } from './pipeline/find-duplicates.ts';
import { type LinkedCorpus, linkCorpus } from './pipeline/link-corpus.ts';
import type { ArticleExtraction, PublicationDate } from './pipeline/model.ts';
import { renderArticleMdx } from './pipeline/render-mdx.ts';
import { unplacedPlaceDiagnostics } from './pipeline/unplaced-places.ts';
import { startWorkerPool, type WorkerPool } from './worker-pool.ts';

export interface BuildOptions {
	seedsDir: string;
	contentDir: string;
	/** Where article MDX pages go (a git-ignored folder, `src/content/articles/`). */
	pagesDir: string;
	/** Where the JSON and CSV open data go (git-ignored). */
	dataDir: string;
	/**
	 * Where the open data in parts goes (per-entity mentions, per-month events; git-ignored, served
	 * as they are from `public/data/`); null writes none.
	 */
	partsDir?: string | null;
	/** Where per-article extraction results are cached by content hash; null disables the cache. */
	cacheDir: string | null;
	/** Changes whenever the pipeline code changes, so stale cache entries are never used. */
	pipelineVersion: string;
	/** Treat warnings as failure. */
	strict: boolean;
	/** Worker threads for the per-article stages (1, the default, runs them in this thread); the output is the same. */
	workers?: number;
	/** The base path the site is built under (`/` or `/x/`), for the URLs in the data; `/` when absent. */
	base?: string;
}

export interface BuildReport {
	diagnostics: Diagnostic[];
	built: number;
	skipped: number;
	cached: number;
	/** True when every readable article was built and no error (or, with --strict, warning) was raised. */
	ok: boolean;
	corpus: PublishedCorpus | null;
	/** Seconds spent on the per-article stages (both passes, cache reads included), linking, and writing. */
	seconds?: { extraction: number; linking: number; writing: number };
	/** Worker threads the per-article stages ran on (1: this thread). */
	workers?: number;
}

/** Every record the build publishes: the linked corpus and the positions tracker's statements and questions. */
export type PublishedCorpus = LinkedCorpus & Pick<CorpusRecords, 'positions' | 'questions'>;

/** Raised for problems with curated files that stop the whole build (a broken gazetteer). */
export class ContentConfigError extends Error {}

const sha256 = (...parts: (string | Uint8Array)[]) => {
	const hash = createHash('sha256');
	for (const part of parts) hash.update(part).update('\0');
	return hash.digest('hex');
};
const decoder = new TextDecoder();

/** Reads a curated YAML file and validates it, or explains precisely what is wrong. */
async function readCurated<T>(
	effects: Effects,
	path: string,
	schema: z.ZodType<T>,
): Promise<{ value: T; bytes: Uint8Array }> {
	const bytes = await effects.read(path);
	if (!bytes)
		throw new ContentConfigError(`${path} is missing. It holds curated data the pipeline needs; restore it from git.`);
	let data: unknown;
	try {
		data = parseYaml(decoder.decode(bytes));
	} catch (error) {
		throw new ContentConfigError(`${path} is not valid YAML: ${(error as Error).message}`);
	}
	const result = schema.safeParse(data);
	if (!result.success)
		throw new ContentConfigError(`${path} does not match its schema:\n${formatIssues(result.error)}`);
	return { value: result.data, bytes };
}

/** One line per schema issue: the field path, what was expected and the value found. */
export function formatIssues(error: z.ZodError): string {
	return error.issues.map((issue) => `  "${issue.path.join('.') || '(top level)'}": ${issue.message}`).join('\n');
}

/** Parses and validates an editor's sidecar; a bad one yields diagnostics naming the file and field. */
export function parseSidecar(file: string, bytes: Uint8Array): { sidecar: Sidecar | null; diagnostics: Diagnostic[] } {
	const error = (message: string, line: number | null = null): Diagnostic => ({
		file,
		line,
		rule: 'sidecar',
		severity: 'error',
		message,
	});
	let data: unknown;
	try {
		data = parseYaml(decoder.decode(bytes));
	} catch (problem) {
		const line = (problem as { linePos?: { line: number }[] }).linePos?.[0]?.line ?? null;
		return {
			sidecar: null,
			diagnostics: [
				error(`not valid YAML: ${(problem as Error).message.split('\n')[0]}; the sidecar was ignored`, line),
			],
		};
	}
	if (data === null || data === undefined) return { sidecar: null, diagnostics: [] };
	const result = SidecarSchema.safeParse(data);
	if (result.success) return { sidecar: result.data, diagnostics: [] };
	return {
		sidecar: null,
		diagnostics: result.error.issues.map((issue) => {
			const field = issue.path.join('.') || '(top level)';
			const value = issue.path.reduce<unknown>(
				(object, key) => (object as Record<string | number, unknown> | undefined)?.[key as string],
				data,
			);
			const found = value === undefined ? '' : `, got ${JSON.stringify(value)}`;
			const hint =
				issue.code === 'unrecognized_keys' ? ` (allowed: ${Object.keys(SidecarSchema.shape).join(', ')})` : '';
			return error(`field "${field}": ${issue.message}${found}${hint}; the sidecar was ignored`);
		}),
	};
}

/**
 * The cache file for a value computed from `parts` (the key hashes every input, the pipeline's own source
 * included).
 */
const cacheFile = (cacheDir: string | null, parts: (string | Uint8Array)[]) =>
	cacheDir ? `${cacheDir}/${sha256(...parts)}.json` : null;

/** Below this many articles to compute per worker, starting workers costs more than it saves. */
const MIN_TASKS_PER_WORKER = 4;

/**
 * Runs article tasks in this thread or, when there are enough of them, on a pool of worker threads
 * (started once, reused for both passes). Results are JSON text, in the order asked, whichever
 * thread computed them: a build with any number of workers writes the same bytes.
 */
class TaskRunner {
	#pool: WorkerPool<ArticleTask, string> | null = null;
	/** The first pass's documents, for the second (in this thread; each worker keeps its own). */
	readonly #documents = new ReadDocuments();
	/** Worker threads started so far (1 when every task ran in this thread). */
	get usedWorkers(): number {
		return this.#pool ? this.workers : 1;
	}
	readonly curated: CuratedData;
	readonly prepared: PreparedCurated;
	readonly workers: number;
	constructor(curated: CuratedData, prepared: PreparedCurated, workers: number) {
		this.curated = curated;
		this.prepared = prepared;
		this.workers = workers;
	}

	/** True when `count` tasks are worth starting the workers for. */
	#pooled(count: number): boolean {
		return this.workers >= 2 && count >= MIN_TASKS_PER_WORKER * this.workers;
	}

	/** Starts the workers now (they take a second to load) when `count` tasks will be worth them. */
	startFor(count: number): void {
		if (this.#pooled(count)) this.#start();
	}

	#start(): WorkerPool<ArticleTask, string> {
		this.#pool ??= startWorkerPool(new URL('./extract-worker.ts', import.meta.url), this.workers, this.curated);
		return this.#pool;
	}

	/** Each task's result, with `onResult` told as soon as a result and all before it are in. */
	async run(tasks: ArticleTask[], onResult: (index: number, json: string) => void = () => {}): Promise<string[]> {
		if (!this.#pooled(tasks.length)) {
			return tasks.map((task, index) => {
				const json = runArticleTask(task, this.prepared, this.#documents);
				onResult(index, json);
				return json;
			});
		}
		const pool = this.#start();
		const results: (string | undefined)[] = new Array(tasks.length);
		let reported = 0;
		await Promise.all(
			tasks.map(async (task, index) => {
				// Keyed by seed, so a seed's extraction goes to the worker that kept its first read.
				results[index] = await pool.run(task, task.seed.file);
				while (reported < tasks.length && results[reported] !== undefined) onResult(reported, results[reported++]!);
			}),
		);
		return results as string[];
	}

	async close(): Promise<void> {
		await this.#pool?.close();
	}
}

/**
 * One task per seed, each result read from the cache when an earlier run computed it with the same
 * inputs (`key`), else computed by `runner` and stored. `onResult` sees every result in seed order.
 */
async function cachedTasks<T>(
	effects: Effects,
	cacheDir: string | null,
	runner: TaskRunner,
	items: { key: (string | Uint8Array)[]; task: ArticleTask }[],
	onResult: (index: number, value: T, hit: boolean) => void = () => {},
): Promise<{ value: T; hit: boolean }[]> {
	const results: ({ value: T; hit: boolean } | undefined)[] = new Array(items.length);
	const missing: number[] = [];
	const files = items.map((item) => cacheFile(cacheDir, item.key));
	for (const [index, file] of files.entries()) {
		const stored = file ? await effects.read(file) : null;
		if (stored) results[index] = { value: JSON.parse(decoder.decode(stored)) as T, hit: true };
		else missing.push(index);
	}
	let reported = 0;
	const report = () => {
		while (reported < items.length && results[reported]) {
			onResult(reported, results[reported]!.value, results[reported]!.hit);
			reported++;
		}
	};
	report();
	const computed = await runner.run(
		missing.map((index) => items[index]!.task),
		(position, json) => {
			results[missing[position]!] = { value: JSON.parse(json) as T, hit: false };
			report();
		},
	);
	for (const [position, json] of computed.entries()) {
		const file = files[missing[position]!];
		if (file) await effects.write(file, json);
	}
	return results as { value: T; hit: boolean }[];
}

interface ReadSeed extends SeedInput {
	sidecarBytes: Uint8Array | null;
}

/** Runs the whole pipeline and writes its output; returns what happened for the CLI to print. */
export async function buildContent(effects: Effects, options: BuildOptions): Promise<BuildReport> {
	const diagnostics: Diagnostic[] = [];
	const gazetteer = await readCurated(effects, `${options.contentDir}/gazetteer.yaml`, GazetteerSchema);
	const taxonomy = await readCurated(effects, `${options.contentDir}/topics.yaml`, TaxonomySchema);
	const referenceDates = await readCurated(effects, `${options.contentDir}/reference-dates.yaml`, ReferenceDatesSchema);
	const questions = await readCurated(effects, `${options.contentDir}/questions.yaml`, QuestionsFileSchema);
	const nameKnowledge = await readCurated(effects, `${options.contentDir}/names.yaml`, NamesSchema);
	const weapons = await readCurated(effects, `${options.contentDir}/weapons.yaml`, WeaponsSchema);
	const curated: CuratedData = {
		gazetteer: gazetteer.value.entities,
		names: nameKnowledge.value,
		weapons: weapons.value.weapons,
		taxonomy: taxonomy.value.topics,
		scope: taxonomy.value.scope ?? null,
		references: referenceDates.value.references,
	};
	const prepared = prepareCurated(curated);
	const curatedHash = sha256(
		gazetteer.bytes,
		nameKnowledge.bytes,
		weapons.bytes,
		taxonomy.bytes,
		referenceDates.bytes,
		options.pipelineVersion,
	);

	const names = await effects.list(options.seedsDir);
	const seedNames = names.filter((name) => name.endsWith('.txt'));
	const seedSet = new Set(seedNames);
	for (const name of names) {
		const file = `${options.seedsDir}/${name}`;
		if (name.endsWith('.meta.yaml')) {
			if (!seedSet.has(name.replace(/\.meta\.yaml$/, '.txt')))
				diagnostics.push({
					file,
					line: null,
					rule: 'sidecar',
					severity: 'warning',
					message: `no seed ${name.replace(/\.meta\.yaml$/, '.txt')} for this sidecar; it was ignored`,
				});
		} else if (!name.endsWith('.txt') && !name.startsWith('.')) {
			diagnostics.push({
				file,
				line: null,
				rule: 'read-seed',
				severity: 'notice',
				message: 'not a .txt seed or a .meta.yaml sidecar; ignored',
			});
		}
	}

	const runner = new TaskRunner(curated, prepared, options.workers ?? 1);
	// With no cache (or none yet) every seed will be computed: the workers start while the seeds are read.
	if (options.cacheDir === null || (await effects.list(options.cacheDir)).length === 0)
		runner.startFor(seedNames.length);
	const candidates: ReadSeed[] = [];
	const sidecarDiagnostics = new Map<string, Diagnostic[]>();
	try {
		for (const name of seedNames) {
			const id = name.replace(/\.txt$/, '');
			const file = `${options.seedsDir}/${name}`;
			const sidecarFile = `${options.seedsDir}/${id}.meta.yaml`;
			const sidecarBytes = await effects.read(sidecarFile);
			const parsed = sidecarBytes ? parseSidecar(sidecarFile, sidecarBytes) : { sidecar: null, diagnostics: [] };
			candidates.push({ id, file, bytes: (await effects.read(file))!, sidecar: parsed.sidecar, sidecarBytes });
			// Reported below, once the seed is known to be readable.
			sidecarDiagnostics.set(id, parsed.diagnostics);
		}
	} catch (error) {
		await runner.close();
		throw error;
	}

	const started = performance.now();
	try {
		// First pass: read every seed, date it without the corpus anchor, fingerprint its text.
		const firstReads = await cachedTasks<FirstRead>(
			effects,
			options.cacheDir,
			runner,
			candidates.map((seed) => ({
				key: ['first-read', seed.bytes, seed.sidecarBytes ?? '', curatedHash, seed.file],
				task: { kind: 'first-read', seed: taskSeed(seed) },
			})),
		);
		const seeds: ReadSeed[] = [];
		const firstDates: PublicationDate[] = [];
		const fingerprints: { id: string; fingerprint: TextFingerprint }[] = [];
		let skipped = 0;
		for (const [index, seed] of candidates.entries()) {
			const read = firstReads[index]!.value;
			if (!read.ok) {
				skipped++;
				diagnostics.push({
					file: seed.file,
					line: null,
					rule: 'read-seed',
					severity: 'warning',
					message: `skipped: ${read.reason}`,
				});
				continue;
			}
			diagnostics.push(...(sidecarDiagnostics.get(seed.id) ?? []));
			seeds.push(seed);
			firstDates.push(read.date);
			fingerprints.push({ id: seed.file, fingerprint: read.fingerprint });
		}

		for (const pair of findDuplicatePairs(fingerprints))
			diagnostics.push({
				file: pair.second,
				line: null,
				rule: 'duplicates',
				severity: 'warning',
				message:
					`${Math.round(pair.similarity * 100)}% the same text as ${pair.first}; ` +
					`remove one of the two files if they are the same article`,
			});

		// A year-less article borrows its year from the latest confidently dated article.
		const corpusAnchor =
			firstDates
				.filter((date) => date.published?.length === 10 && date.publishedConfidence >= 0.5)
				.map((date) => date.published!)
				.sort()
				.pop() ?? null;

		// Second pass: the full extraction of every readable seed.
		let cachedCount = 0;
		const results = await cachedTasks<ArticleExtraction>(
			effects,
			options.cacheDir,
			runner,
			seeds.map((seed) => ({
				key: [seed.bytes, seed.sidecarBytes ?? '', curatedHash, corpusAnchor ?? '', seed.file],
				task: { kind: 'extract', seed: taskSeed(seed), corpusAnchor },
			})),
			(index, extraction, hit) => {
				const seed = seeds[index]!;
				const { record } = extraction;
				if (hit) cachedCount++;
				effects.log(
					`[${index + 1}/${seeds.length}] ${seed.file}  ${record.published ?? 'undated'}  ${record.wordCount} words  ` +
						`${extraction.mentions.length} mentions  ${extraction.figures.length} figures  ` +
						`${extraction.events.length} events${hit ? '  (cached)' : ''}`,
				);
				diagnostics.push(...extraction.diagnostics.map((diagnostic) => ({ file: seed.file, ...diagnostic })));
			},
		);
		const extractions = results.map((result) => result.value);
		const extracted = performance.now();

		const pagePathsOfSite = pagePaths(options.base ?? '/');
		const linked = linkCorpus(extractions, prepared.gazetteer, curated.taxonomy, pagePathsOfSite);
		const tracked = collectPositions({
			extractions,
			entities: linked.entities,
			mentions: linked.mentions,
			quotes: linked.quotes,
			questions: questions.value,
			countryOf: prepared.countryOf,
			demonyms: prepared.demonyms,
			overrides: new Map(seeds.map((seed) => [seed.id, seed.sidecar?.positions ?? []])),
			sidecarFile: (article) => `${options.seedsDir}/${article}.meta.yaml`,
			questionUrl: pagePathsOfSite.question,
		});
		diagnostics.push(...tracked.diagnostics);
		const corpus: PublishedCorpus = { ...linked, positions: tracked.positions, questions: tracked.questions };
		validate(corpus);
		diagnostics.push(...unplacedPlaceDiagnostics(corpus, `${options.contentDir}/gazetteer.yaml`));
		const linkedAt = performance.now();
		await writeOutput(effects, options, corpus, extractions);
		const seconds = {
			extraction: (extracted - started) / 1000,
			linking: (linkedAt - extracted) / 1000,
			writing: (performance.now() - linkedAt) / 1000,
		};

		const failed =
			diagnostics.some((d) => d.severity === 'error') ||
			(options.strict && diagnostics.some((d) => d.severity === 'warning'));
		return {
			diagnostics,
			built: extractions.length,
			skipped,
			cached: cachedCount,
			ok: !failed,
			corpus,
			seconds,
			workers: runner.usedWorkers,
		};
	} finally {
		await runner.close();
	}
}

/** What a task needs of a seed (the sidecar's bytes stay here: they are only part of the cache key). */
const taskSeed = (seed: ReadSeed): SeedInput => ({
	id: seed.id,
	file: seed.file,
	bytes: seed.bytes,
	sidecar: seed.sidecar,
});

/** Checks every record against its schema before anything is written; a failure is a pipeline bug. */
function validate(corpus: PublishedCorpus): void {
	const records = openDataRecords(corpus);
	for (const file of OPEN_DATA_FILES) {
		if (!file.schema) continue;
		const result = z.array(file.schema).safeParse(records[file.records]);
		if (!result.success)
			throw new Error(
				`the pipeline produced invalid ${file.name} records (a bug, please report it):\n${formatIssues(result.error)}`,
			);
	}
}

/** Every record set the open-data files hold. */
function openDataRecords(corpus: PublishedCorpus): OpenDataRecords {
	return { ...corpus, metrics: METRICS, places: placeRows(corpus) };
}

/** The places named in the sentences that report a figure or an event, as the maps read them. */
function placeMentions(corpus: LinkedCorpus): PlaceMention[] {
	const places = new Set(corpus.entities.filter((entity) => entity.type === 'place').map((entity) => entity.id));
	const key = (article: string, sentence: string) => `${article}\u0000${sentence}`;
	const reporting = new Set([
		...corpus.figures.map((figure) => key(figure.article, figure.sentence)),
		...corpus.events.flatMap((event) => event.sources.map((source) => key(source.article, source.sentence))),
	]);
	return corpus.mentions
		.filter((mention) => places.has(mention.entity) && reporting.has(key(mention.article, mention.sentence)))
		.map(({ id, entity, article, sentence, surface }) => ({ id, entity, article, sentence, surface }));
}

/** Writes `groups` as one file each in `dir`, and removes the files of groups no longer there. */
async function writeGroups(
	effects: Effects,
	dir: string,
	groups: Map<string, unknown[]>,
	format: (records: unknown[]) => Iterable<string>,
	extension: string,
): Promise<void> {
	const written = new Set<string>();
	for (const [key, records] of groups) {
		written.add(`${key}${extension}`);
		await effects.writeChunks(`${dir}/${key}${extension}`, format(records));
	}
	for (const name of await effects.list(dir)) if (!written.has(name)) await effects.remove(`${dir}/${name}`);
}

/** Every entity's mentions, in the order of mentions.json. */
function mentionsByEntity(corpus: LinkedCorpus): Map<string, MentionRecord[]> {
	const byEntity = new Map<string, MentionRecord[]>();
	for (const mention of corpus.mentions) getOrCreate(byEntity, mention.entity, () => []).push(mention);
	return byEntity;
}

/**
 * The open data in parts (`OPEN_DATA_PARTS`), to fetch one at a time or stream: for example every entity's
 * mentions as JSON Lines and the events of each month. Parts of groups no longer in the corpus are removed.
 */
async function writeParts(effects: Effects, dir: string, records: OpenDataRecords): Promise<void> {
	for (const parts of OPEN_DATA_PARTS) {
		const groups = new Map<string, unknown[]>();
		for (const record of records[parts.records] as readonly Record<string, unknown>[]) {
			const kept = parts.omit.length
				? Object.fromEntries(Object.entries(record).filter(([field]) => !parts.omit.includes(field)))
				: record;
			getOrCreate(groups, parts.part(record as never), () => []).push(kept);
		}
		await writeGroups(
			effects,
			`${dir}/${parts.folder}`,
			groups,
			parts.format === 'jsonl' ? jsonLines : jsonArrayChunks,
			`.${parts.format}`,
		);
	}
}

async function writeOutput(
	effects: Effects,
	options: BuildOptions,
	corpus: PublishedCorpus,
	extractions: ArticleExtraction[],
): Promise<void> {
	const documents = new Map(extractions.map((extraction) => [extraction.record.id, extraction.document]));
	const pageFiles = new Set<string>();
	for (const record of corpus.articles) {
		const file = `${record.slug}.mdx`;
		pageFiles.add(file);
		await effects.write(
			`${options.pagesDir}/${file}`,
			renderArticleMdx({
				record,
				document: documents.get(record.id)!,
				links: corpus.links.get(record.id) ?? [],
			}),
		);
	}
	for (const name of await effects.list(options.pagesDir))
		if (!pageFiles.has(name)) await effects.remove(`${options.pagesDir}/${name}`);

	const records = openDataRecords(corpus);
	// The large files are written record by record, never held whole as one string.
	for (const file of OPEN_DATA_FILES) {
		const rows = records[file.records] as readonly Record<string, unknown>[];
		const path = `${options.dataDir}/${file.name}`;
		if (file.columns)
			await effects.write(
				path,
				toCsv(
					rows.map((record) => (file.row ? file.row(record as never) : record)),
					[...file.columns],
				),
			);
		else await effects.writeChunks(path, jsonArrayChunks(rows));
	}
	// Not open data: what the site reads instead of mentions.json, a part at a time (an entity page its
	// entity's mentions, whole records), and the few mentions the maps read.
	await writeGroups(effects, `${options.dataDir}/mentions`, mentionsByEntity(corpus), jsonLines, '.jsonl');
	await effects.writeChunks(`${options.dataDir}/place-mentions.json`, jsonArrayChunks(placeMentions(corpus)));
	if (options.partsDir) await writeParts(effects, options.partsDir, records);
}
