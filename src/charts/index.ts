/** The chart registry: every chart with its id, title, the metrics it draws and its model builder. Adding a chart is a folder and one line here. */
import { type FigureRecord, metricsOnChart } from '../schemas/index.ts';
import { chartedFigures } from './charted.ts';
import { isLossMetric, LOSS_METRICS, type LossesModel, lossesModel } from './losses/model.ts';
import { isTimeMetric, type OverTimeModel, overTimeModel } from './over-time/model.ts';
import { STRIKE_METRICS, type StrikesModel, strikesModel } from './strikes/model.ts';
import type { ChartBuilder, ChartFrame } from './types.ts';

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
	build: ChartBuilder<M>;
}

const strikes: ChartDefinition<StrikesModel> = {
	id: 'strikes',
	title: 'Drones and missiles launched and intercepted',
	summary: 'Per reported attack, by date: how many drones and missiles were launched and how many intercepted.',
	metrics: STRIKE_METRICS,
	relevant: (figures) =>
		figures.some((figure) => figure.scope === null && (STRIKE_METRICS as readonly string[]).includes(figure.metric)),
	onArticles: true,
	build: strikesModel,
};

const losses: ChartDefinition<LossesModel> = {
	id: 'losses',
	title: 'Reported casualties and losses',
	summary: 'Killed, injured and other losses by category and side, with the qualifiers the articles use.',
	metrics: LOSS_METRICS,
	relevant: (figures) => figures.some((figure) => figure.scope === null && isLossMetric(figure.metric)),
	onArticles: true,
	build: lossesModel,
};

const overTime: ChartDefinition<OverTimeModel> = {
	id: 'over-time',
	title: 'Figures over time',
	summary:
		'Dated strike, loss, territory, prisoner and aid figures on a shared time axis, one panel per metric and side, with key talks and deadlines marked.',
	metrics: metricsOnChart('over-time'),
	relevant: (figures) =>
		figures.some((figure) => figure.date !== null && figure.scope === null && isTimeMetric(figure.metric)),
	onArticles: false,
	build: overTimeModel,
};

/** Every chart, in the order the charts page shows them. */
export const CHARTS = [strikes, losses, overTime] as const;

/** The chart with this id, or undefined. */
export function chartById(id: string): ChartDefinition | undefined {
	return CHARTS.find((chart) => chart.id === id) as ChartDefinition | undefined;
}

/** The charts that have something to draw from these figures, in registry order. */
export function chartsFor(figures: readonly FigureRecord[], where: 'topic' | 'article' = 'topic'): ChartDefinition[] {
	const charted = chartedFigures(figures);
	return (CHARTS as readonly ChartDefinition[]).filter(
		(chart) => (where === 'article' ? chart.onArticles : true) && chart.relevant(charted),
	);
}

export { chartedFigures, isCharted } from './charted.ts';
export { chartInputFrom } from './input.ts';
export { keyEvents } from './key-events.ts';
export { NARROW, NARROW_BREAK, WIDE } from './layout.ts';
export { tableCsv } from './table.ts';
export type { ChartFrame, ChartInput, ChartOptions, ChartTable, SourceLink } from './types.ts';
export type { LossesModel, OverTimeModel, StrikesModel };
