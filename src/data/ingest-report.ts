/**
 * The editors' ingest report: every article whose ingest left warnings (a dropped line, a generated
 * title, a date it could not find), in seed-file order, split into pages of a fixed size so the
 * report stays light at any corpus size.
 */
import type { ArticleRecord } from '../schemas/index.ts';
import { byString } from '../shared/compare.ts';

/** One warning as the editors' page shows it: the seed line it concerns, when the stage named one. */
export interface IngestWarning {
	line: number | null;
	message: string;
}

/** One article of the report. */
export interface IngestEntry {
	article: ArticleRecord;
	/** The sidecar file that corrects it: the seed path with `.meta.yaml` for `.txt`. */
	sidecar: string;
	warnings: IngestWarning[];
}

/** The report over a corpus. */
export interface IngestReport {
	/** Articles with at least one warning, by seed file. */
	entries: IngestEntry[];
	/** How many articles the corpus has in all. */
	articles: number;
	/** How many warnings the entries hold. */
	warnings: number;
}

/** The sidecar that corrects a seed's metadata (`seeds/x.txt` → `seeds/x.meta.yaml`). */
export function sidecarFile(seed: string): string {
	return seed.replace(/(\.txt)?$/, '.meta.yaml');
}

/** Reads the "line N: " a stage puts before a warning about one line of the seed. */
export function readWarning(warning: string): IngestWarning {
	const match = /^line (\d+): (.*)$/s.exec(warning);
	return match ? { line: Number(match[1]), message: match[2]! } : { line: null, message: warning };
}

/** The report: every article with warnings, by seed file. */
export function ingestReport(articles: readonly ArticleRecord[]): IngestReport {
	const entries = articles
		.filter((article) => article.warnings.length > 0)
		.sort((a, b) => byString(a.file, b.file))
		.map((article) => ({ article, sidecar: sidecarFile(article.file), warnings: article.warnings.map(readWarning) }));
	return {
		entries,
		articles: articles.length,
		warnings: entries.reduce((total, entry) => total + entry.warnings.length, 0),
	};
}
