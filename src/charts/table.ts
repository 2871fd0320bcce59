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
	const keys = table.columns.map((column) => column.key);
	const rows = table.rows.map((row) => Object.fromEntries(keys.map((key) => [key, row[key]?.value ?? null])));
	return toCsv(rows, keys);
}
