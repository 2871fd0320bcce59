/** Where chart marks and dates lead: the source sentence of a figure, the timeline day or month of a date. */
import { periodAnchor } from '../config/page-paths.ts';
import type { EventRecord, FigureRecord } from '../schemas/index.ts';
import { figureLinkLabel } from './format.ts';
import { compareDates, monthOf } from './time.ts';
import type { ChartArticle, ChartInput, ChartOptions, SourceLink } from './types.ts';

/**
 * The link from a figure's mark to its sentence on the article page, with an accessible label; null when the
 * article is unknown.
 */
export function sourceLink(figure: FigureRecord, input: ChartInput, options: ChartOptions = {}): SourceLink | null {
	const article = input.articles.get(figure.article);
	if (!article) return null;
	return {
		href: `${article.url}#${figure.sentence}`,
		label: figureLinkLabel(figure, input.names, article.title),
		focus: options.focus?.has(figure.article) ?? false,
	};
}

/** The page holding a period's events: the timeline's own page unless the input splits it into pages. */
export function timelinePageOf(input: Pick<ChartInput, 'timelineUrl' | 'timelinePage'>): (period: string) => string {
	const { timelineUrl, timelinePage } = input;
	return timelinePage ?? (() => timelineUrl);
}

/** The timeline period of a date: its month, or its year when it has no month. */
export const periodOf = (date: string) => monthOf(date) ?? date.slice(0, 4);

/**
 * Finds the timeline anchor for a date: the first event of that day, else that month, else the timeline page.
 * `pageOf` says which page holds a period.
 */
export function timelineLinker(
	events: readonly EventRecord[],
	timelineUrl: string,
	pageOf: (period: string) => string = () => timelineUrl,
): (date: string | null) => string {
	const byDay = new Map<string, string>();
	const months = new Set<string>();
	for (const event of events) {
		if (event.precision === 'day' && !byDay.has(event.date)) byDay.set(event.date, event.id);
		const month = monthOf(event.date);
		if (month) months.add(month);
	}
	return (date) => {
		if (!date) return timelineUrl;
		const event = byDay.get(date);
		if (event) return `${pageOf(periodOf(date))}#event-${event}`;
		const month = monthOf(date);
		return month && months.has(month) ? `${pageOf(month)}#${periodAnchor(month)}` : timelineUrl;
	};
}

/** The timeline address of a month (`YYYY-MM`) when the timeline has events in it. */
export function monthLinker(
	events: readonly EventRecord[],
	timelineUrl: string,
	pageOf: (period: string) => string = () => timelineUrl,
): (month: string) => string | undefined {
	const months = new Set(events.map((event) => monthOf(event.date)).filter((month) => month !== null));
	return (month) => (months.has(month) ? `${pageOf(month)}#${periodAnchor(month)}` : undefined);
}

/** The articles a set of figures comes from, oldest first, each once. */
export function sourceArticles(
	figures: readonly FigureRecord[],
	articles: ReadonlyMap<string, ChartArticle>,
): ChartArticle[] {
	const ids = [...new Set(figures.map((figure) => figure.article))];
	return ids
		.map((id) => articles.get(id))
		.filter((article) => article !== undefined)
		.sort((a, b) => compareDates(a.published, b.published) || a.id.localeCompare(b.id));
}
