/**
 * The home page's headline figures: the newest reported numbers on strikes, losses, territory and aid, each with a
 * date and a place, so that a reader never meets a number without knowing when and where it applies.
 */
import { isReported } from '../format/figure-status.ts';
import type { FigureRecord } from '../schemas/index.ts';

/** The metrics a headline may lead with. */
export const HEADLINE_METRICS: readonly string[] = [
	'drones_launched',
	'missiles_launched',
	'drones_intercepted',
	'missiles_intercepted',
	'killed',
	'civilians_killed',
	'injured',
	'territory_captured_km2',
	'soldiers_killed',
	'officers_killed',
	'prisoners_released',
	'aid_usd',
];

/** Where a figure applies: the place the text names, else the country its losses are read from; null when unknown. */
export function figurePlace(figure: Pick<FigureRecord, 'place' | 'subject' | 'subjectRole'>): string | null {
	return figure.place ?? (figure.subjectRole === 'place' ? figure.subject : null);
}

/** Newest first by the date the figure applies to (a month-precise date sorts before the days of its month), then in
 * the order of the headline metrics. */
function newestFirst(a: FigureRecord, b: FigureRecord): number {
	return (
		(b.date ?? '').localeCompare(a.date ?? '') ||
		HEADLINE_METRICS.indexOf(a.metric) - HEADLINE_METRICS.indexOf(b.metric) ||
		a.id.localeCompare(b.id)
	);
}

/**
 * The newest reported, whole headline figures that carry both a date and a place (money has no place: it needs a
 * recipient instead), at most `max`, newest first.
 */
export function headlineFigures(figures: readonly FigureRecord[], max = 8): FigureRecord[] {
	return figures
		.filter(
			(figure) =>
				isReported(figure) &&
				figure.scope === null &&
				figure.date !== null &&
				HEADLINE_METRICS.includes(figure.metric) &&
				(figurePlace(figure) !== null || (figure.metric.startsWith('aid_') && figure.subject !== null)),
		)
		.sort(newestFirst)
		.slice(0, max);
}

/** What each headline metric is a figure of, in words for the caption; in the order captions list them. */
const HEADLINE_KINDS: readonly [string, (metric: string) => boolean][] = [
	['strikes', (metric) => /^(drones|missiles)_/.test(metric)],
	['losses', (metric) => /killed$|^injured$/.test(metric)],
	['territory', (metric) => metric.startsWith('territory_')],
	['prisoner releases', (metric) => metric.startsWith('prisoners_')],
	['aid', (metric) => metric.startsWith('aid_')],
];

/** "a", "a and b", "a, b and c". */
const inWords = (items: readonly string[]) =>
	items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? '');

/**
 * The caption of the headline figures, from the rows shown: it names only the kinds of figures the table holds ("The
 * newest figures on strikes and losses, …"), and says how aid is placed when aid is among them.
 */
export function headlineCaption(figures: readonly Pick<FigureRecord, 'metric'>[]): string {
	const kinds = HEADLINE_KINDS.filter(([, matches]) => figures.some((figure) => matches(figure.metric))).map(
		([kind]) => kind,
	);
	const aid = kinds.includes('aid');
	return (
		`The newest figures on ${inWords(kinds)}, each with when and where it applies` +
		(aid ? ' (for aid, who receives it)' : '')
	);
}
