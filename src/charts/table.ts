/** The data table beside each chart and its CSV twin: the same rows, raw values for the CSV, words for people. */
import { toCsv } from '../format/csv.ts';
import type { ChartTable, TableCell } from './types.ts';

/** A table cell: the raw value, the text shown (the value itself by default) and an optional link. */
export function cell(value: string | number | null, text?: string, href?: string): TableCell {
	const shown = text ?? (value === null ? '—' : String(value));
	return href === undefined ? { value, text: shown } : { value, text: shown, href };
}

/** The CSV of exactly a chart's table rows, with the column keys as header. */
export function tableCsv(table: ChartTable): string {
	const keys = table.columns.filter((column) => !column.htmlOnly).map((column) => column.key);
	const rows = table.rows.map((row) => Object.fromEntries(keys.map((key) => [key, row[key]?.value ?? null])));
	return toCsv(rows, keys);
}

/** How many rows a chart's HTML table shows at most; its CSV holds every row. */
export const TABLE_ROWS = 30;

/** Which rows a chart's HTML table shows. */
export interface PreviewOptions {
	/** Only the rows of these figure ids (the marks drawn on an article or topic page). */
	only?: ReadonlySet<string> | undefined;
	/** Figure ids of the marks drawn, whose rows are kept first when the table is shortened. */
	drawn?: ReadonlySet<string> | undefined;
	max?: number;
}

/** Orders ISO dates newest first, undated last; a month-precise date counts from the first day of its month. */
function newerFirst(a: string | null, b: string | null): number {
	if (a === b) return 0;
	if (a === null) return 1;
	if (b === null) return -1;
	return a < b ? 1 : -1;
}

/**
 * The rows a chart's HTML table shows: those of `only` when given, else all; beyond `max`, the rows
 * of the drawn marks first, then the most recent by date, in the table's own order.
 */
export function previewRows(
	table: ChartTable,
	{ only, drawn, max = TABLE_ROWS }: PreviewOptions = {},
): ChartTable['rows'] {
	const idOf = (row: ChartTable['rows'][number]) => String(row.figure_id?.value);
	const scoped = only ? table.rows.filter((row) => only.has(idOf(row))) : table.rows;
	if (scoped.length <= max) return scoped;
	const dateOf = (row: ChartTable['rows'][number]) => {
		const value = row.date?.value;
		return typeof value === 'string' ? value : null;
	};
	return scoped
		.map((row, index) => ({ row, index, drawn: drawn?.has(idOf(row)) ? 1 : 0, date: dateOf(row) }))
		.sort((a, b) => b.drawn - a.drawn || newerFirst(a.date, b.date) || a.index - b.index)
		.slice(0, max)
		.sort((a, b) => a.index - b.index)
		.map(({ row }) => row);
}
