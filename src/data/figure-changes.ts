/**
 * A figure table's rows as a reader should meet them: a number the sentence says was changed ("the plan was trimmed
 * from 28 points to 19") is one row that says so ("19, trimmed from 28 points"), not two bare rows; and the same
 * number stated again by the same article (same measure, value, side, place, scope and date) is listed once.
 * Nothing is lost: every figure stays in the open data, and the row links to the sentence it comes from.
 */
import type { FigureRecord } from '../schemas/index.ts';
import { escapeRegExp } from '../shared/escape-regexp.ts';

/** A number told as changed from another in its sentence. */
export interface FigureChange {
	/** The figure it was changed from ("28 points"). */
	from: FigureRecord;
	/** The sentence's verb of change ("trimmed", "raised"), or null when the sentence says only "from … to …". */
	verb: string | null;
}

/** One row of a figure table: the figure, and what it was changed from when its sentence says so. */
export interface FigureRow {
	figure: FigureRecord;
	change: FigureChange | null;
}

// A verb of change up to four words before "from" ("was trimmed from", "has been cut back from").
const CHANGE_VERB =
	/\b(trimmed|cut|reduced|lowered|slashed|shrunk|shrank|scaled back|pared back|pared|narrowed|raised|increased|expanded|extended|grew|rose|fell|dropped|climbed|revised|changed|doubled|halved)\b(?:\s+\S+){0,3}\s*$/iu;

/** The change `to` was made by from `from`, when the sentence says "from <from> to <to>" with little between. */
function changeBetween(from: FigureRecord, to: FigureRecord): FigureChange | null {
	if (from.quote !== to.quote || from.metric !== to.metric || from === to) return null;
	const pattern = new RegExp(
		String.raw`\bfrom\s+(?:about\s+|around\s+|roughly\s+)?${escapeRegExp(from.text)}\s+(?:\S+\s+){0,2}?to\s+(?:about\s+|around\s+|just\s+)?${escapeRegExp(to.text)}`,
		'iu',
	);
	const match = pattern.exec(to.quote);
	if (!match) return null;
	const verb = CHANGE_VERB.exec(to.quote.slice(Math.max(0, match.index - 60), match.index));
	return { from, verb: verb ? verb[1]!.toLowerCase() : null };
}

/** The key of a statement: two figures with one key state the same number of the same thing. */
const statementKey = (figure: FigureRecord) =>
	[
		figure.article,
		figure.metric,
		figure.value,
		figure.unit,
		figure.qualifier,
		figure.subject ?? '',
		figure.place ?? '',
		figure.scope ?? '',
		figure.span ?? '',
		figure.date ?? '',
		figure.status,
		figure.interceptedBy ?? '',
		figure.inflictedBy ?? '',
	].join('|');

/**
 * The rows of a figure table, in the figures' order: a figure another was changed from (in the same sentence, both
 * listed) is told in that figure's row; a restatement of a figure already listed is left out.
 */
export function figureRows(figures: readonly FigureRecord[]): FigureRow[] {
	const changes = new Map<FigureRecord, FigureChange>();
	const folded = new Set<FigureRecord>();
	// Only figures of one sentence can be a change; sentences hold few figures, so pairs within one are cheap.
	const bySentence = new Map<string, FigureRecord[]>();
	for (const figure of figures) {
		const key = `${figure.article}#${figure.sentence}`;
		bySentence.set(key, [...(bySentence.get(key) ?? []), figure]);
	}
	for (const group of bySentence.values())
		for (const to of group)
			for (const from of group) {
				const change = changes.has(to) ? null : changeBetween(from, to);
				if (change) {
					changes.set(to, change);
					folded.add(from);
				}
			}
	const seen = new Set<string>();
	const rows: FigureRow[] = [];
	for (const figure of figures) {
		if (folded.has(figure) && !changes.has(figure)) continue;
		const key = statementKey(figure);
		if (seen.has(key)) continue;
		seen.add(key);
		rows.push({ figure, change: changes.get(figure) ?? null });
	}
	return rows;
}
