/**
 * The chart registry: every chart with its id, title, the metrics it draws, its model builder and
 * the components that draw it. Adding a chart is a folder (its model), its SVG component and one
 * entry here; `Chart.astro` draws any entry the same way.
 */
import { spanOf } from '../format/figure-span.ts';
import { type FigureRecord, metricsOnChart } from '../schemas/index.ts';
import { chartedFigures, isCharted } from './charted.ts';
import { isLossMetric, LOSS_METRICS, type LossesModel, lossesModel } from './losses/model.ts';
import { isTimeMetric, type OverTimeModel, overTimeModel } from './over-time/model.ts';
import { STRIKE_METRICS, type StrikesModel, strikesModel } from './strikes/model.ts';
import type { ChartBuilder, ChartFrame } from './types.ts';

/**
 * The components that draw a chart, each an `.astro` file (`astro check` types their props). They
 * are methods so that a chart of a particular model stands in the registry's list of any charts.
 */
export interface ChartViews<M extends ChartFrame> {
	/** Draws the laid-out model as SVG; called once for the wide and once for the narrow layout. */
	Svg(props: { model: M; uid: string; variant: 'wide' | 'narrow' }): unknown;
	/** A key above the drawing, when the marks need one. */
	Key?(props: { uid: string }): unknown;
	/** More caption under the drawing (the over-time chart's numbered key events). */
	Caption?(props: { model: M }): unknown;
}

/** One registered chart. */
export interface ChartDefinition<M extends ChartFrame = ChartFrame> {
	id: string;
	title: string;
	/** What the chart shows, one line, for the charts index. */
	summary: string;
	/** The metrics it draws (the metric registry's `charts`). */
	metrics: readonly string[];
	/** True when these figures give the chart something to draw. */
	relevant: (figures: readonly FigureRecord[]) => boolean;
	/** Shown on an article page when the article has figures it draws. */
	onArticles: boolean;
	/**
	 * True when the chart draws this figure as a mark of its own day (one attack or day), so that an event of that day
	 * may link to it. Absent for a chart that draws only some series (a day's figure may not be on it).
	 */
	marksDay?: (figure: FigureRecord) => boolean;
	build: ChartBuilder<M>;
	/** Its components, loaded when a page draws the chart (the model side stays plain TypeScript). */
	views: () => Promise<ChartViews<M>>;
}

const strikes: ChartDefinition<StrikesModel> = {
	id: 'strikes',
	title: 'Drones and missiles launched and intercepted',
	summary: 'Per reported attack, by date: how many drones and missiles were launched and how many intercepted.',
	metrics: STRIKE_METRICS,
	relevant: (figures) =>
		figures.some((figure) => figure.scope === null && (STRIKE_METRICS as readonly string[]).includes(figure.metric)),
	onArticles: true,
	marksDay: (figure) =>
		figure.scope === null &&
		spanOf(figure) === 'incident' &&
		(STRIKE_METRICS as readonly string[]).includes(figure.metric),
	build: strikesModel,
	views: async () => ({
		Svg: (await import('../components/charts/StrikesSvg.astro')).default,
		Key: (await import('../components/charts/StrikesKey.astro')).default,
	}),
};

const losses: ChartDefinition<LossesModel> = {
	id: 'losses',
	title: 'Reported casualties and losses',
	summary: 'Killed, injured and other losses by category and side, with the qualifiers the articles use.',
	metrics: LOSS_METRICS,
	relevant: (figures) => figures.some((figure) => figure.scope === null && isLossMetric(figure.metric)),
	onArticles: true,
	marksDay: (figure) => figure.scope === null && spanOf(figure) === 'incident' && isLossMetric(figure.metric),
	build: lossesModel,
	views: async () => ({ Svg: (await import('../components/charts/LossesSvg.astro')).default }),
};

const overTime: ChartDefinition<OverTimeModel> = {
	id: 'over-time',
	title: 'Figures over time',
	summary:
		'Dated strike, loss, territory, prisoner and aid figures on a shared time axis, ' +
		'one panel per metric and side, with key talks and deadlines marked.',
	metrics: metricsOnChart('over-time'),
	relevant: (figures) =>
		figures.some((figure) => figure.date !== null && figure.scope === null && isTimeMetric(figure.metric)),
	onArticles: false,
	build: overTimeModel,
	views: async () => ({
		Svg: (await import('../components/charts/OverTimeSvg.astro')).default,
		Caption: (await import('../components/charts/OverTimeCaption.astro')).default,
	}),
};

/** Every chart, in the order the charts page shows them. */
export const CHARTS: readonly ChartDefinition[] = [strikes, losses, overTime];

/** The chart with this id, or undefined. */
export function chartById(id: string): ChartDefinition | undefined {
	return CHARTS.find((chart) => chart.id === id);
}

/** The first chart (in registry order) that draws this figure as a mark of its day, if any. */
export function chartMarkingDay(figure: FigureRecord): ChartDefinition | undefined {
	return isCharted(figure) ? CHARTS.find((chart) => chart.marksDay?.(figure)) : undefined;
}

/** The charts that have something to draw from these figures, in registry order. */
export function chartsFor(figures: readonly FigureRecord[], where: 'topic' | 'article' = 'topic'): ChartDefinition[] {
	const charted = chartedFigures(figures);
	return CHARTS.filter((chart) => (where === 'article' ? chart.onArticles : true) && chart.relevant(charted));
}

export { chartedFigures, isCharted } from './charted.ts';
export { chartInputFrom, chartInputOf } from './input.ts';
export { keyEvents } from './key-events.ts';
export { NARROW, NARROW_BREAK, WIDE } from './layout.ts';
export { tableCsv } from './table.ts';
export type { ChartFrame, ChartInput, ChartOptions, ChartTable, SourceLink } from './types.ts';
export type { LossesModel, OverTimeModel, StrikesModel };
