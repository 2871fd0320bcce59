/** Key figures: the scope's headline numbers, newest first, each attributed as its article words it. */
import { sidesText } from '../format/figure-sides.ts';
import { isReported } from '../format/figure-status.ts';
import type { EntityRecord, FigureRecord } from '../schemas/index.ts';
import type { BriefingContext } from './context.ts';
import type { BriefingFigure } from './model.ts';

/** Metrics a briefing leads with, in order of precedence; other metrics follow. */
export const HEADLINE_METRICS = [
	'civilians_killed',
	'killed',
	'injured',
	'drones_launched',
	'missiles_launched',
	'drones_intercepted',
	'missiles_intercepted',
	'territory_captured_km2',
	'soldiers_killed',
	'prisoners_released',
	'aid_usd',
	'locations_hit',
	'officers_killed',
	'generals_killed',
];

/** At most this many figures. */
export const MAX_FIGURES = 6;

/** "according to Ukraine's air force": the claimant's entity name, else the article's own words. */
export function attribution(claimedBy: string | null, entities: ReadonlyMap<string, EntityRecord>): string | null {
	if (!claimedBy) return null;
	return `according to ${entities.get(claimedBy)?.name ?? claimedBy}`;
}

const metricRank = (metric: string) => {
	const rank = HEADLINE_METRICS.indexOf(metric);
	return rank < 0 ? HEADLINE_METRICS.length : rank;
};

/**
 * One figure per metric and subject from the articles in scope: whole figures before parts
 * ("over Belgorod"), then the most recent by the date it applies to, then the leading article.
 * Headline metrics come first, in their order.
 */
export function keyFigures(figures: FigureRecord[], context: BriefingContext, max = MAX_FIGURES): BriefingFigure[] {
	const place = (figure: FigureRecord) => context.place.get(figure.article) ?? Infinity;
	const preferred = (a: FigureRecord, b: FigureRecord) =>
		(a.scope === null ? 0 : 1) - (b.scope === null ? 0 : 1) ||
		(b.date ?? '').localeCompare(a.date ?? '') ||
		place(a) - place(b) ||
		a.id.localeCompare(b.id);
	const best = new Map<string, FigureRecord>();
	// A negated or supposed number ("agreed not to cap … at 600,000") is never a key figure.
	const stated = figures.filter((candidate) => isReported(candidate) && context.articles.has(candidate.article));
	for (const figure of stated.sort(preferred)) {
		const key = `${figure.metric}|${figure.subject ?? ''}`;
		if (!best.has(key)) best.set(key, figure);
	}
	return [...best.values()]
		.sort((a, b) => metricRank(a.metric) - metricRank(b.metric) || preferred(a, b))
		.slice(0, max)
		.map((figure) => ({
			figure,
			subject: figure.subject ? (context.entities.get(figure.subject)?.name ?? null) : null,
			sides: sidesText(figure, (id) => context.entities.get(id)?.name ?? id),
			attribution: attribution(figure.claimedBy, context.entities),
			cite: context.sources.cite(context.articles.get(figure.article)!, figure.sentence),
		}));
}
