/** Key figures: the numbers that belong to the briefing's topics, newest first, each attributed as its article words it. */
import { figureSections } from '../data/figure-sections.ts';
import { compareFigures, onePerMetric, topicFigures } from '../data/topic-figures.ts';
import { sidesText } from '../format/figure-sides.ts';
import type { EntityRecord, FigureRecord } from '../schemas/index.ts';
import type { BriefingContext } from './context.ts';
import type { BriefingData, BriefingFigure, BriefingScope } from './model.ts';

/** At most this many figures. */
export const MAX_FIGURES = 6;

/** "according to Ukraine's air force": the claimant's entity name, else the article's own words. */
export function attribution(claimedBy: string | null, entities: ReadonlyMap<string, EntityRecord>): string | null {
	if (!claimedBy) return null;
	return `according to ${entities.get(claimedBy)?.name ?? claimedBy}`;
}

/**
 * The key figures of a briefing. A topic briefing shows its topic's figures (`topicFigures`): of the topic's metrics
 * first, the newest first, one per metric and subject. The situation briefing shows the state of play across
 * topics: each topic's own newest figure (the territory taken, the aid agreed, the plan's points, the latest
 * barrage), newest first, one per metric and subject, so no topic's numbers crowd out the rest. Either is ordered by
 * the table's sections (`figureSections`), newest first within each.
 */
export function keyFigures(
	data: Pick<BriefingData, 'figures' | 'topics'>,
	scope: BriefingScope,
	context: BriefingContext,
	max = MAX_FIGURES,
): BriefingFigure[] {
	const figureById = new Map(data.figures.map((figure) => [figure.id, figure]));
	const inScope = (figure: FigureRecord) => context.articles.has(figure.article);
	let chosen: FigureRecord[];
	if (scope.kind === 'topic') {
		const topic = data.topics.find((candidate) => candidate.id === scope.topic);
		chosen = topic ? topicFigures(topic, figureById, max, inScope) : [];
	} else {
		const leads = data.topics.flatMap((topic) =>
			topicFigures(
				{ ...topic, figures: topic.figures.filter((id) => topic.metrics.includes(figureById.get(id)?.metric ?? '')) },
				figureById,
				1,
				inScope,
			),
		);
		chosen = onePerMetric([...leads].sort(compareFigures)).slice(0, max);
	}
	// The table lists them in sections (one attack or day, a period, totals so far; by conflict): cite in that order,
	// so footnote numbers still rise down the page.
	const nameOf = (id: string) => context.entities.get(id)?.name ?? id;
	const ordered = figureSections(chosen, (figure) => figure, nameOf, data.figures).flatMap((section) => section.items);
	return ordered.map((figure) => ({
		figure,
		subject: figure.subject ? (context.entities.get(figure.subject)?.name ?? null) : null,
		sides: sidesText(figure, (id) => context.entities.get(id)?.name ?? id),
		attribution: attribution(figure.claimedBy, context.entities),
		cite: context.sources.cite(context.articles.get(figure.article)!, figure.sentence),
	}));
}
