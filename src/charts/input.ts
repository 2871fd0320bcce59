/** Builds a chart input from the loaded corpus: the records plus article and name lookups. */
import { formatPublished, formatPublishedShort } from '../format/published.ts';
import type { ArticleRecord, EntityRecord, EventRecord, FigureRecord, TopicRecord } from '../schemas/index.ts';
import { chartedFigures } from './charted.ts';
import { splitTheatres } from './theatres.ts';
import type { ChartArticle, ChartInput } from './types.ts';

/** The parts of the corpus the charts read. */
export interface ChartSourceData {
	figures: readonly FigureRecord[];
	events: readonly EventRecord[];
	articles: readonly ArticleRecord[];
	entities: readonly EntityRecord[];
	topics: readonly TopicRecord[];
}

const cache = new WeakMap<ChartSourceData, Map<string, ChartInput>>();

/**
 * The chart input of a corpus, built once per corpus and timeline address; `timelinePage` names the page of a
 * period's events when the timeline is split into pages.
 */
export function chartInputFrom(
	data: ChartSourceData,
	timelineUrl: string,
	timelinePage?: (period: string) => string,
): ChartInput {
	const byUrl = cache.get(data) ?? new Map<string, ChartInput>();
	cache.set(data, byUrl);
	const cached = byUrl.get(timelineUrl);
	if (cached) return cached;
	// A negated or supposed number ("agreed not to cap … at 600,000") is never drawn as a fact; another conflict's
	// figures are never drawn on this one's axes.
	const { drawn, others } = splitTheatres(chartedFigures(data.figures));
	const input: ChartInput = {
		figures: drawn,
		elsewhere: others,
		events: data.events,
		articles: new Map<string, ChartArticle>(
			data.articles.map((article) => [
				article.id,
				{
					id: article.id,
					url: article.url,
					title: article.title,
					published: article.published,
					publishedWords: formatPublished(article),
					publishedShort: formatPublishedShort(article),
				},
			]),
		),
		names: new Map(data.entities.map((entity) => [entity.id, entity.name])),
		timelineUrl,
		keyEventTopics: new Set(data.topics.filter((topic) => topic.keyEvents).map((topic) => topic.id)),
		...(timelinePage ? { timelinePage } : {}),
	};
	byUrl.set(timelineUrl, input);
	return input;
}

const subsets = new WeakMap<ChartInput, WeakMap<readonly FigureRecord[], ChartInput>>();

/**
 * The chart input of some figures only (one article's), sharing the corpus input's lookups: a chart
 * on an article page draws that article's figures, so its weight and cost do not grow with the corpus.
 */
export function chartInputOf(corpusInput: ChartInput, figures: readonly FigureRecord[]): ChartInput {
	const byFigures = subsets.get(corpusInput) ?? new WeakMap<readonly FigureRecord[], ChartInput>();
	subsets.set(corpusInput, byFigures);
	let input = byFigures.get(figures);
	if (!input) {
		const { drawn, others } = splitTheatres(chartedFigures(figures));
		input = { ...corpusInput, figures: drawn, elsewhere: others };
		byFigures.set(figures, input);
	}
	return input;
}
