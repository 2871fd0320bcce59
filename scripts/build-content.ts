/**
 * The content pipeline, start to end: read the seeds and curated data, run the stages, link the
 * corpus, validate every record, write the pages and the open data. All I/O goes through `effects`.
 */
import { createHash } from 'node:crypto';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { toCsv } from '../src/format/csv.ts';
import {
	ArticleRecordSchema,
	type Diagnostic,
	EntityRecordSchema,
	EventRecordSchema,
	FigureRecordSchema,
	GazetteerSchema,
	MentionRecordSchema,
	QuoteRecordSchema,
	ReferenceDatesSchema,
	type Sidecar,
	SidecarSchema,
	TaxonomySchema,
	TopicRecordSchema,
} from '../src/schemas/index.ts';
import type { Effects } from './effects.ts';
import { datePublication, type ExtractionContext, extractArticle } from './pipeline/extract-article.ts';
import { countryOfMap, demonymMap, indexGazetteer } from './pipeline/extract-entities.ts';
import { findDuplicates } from './pipeline/find-duplicates.ts';
import { language } from './pipeline/lang/index.ts';
import { type LinkedCorpus, linkCorpus } from './pipeline/link-corpus.ts';
import type { AnnotatedDocument, ArticleExtraction, PublicationDate } from './pipeline/model.ts';
import { readArticle } from './pipeline/read-article.ts';
import { renderArticleMdx } from './pipeline/render-mdx.ts';

export interface BuildOptions {
	seedsDir: string;
	contentDir: string;
	/** Where article MDX pages go (a git-ignored folder inside `src/content/docs/`). */
	pagesDir: string;
	/** Where the JSON and CSV open data go (git-ignored). */
	dataDir: string;
	/** Where per-article extraction results are cached by content hash; null disables the cache. */
	cacheDir: string | null;
	/** Changes whenever the pipeline code changes, so stale cache entries are never used. */
	pipelineVersion: string;
	/** Treat warnings as failure. */
	strict: boolean;
}

export interface BuildReport {
	diagnostics: Diagnostic[];
	built: number;
	skipped: number;
	cached: number;
	/** True when every readable article was built and no error (or, with --strict, warning) was raised. */
	ok: boolean;
	corpus: LinkedCorpus | null;
}

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
			const hint = issue.code === 'unrecognized_keys' ? ' (allowed: title, published, outlet, sourceUrl, summary)' : '';
			return error(`field "${field}": ${issue.message}${found}${hint}; the sidecar was ignored`);
		}),
	};
}

/** Turns a stage warning into a diagnostic, reading a leading "line N:" when the stage gave one. */
function warningDiagnostic(file: string, rule: string, message: string): Diagnostic {
	const match = /^line (\d+): (.*)$/s.exec(message);
	return {
		file,
		line: match ? Number(match[1]) : null,
		rule,
		severity: 'warning',
		message: match ? match[2]! : message,
	};
}

/**
 * A value computed from `parts`, read from the cache folder when an earlier run computed it
 * (the key hashes every input, the pipeline's own source included), else computed and stored.
 */
async function cached<T>(
	effects: Effects,
	cacheDir: string | null,
	parts: (string | Uint8Array)[],
	compute: () => T,
): Promise<{ value: T; hit: boolean }> {
	const file = cacheDir ? `${cacheDir}/${sha256(...parts)}.json` : null;
	const stored = file ? await effects.read(file) : null;
	if (stored) return { value: JSON.parse(decoder.decode(stored)) as T, hit: true };
	const value = compute();
	if (file) await effects.write(file, JSON.stringify(value));
	return { value, hit: false };
}

interface ReadSeed {
	id: string;
	file: string;
	bytes: Uint8Array;
	document: AnnotatedDocument;
	readWarnings: string[];
	sidecar: Sidecar | null;
	sidecarBytes: Uint8Array | null;
}

