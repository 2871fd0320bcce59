/**
 * The per-article work of the pipeline as two tasks, pure functions of their input that run alike in
 * the main thread and in a worker (`extract-worker.ts`):
 *
 * 1. `firstRead`: decode and parse the seed, date it without the corpus anchor, and fingerprint its
 *    text for duplicate detection. Every article needs this before the corpus anchor is known.
 * 2. `extractSeed`: the full extraction, with the corpus anchor.
 *
 * Both return plain JSON-safe values: they are cached as JSON and cross thread boundaries.
 */
import type {
	GazetteerEntry,
	Names,
	ReferenceDate,
	Sidecar,
	TaxonomyEntry,
	TopicScope,
	Weapon,
} from '../src/schemas/index.ts';
import type { AnnotationContext } from './pipeline/annotate/index.ts';
import { datePublication, type ExtractionContext, extractArticle } from './pipeline/extract-article.ts';
import { countryOfMap, demonymMap, indexGazetteer } from './pipeline/extract-entities.ts';
import { weaponPatterns } from './pipeline/figures/index.ts';
import { fingerprint, type TextFingerprint } from './pipeline/find-duplicates.ts';
import { language } from './pipeline/lang/index.ts';
import type { ArticleExtraction, PublicationDate } from './pipeline/model.ts';
import { type ReadResult, readArticle } from './pipeline/read-article.ts';

/** The curated data every article is read against, as validated by the orchestrator. */
export interface CuratedData {
	gazetteer: GazetteerEntry[];
	/** `content/names.yaml`: family-name endings for names the gazetteer lacks. */
	names: Names;
	/** `content/weapons.yaml`: weapons a count may name instead of its noun. */
	weapons: Weapon[];
	taxonomy: TaxonomyEntry[];
	/** What the topics are about (`scope` in `content/topics.yaml`); null: every article may be on them. */
	scope: TopicScope | null;
	references: ReferenceDate[];
}

/** Curated data with its lookups built (once per thread). */
export type PreparedCurated = Omit<ExtractionContext, 'corpusAnchor'> & { annotation: AnnotationContext };

/** Builds the lookups the stages read from the curated data. */
export function prepareCurated(curated: CuratedData): PreparedCurated {
	const gazetteer = indexGazetteer(curated.gazetteer, curated.names);
	return {
		gazetteer,
		demonyms: demonymMap(gazetteer),
		countryOf: countryOfMap(gazetteer),
		weapons: weaponPatterns(curated.weapons),
		taxonomy: curated.taxonomy,
		scope: curated.scope,
		annotation: { language, references: curated.references },
	};
}

/** One seed as a task receives it. */
export interface SeedInput {
	id: string;
	/** Repository-relative path, for diagnostics and the page's "source file". */
	file: string;
	bytes: Uint8Array;
	sidecar: Sidecar | null;
}

/** What the first read learns of a seed: why it cannot be read, or its first date and fingerprint. */
export type FirstRead =
	| { ok: false; reason: string }
	| { ok: true; date: PublicationDate; fingerprint: TextFingerprint };

/**
 * Documents the first read made, kept for the extraction of the same seed, so that it neither reads the seed again
 * nor recomputes the annotations the first read computed (every sentence's dates, for one). Annotations are pure
 * functions of the sentence, computed once and kept, so a kept document extracts exactly as a fresh one. At most
 * `limit` documents are kept (those read first, which the extraction asks for first); the rest are read again.
 */
export class ReadDocuments {
	readonly #documents = new Map<string, { bytes: Uint8Array; read: ReadResult }>();
	readonly #limit: number;
	constructor(limit = 2000) {
		this.#limit = limit;
	}

	/** The seed read (and kept, while there is room). */
	first(seed: SeedInput, context: AnnotationContext): ReadResult {
		const read = readArticle(seed, context);
		if (read.ok && this.#documents.size < this.#limit) this.#documents.set(seed.file, { bytes: seed.bytes, read });
		return read;
	}

	/** The document the first read kept for this seed (then forgotten), or the seed read afresh. */
	again(seed: SeedInput, context: AnnotationContext): ReadResult {
		const kept = this.#documents.get(seed.file);
		if (kept) this.#documents.delete(seed.file);
		return kept && sameBytes(kept.bytes, seed.bytes) ? kept.read : readArticle(seed, context);
	}
}

const sameBytes = (a: Uint8Array, b: Uint8Array) =>
	a.length === b.length && a.every((byte, index) => byte === b[index]);

/** Reads a seed, dates it without the corpus anchor and fingerprints its text. */
export function firstRead(seed: SeedInput, curated: PreparedCurated, documents?: ReadDocuments): FirstRead {
	const read = documents ? documents.first(seed, curated.annotation) : readArticle(seed, curated.annotation);
	if (!read.ok) return { ok: false, reason: read.reason };
	return {
		ok: true,
		date: datePublication(read.document, seed.sidecar, null),
		fingerprint: fingerprint(read.document.sentences.map((sentence) => sentence.text).join(' ')),
	};
}

/** Reads and extracts a seed that `firstRead` accepted, with the corpus anchor. */
export function extractSeed(
	seed: SeedInput,
	corpusAnchor: string | null,
	curated: PreparedCurated,
	documents?: ReadDocuments,
): ArticleExtraction {
	const read = documents ? documents.again(seed, curated.annotation) : readArticle(seed, curated.annotation);
	if (!read.ok) throw new Error(`${seed.file} could not be read a second time: ${read.reason}`);
	const { annotation: _, ...context } = curated;
	return extractArticle(read.document, read.diagnostics, seed.sidecar, { ...context, corpusAnchor });
}

/** A task for a worker: which of the two, and its input. */
export type ArticleTask =
	| { kind: 'first-read'; seed: SeedInput }
	| { kind: 'extract'; seed: SeedInput; corpusAnchor: string | null };

/**
 * Runs a task and returns its result as JSON, the form it is cached in (and cheap to pass between threads). With
 * `documents`, an extraction reuses the document its seed's first read made in this thread.
 */
export function runArticleTask(task: ArticleTask, curated: PreparedCurated, documents?: ReadDocuments): string {
	return JSON.stringify(
		task.kind === 'first-read'
			? firstRead(task.seed, curated, documents)
			: extractSeed(task.seed, task.corpusAnchor, curated, documents),
	);
}
