/** Which charts apply to a briefing: those with something to draw from the figures in its scope. */

import type { BriefingData, BriefingScope } from '../../briefings/index.ts';
import { type ChartDefinition, chartsFor } from '../../charts/index.ts';

/** The charts a briefing shows (strikes and casualties; the figures over time are on the timeline and charts pages,
 * left out to keep the briefing within its weight budget), in the charts page's order; none when its articles state no
 * charted figures. */
export function briefingCharts(
	data: Pick<BriefingData, 'figures' | 'topics'>,
	scope: BriefingScope,
): ChartDefinition[] {
	if (scope.kind === 'situation') return chartsFor(data.figures, 'article');
	const articles = new Set(data.topics.find((topic) => topic.id === scope.topic)?.articles ?? []);
	return chartsFor(
		data.figures.filter((figure) => articles.has(figure.article)),
		'article',
	);
}
