/**
 * The figures that belong to a topic, in the order a reader wants them: of one of the topic's own metrics before
 * those only stated in a sentence about it, the newest first (of two equally new, the topic's first-listed metric),
 * one per metric, subject and section (a whole before its part; a night's count beside, never instead of, a total;
 * within one article the later statement, as "trimmed from 28 points to 19" ends on the current count). Only figures
 * stated as they are (not negated, not supposed) are key figures.
 */
import { periodEnd } from '../briefings/as-of.ts';
import { isReported } from '../format/figure-status.ts';
import type { FigureRecord, TopicRecord } from '../schemas/index.ts';
import { sectionKind } from './figure-sections.ts';

const sentenceNumber = (id: string) => Number(/\d+/.exec(id)?.[0] ?? 0);
const position = (figure: FigureRecord) => figure.quote.indexOf(figure.text);

/** Newer first; then a whole before a part; then, in one article, the later statement. */
export function compareFigures(a: FigureRecord, b: FigureRecord): number {
	const end = (figure: FigureRecord) => (figure.date ? periodEnd(figure.date) : '');
	return (
		end(b).localeCompare(end(a)) ||
		(a.scope === null ? 0 : 1) - (b.scope === null ? 0 : 1) ||
		(a.article === b.article
			? sentenceNumber(b.sentence) - sentenceNumber(a.sentence) || position(b) - position(a)
			: a.article.localeCompare(b.article)) ||
		a.id.localeCompare(b.id)
	);
}

/**
 * One figure per metric, subject and section (one attack or day, a period, the total so far, a level), the first met
 * in `ordered`: a night's toll does not stand in for the war's total of the same metric, nor the total for the night.
 */
export function onePerMetric(ordered: readonly FigureRecord[]): FigureRecord[] {
	const seen = new Set<string>();
	return ordered.filter((figure) => {
		const key = `${figure.metric}|${figure.subject ?? ''}|${sectionKind(figure)}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/** The topic's figures in the order it wants them, without dropping repeats of a metric. */
export function rankTopicFigures(
	topic: Pick<TopicRecord, 'metrics'>,
	figures: readonly FigureRecord[],
): FigureRecord[] {
	const own = (figure: FigureRecord) => Number(topic.metrics.includes(figure.metric));
	// Of two figures equally new, the one of the topic's first-listed metric: drones launched before intercepted.
	const rank = (figure: FigureRecord) => {
		const index = topic.metrics.indexOf(figure.metric);
		return index < 0 ? topic.metrics.length : index;
	};
	const end = (figure: FigureRecord) => (figure.date ? periodEnd(figure.date) : '');
	// Each figure's keys worked out once, not at every comparison (a topic can hold thousands of figures).
	return figures
		.map((figure) => ({ figure, own: own(figure), end: end(figure), rank: rank(figure) }))
		.sort(
			(a, b) => b.own - a.own || b.end.localeCompare(a.end) || a.rank - b.rank || compareFigures(a.figure, b.figure),
		)
		.map(({ figure }) => figure);
}

/** The topic's key figures, at most `max`, from `include`d articles only when given. */
export function topicFigures(
	topic: Pick<TopicRecord, 'metrics' | 'figures'>,
	figureById: ReadonlyMap<string, FigureRecord>,
	max: number,
	include?: (figure: FigureRecord) => boolean,
): FigureRecord[] {
	const stated = topic.figures
		.map((id) => figureById.get(id))
		.filter(
			(figure): figure is FigureRecord => figure !== undefined && isReported(figure) && (include?.(figure) ?? true),
		);
	return onePerMetric(rankTopicFigures(topic, stated)).slice(0, max);
}
