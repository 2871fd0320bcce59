/** Which charts apply to a briefing: those with something to draw from the figures in its scope. */

import type { BriefingData, BriefingScope } from '../../briefings/index.ts';
import { type ChartDefinition, chartsFor } from '../../charts/index.ts';

/** The charts a briefing shows, in the charts page's order; none when its articles state no charted figures. */
export function briefingCharts(
	data: Pick<BriefingData, 'figures' | 'topics'>,
	scope: BriefingScope,
): ChartDefinition[] {
	if (scope.kind === 'situation') return chartsFor(data.figures, 'topic');
	const articles = new Set(data.topics.find((topic) => topic.id === scope.topic)?.articles ?? []);
	return chartsFor(
		data.figures.filter((figure) => articles.has(figure.article)),
		'topic',
	);
}
