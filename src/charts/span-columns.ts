/**
 * A chart table's number split by what it counts: one column for single attacks and days, one for counts over a stated
 * period, one for totals so far, so that no column holds a war's toll above one night's count. The CSV keeps the one
 * raw `value` beside `span` and `span_cue`.
 */
import { SPANS, spanOf } from '../format/figure-span.ts';
import type { FigureRecord, FigureSpan } from '../schemas/index.ts';
import { figureValue } from './format.ts';
import { cell } from './table.ts';
import type { TableCell, TableColumn } from './types.ts';

const COLUMN_LABELS: Readonly<Record<FigureSpan, string>> = {
	incident: 'Number (one attack or day)',
	period: 'Number (over a period)',
	cumulative: 'Number (total so far)',
};

/**
 * In place of a table's one number column: the HTML number columns for the spans present (in `SPANS` order), then
 * the CSV's raw `value`, which keeps its place among the CSV's columns.
 */
export function spanColumns(figures: readonly Pick<FigureRecord, 'span'>[]): TableColumn[] {
	const present = new Set(figures.map(spanOf));
	return [
		...SPANS.filter((span) => present.has(span)).map(
			(span): TableColumn => ({ key: `value_${span}`, label: COLUMN_LABELS[span], numeric: true, htmlOnly: true }),
		),
		{ key: 'value', label: 'Number', numeric: true, csvOnly: true },
	];
}

/** The CSV's span columns, added after its existing columns (the CSV adds columns, never moves them). */
export const SPAN_CSV_COLUMNS: readonly TableColumn[] = [
	{ key: 'span', label: 'Counts', csvOnly: true },
	{ key: 'span_cue', label: 'Counts, in the words of the text', csvOnly: true },
];

/** A figure's cells for `spanColumns`: its number in the column of its span, with the text's cue. */
export function spanCells(figure: FigureRecord): Record<string, TableCell> {
	const cue = figure.spanCue ? ` (“${figure.spanCue}”)` : '';
	return {
		[`value_${spanOf(figure)}`]: cell(figure.value, `${figureValue(figure)}${cue}`),
		value: cell(figure.value, figureValue(figure)),
		span: cell(figure.span),
		span_cue: cell(figure.spanCue),
	};
}
