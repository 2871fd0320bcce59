/**
 * A figure table's sections, as the charts already separate them: a whole war's toll is never listed in one column
 * with one night's count, and figures of different conflicts never in one list. The table gives each section a
 * heading row ("In one attack or day", "Totals so far"); where its figures report on more than one conflict, each
 * conflict's sections come together under the parties and places they name (`theatresOf`), the conflict most figures
 * report on first.
 */
import { figureParties, theatresOf } from '../charts/theatres.ts';
import { spanOf } from '../format/figure-span.ts';
import { type FigureRecord, type FigureSpan, metricById } from '../schemas/index.ts';
import { getOrCreate } from '../shared/get-or-create.ts';

/**
 * What a section counts: a span, or `level` for a quantity that counts no stretch of time (a cap, prisoners held, a
 * plan's points) and for a sum of money not stated over a period (an aid package is no attack or day).
 */
export type SectionKind = FigureSpan | 'level';

/** Section kinds in the order tables show them: single events first, as the charts do, then periods, totals, levels. */
export const SECTION_KINDS: readonly SectionKind[] = ['incident', 'period', 'cumulative', 'level'];

/** A section's heading, in words a reader cannot misread. */
export const SECTION_HEADINGS: Readonly<Record<SectionKind, string>> = {
	incident: 'In one attack or day',
	period: 'Over a stated period',
	cumulative: 'Totals so far',
	level: 'Sums, caps and levels',
};

/** One headed group of a figure table. */
export interface FigureSection<T> {
	/** `incident`, `period`, `cumulative` or `level`; with more than one conflict, prefixed by the conflict's number. */
	id: string;
	kind: SectionKind;
	/** "In one attack or day"; with more than one conflict, "Sudan, El Fasher: in one attack or day". */
	heading: string;
	items: T[];
}

/** A figure's section kind: its span, or `level` when it counts no stretch of time or is a one-off sum of money. */
export function sectionKind(figure: Pick<FigureRecord, 'span' | 'metric'>): SectionKind {
	if (figure.span === null) return 'level';
	if (figure.span === 'incident' && metricById(figure.metric)?.family === 'money') return 'level';
	return spanOf(figure);
}

/** The ids of the parties and places the figures name, the most often named first (then by id). */
function rankedParties(figures: readonly FigureRecord[]): string[] {
	const counts = new Map<string, number>();
	for (const figure of figures)
		for (const id of new Set(figureParties(figure))) counts.set(id, (counts.get(id) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([id]) => id);
}

/** A label from ranked party ids: up to `max` names, and "…" when there are more. */
function labelOf(ranked: readonly string[], nameOf: (id: string) => string, max: number): string | null {
	if (ranked.length === 0) return null;
	const names = ranked.slice(0, max + 1).map(nameOf);
	return names.length > max ? `${names.slice(0, max).join(', ')} …` : names.join(', ');
}

/** Up to `max` names of the parties and places a conflict's figures name most often ("Ukraine, Russia, Kharkiv …"). */
export function conflictLabel(
	figures: readonly FigureRecord[],
	nameOf: (id: string) => string,
	max = 3,
): string | null {
	return labelOf(rankedParties(figures), nameOf, max);
}

/**
 * The ranked parties of each conflict of the site's figures (`corpus`), by the conflict's parties: every article page
 * with figures of two conflicts names them, and reading all the site's figures for each page grew with the corpus.
 */
const corpusParties = new WeakMap<readonly FigureRecord[], Map<string, string[]>>();

function conflictParties(corpus: readonly FigureRecord[], parties: readonly string[]): string[] {
	const byConflict = getOrCreate(corpusParties, corpus, () => new Map<string, string[]>());
	return getOrCreate(byConflict, parties.join('\u0000'), () => {
		const members = new Set(parties);
		return rankedParties(corpus.filter((figure) => figureParties(figure).some((id) => members.has(id))));
	});
}

/**
 * The sections of a figure table: by conflict (only when there is more than one; conflicts are read from `corpus`, all
 * the site's figures, when given), then by what stretch of time each figure counts, in `SECTION_KINDS` order; each
 * item keeps its place in `items` within its section. Empty sections are left out.
 */
export function figureSections<T>(
	items: readonly T[],
	figureOf: (item: T) => FigureRecord,
	nameOf: (id: string) => string,
	corpus?: readonly FigureRecord[],
): FigureSection<T>[] {
	const byFigure = new Map(items.map((item) => [figureOf(item), item]));
	const theatres = theatresOf(items.map(figureOf), corpus);
	const many = theatres.length > 1;
	return theatres.flatMap((theatre, index) => {
		// Named from every figure of the conflict the site holds, so one conflict has one name on every page.
		const ranked = () => {
			if (corpus) return conflictParties(corpus, theatre.parties);
			const parties = new Set(theatre.parties);
			return rankedParties(theatre.figures.filter((figure) => figureParties(figure).some((id) => parties.has(id))));
		};
		const label = many ? (labelOf(ranked(), nameOf, 3) ?? 'figures that name no party') : null;
		return SECTION_KINDS.flatMap((kind) => {
			const members = theatre.figures.filter((figure) => sectionKind(figure) === kind);
			if (members.length === 0) return [];
			return [
				{
					id: many ? `${index + 1}-${kind}` : kind,
					kind,
					heading: label ? `${label}: ${SECTION_HEADINGS[kind].toLowerCase()}` : SECTION_HEADINGS[kind],
					items: members.map((figure) => byFigure.get(figure)!),
				},
			];
		});
	});
}