/** Runs the whole pipeline and writes its output; returns what happened for the CLI to print. */
export async function buildContent(effects: Effects, options: BuildOptions): Promise<BuildReport> {
	const diagnostics: Diagnostic[] = [];
	const gazetteer = await readCurated(effects, `${options.contentDir}/gazetteer.yaml`, GazetteerSchema);
	const taxonomy = await readCurated(effects, `${options.contentDir}/topics.yaml`, TaxonomySchema);
	const referenceDates = await readCurated(effects, `${options.contentDir}/reference-dates.yaml`, ReferenceDatesSchema);
	const references = referenceDates.value.references;
	const gazetteerIndex = indexGazetteer(gazetteer.value.entities);
	const curatedHash = sha256(gazetteer.bytes, taxonomy.bytes, referenceDates.bytes, options.pipelineVersion);

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

	const seeds: ReadSeed[] = [];
	let skipped = 0;
	for (const name of seedNames) {
		const id = name.replace(/\.txt$/, '');
		const file = `${options.seedsDir}/${name}`;
		const bytes = (await effects.read(file))!;
		const read = readArticle({ id, file, bytes }, { language, references });
		if (!read.ok) {
			skipped++;
			diagnostics.push({
				file,
				line: null,
				rule: 'read-seed',
				severity: 'warning',
				message: `skipped: ${read.reason}`,
			});
			continue;
		}
		const sidecarFile = `${options.seedsDir}/${id}.meta.yaml`;
		const sidecarBytes = await effects.read(sidecarFile);
		const parsed = sidecarBytes ? parseSidecar(sidecarFile, sidecarBytes) : { sidecar: null, diagnostics: [] };
		diagnostics.push(...parsed.diagnostics);
		seeds.push({
			id,
			file,
			bytes,
			document: read.document,
			readWarnings: read.warnings,
			sidecar: parsed.sidecar,
			sidecarBytes,
		});
	}

	for (const pair of findDuplicates(
		seeds.map((seed) => ({ id: seed.file, text: seed.document.sentences.map((s) => s.text).join(' ') })),
	))
		diagnostics.push({
			file: pair.second,
			line: null,
			rule: 'duplicates',
			severity: 'warning',
			message: `${Math.round(pair.similarity * 100)}% the same text as ${pair.first}; remove one of the two files if they are the same article`,
		});

	// A year-less article borrows its year from the latest confidently dated article. That needs a
	// first, anchor-free date for every article, cached like the extraction itself.
	const firstDates: PublicationDate[] = [];
	for (const seed of seeds)
		firstDates.push(
			await cached(effects, options.cacheDir, ['date', seed.bytes, seed.sidecarBytes ?? '', curatedHash], () =>
				datePublication(seed.document, seed.sidecar, null),
			).then(({ value }) => value),
		);
	const corpusAnchor =
		firstDates
			.filter((date) => date.published?.length === 10 && date.publishedConfidence >= 0.5)
			.map((date) => date.published!)
			.sort()
			.pop() ?? null;
	const context: ExtractionContext = {
		gazetteer: gazetteerIndex,
		demonyms: demonymMap(gazetteerIndex),
		countryOf: countryOfMap(gazetteerIndex),
		taxonomy: taxonomy.value.topics,
		corpusAnchor,
	};

	let cachedCount = 0;
	const extractions: ArticleExtraction[] = [];
	for (const [index, seed] of seeds.entries()) {
		const { value: extraction, hit } = await cached(
			effects,
			options.cacheDir,
			[seed.bytes, seed.sidecarBytes ?? '', curatedHash, corpusAnchor ?? '', seed.file],
			() => extractArticle(seed.document, seed.readWarnings, seed.sidecar, context),
		);
		if (hit) cachedCount++;
		extractions.push(extraction);
		const { record } = extraction;
		effects.log(
			`[${index + 1}/${seeds.length}] ${seed.file}  ${record.published ?? 'undated'}  ${record.wordCount} words  ` +
				`${extraction.mentions.length} mentions  ${extraction.figures.length} figures  ${extraction.events.length} events${hit ? '  (cached)' : ''}`,
		);
		diagnostics.push(...record.warnings.map((warning) => warningDiagnostic(seed.file, 'extract', warning)));
	}

	const corpus = linkCorpus(extractions, gazetteerIndex, taxonomy.value.topics);
	validate(corpus);
	await writeOutput(effects, options, corpus, extractions);

	const failed =
		diagnostics.some((d) => d.severity === 'error') ||
		(options.strict && diagnostics.some((d) => d.severity === 'warning'));
	return { diagnostics, built: extractions.length, skipped, cached: cachedCount, ok: !failed, corpus };
}

/** Checks every record against its schema before anything is written; a failure is a pipeline bug. */
function validate(corpus: LinkedCorpus): void {
	const checks: [string, z.ZodType, unknown[]][] = [
		['articles', ArticleRecordSchema, corpus.articles],
		['entities', EntityRecordSchema, corpus.entities],
		['topics', TopicRecordSchema, corpus.topics],
		['events', EventRecordSchema, corpus.events],
		['figures', FigureRecordSchema, corpus.figures],
		['quotes', QuoteRecordSchema, corpus.quotes],
		['mentions', MentionRecordSchema, corpus.mentions],
	];
	for (const [name, schema, records] of checks) {
		const result = z.array(schema).safeParse(records);
		if (!result.success)
			throw new Error(
				`the pipeline produced invalid ${name} records (a bug, please report it):\n${formatIssues(result.error)}`,
			);
	}
}

const json = (value: unknown) => `${JSON.stringify(value, null, '\t')}\n`;

async function writeOutput(
	effects: Effects,
	options: BuildOptions,
	corpus: LinkedCorpus,
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
				sidebarOrder: corpus.sidebarOrder.get(record.id) ?? 0,
				componentsPath: '../../../components/article',
			}),
		);
	}
	for (const name of await effects.list(options.pagesDir))
		if (!pageFiles.has(name)) await effects.remove(`${options.pagesDir}/${name}`);

	const data = options.dataDir;
	await effects.write(`${data}/articles.json`, json(corpus.articles));
	await effects.write(`${data}/entities.json`, json(corpus.entities));
	await effects.write(`${data}/topics.json`, json(corpus.topics));
	await effects.write(`${data}/events.json`, json(corpus.events));
	await effects.write(`${data}/figures.json`, json(corpus.figures));
	await effects.write(`${data}/quotes.json`, json(corpus.quotes));
	await effects.write(`${data}/mentions.json`, json(corpus.mentions));
	await effects.write(
		`${data}/events.csv`,
		toCsv(
			corpus.events.map((event) => ({
				...event,
				sources: event.sources.map((source) => source.article),
				quotes: event.sources.map((source) => source.quote),
			})),
			[
				'id',
				'date',
				'precision',
				'title',
				'description',
				'sources',
				'quotes',
				'topics',
				'entities',
				'inferred',
				'dateText',
			],
		),
	);
	await effects.write(
		`${data}/figures.csv`,
		toCsv(corpus.figures, [
			'id',
			'metric',
			'value',
			'unit',
			'qualifier',
			'subject',
			'claimedBy',
			'date',
			'datePrecision',
			'article',
			'quote',
			'sentence',
			'text',
			'scope',
			'conflictsWith',
			'status',
			'statusCue',
		]),
	);
}
