/** The home page's "what is happening" in three sentences, composed from the data. */

import { formatDate } from '../format/date.ts';
import { formatEventDate } from '../format/event-date.ts';
import { figureDateWords } from '../format/figure-date.ts';
import { sidesText } from '../format/figure-sides.ts';
import { metricLabel } from '../format/metric.ts';
import { formatQuantity, qualifierWords } from '../format/number.ts';
import { formatPublished, formatPublishedAsOf } from '../format/published.ts';
import type { Corpus } from './corpus.ts';
import { headlineFigures } from './headline-figures.ts';

export interface OverviewSentence {
	text: string;
	/** Where the sentence's facts come from (an article URL with sentence anchor, or a page). */
	href: string | null;
}

/** Three sentences: what the latest news reports are about, the latest event reported done, the newest headline figure. */
export function overview(corpus: Corpus): OverviewSentence[] {
	const sentences: OverviewSentence[] = [];
	// News reports first: analysis and opinion speak only when no news report is dated.
	const dated = corpus.newestArticles.filter((article) => article.published);
	const news = dated.filter((article) => article.kind === 'news');
	const latest = (news.length ? news : dated).slice(0, 5);
	const what = news.length ? 'news reports' : 'articles';
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
				(latest.length === 1
					? `The most recent ${what.replace(/s$/, '')} is`
					: `The ${latest.length} most recent ${what}, up to ${formatPublished(latest[0])}, are mostly`) +
				` about ${joinWords(topTopics as string[])}.`,
			href: null,
		});
	// The newest thing reported done, as a news report tells it (the timeline's order places a month-precise
	// "Saturday" among its month's days); a plan or a deadline is not what is happening.
	const reportedBy = (candidate: (typeof corpus.events)[number], kinds: string[]) =>
		candidate.sources.some((source) => kinds.includes(corpus.article.get(source.article)?.kind ?? ''));
	const happened = [...corpus.events].reverse().filter((candidate) => candidate.status === 'happened');
	const event = happened.find((candidate) => reportedBy(candidate, ['news'])) ?? happened[0] ?? corpus.events.at(-1);
	if (event) {
		const source =
			event.sources.find((candidate) => corpus.article.get(candidate.article)?.kind === 'news') ?? event.sources[0]!;
		const article = corpus.article.get(source.article);
		// Articles, not sentences: one article may report the event in two sentences.
		const reporting = new Set(event.sources.map((item) => item.article)).size;
		sentences.push({
			text:
				`Latest event, ${formatEventDate(event)}: ` +
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
		const published = article ? formatPublishedAsOf(article) : null;
		const when = figure.date ? `, ${figureDateWords(figure, formatDate, published)}` : '';
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
