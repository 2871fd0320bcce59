/** The home page's "what is happening" in three sentences, composed from the data. */

import { formatDate } from '../format/date.ts';
import { sidesText } from '../format/figure-sides.ts';
import { metricLabel } from '../format/metric.ts';
import { formatQuantity, qualifierWords } from '../format/number.ts';
import type { Corpus } from './corpus.ts';
import { headlineFigures } from './headline-figures.ts';

export interface OverviewSentence {
	text: string;
	/** Where the sentence's facts come from (an article URL with sentence anchor, or a page). */
	href: string | null;
}

/** Three sentences: what the latest articles are about, the latest event, the largest headline figure. */
export function overview(corpus: Corpus): OverviewSentence[] {
	const sentences: OverviewSentence[] = [];
	const latest = corpus.newestArticles.filter((article) => article.published).slice(0, 5);
	const topicCounts = new Map<string, number>();
	for (const article of latest)
		for (const topic of article.topics.slice(0, 3)) topicCounts.set(topic, (topicCounts.get(topic) ?? 0) + 1);
	const topTopics = [...topicCounts]
		.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
		.slice(0, 3)
		.map(([id]) => corpus.topic.get(id)?.name.replace(/^(The|A|An) /, (word) => word.toLowerCase()))
		.filter(Boolean);
	if (latest[0] && topTopics.length)
		sentences.push({
			text:
				`The ${latest.length} most recent articles, up to ` +
				`${formatDate(latest[0].published, latest[0].publishedPrecision)}, ` +
				`are mostly about ${joinWords(topTopics as string[])}.`,
			href: null,
		});
	const event = [...corpus.events].reverse().find((candidate) => candidate.precision === 'day') ?? corpus.events.at(-1);
	if (event) {
		const source = event.sources[0]!;
		const article = corpus.article.get(source.article);
		// Articles, not sentences: one article may report the event in two sentences.
		const reporting = new Set(event.sources.map((item) => item.article)).size;
		sentences.push({
			text:
				`Latest dated event, ${formatDate(event.date, event.precision)}: ` +
				event.title.replace(/\.$/, '') +
				(reporting > 1 ? ` (reported by ${reporting} articles)` : '') +
				'.',
			href: article ? `${article.url}#${source.sentence}` : null,
		});
	}
	// The newest headline figure that carries a date and a place (see headline-figures.ts).
	const [figure] = headlineFigures(corpus.figures, 1);
	if (figure) {
		const article = corpus.article.get(figure.article);
		const sides = sidesText(figure, (id) => corpus.entity.get(id)?.name ?? id);
		const claimedBy = figure.claimedBy ? (corpus.entity.get(figure.claimedBy)?.name ?? figure.claimedBy) : null;
		const what = `${metricLabel(figure.metric).toLowerCase()}${sides === '—' ? '' : ` (${sides})`}`;
		const value = `${qualifierWords(figure.qualifier)}${formatQuantity(figure.value, figure.unit)}`;
		const when = figure.date ? `, ${formatDate(figure.date, figure.datePrecision)}` : '';
		sentences.push({
			text: `Most recent headline figure: ${what}, ${value}${when}${claimedBy ? `, according to ${claimedBy}` : ''}.`,
			href: article ? `${article.url}#${figure.sentence}` : null,
		});
	}
	return sentences;
}

function joinWords(words: string[]): string {
	if (words.length <= 1) return words.join('');
	return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
