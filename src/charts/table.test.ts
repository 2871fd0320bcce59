import { describe, expect, it } from 'vitest';
import { cell, previewRows, tableCsv } from './table.ts';
import type { ChartTable } from './types.ts';

/** A table of figures f0…f(n-1), dated one day apart in table order; `undated` ids have no date. */
function table(count: number, undated: string[] = []): ChartTable {
	return {
		caption: 'Figures',
		columns: [
			{ key: 'figure_id', label: 'Figure id', csvOnly: true },
			{ key: 'date', label: 'Date' },
		],
		rows: Array.from({ length: count }, (_, index) => {
			const id = `f${index}`;
			const date = undated.includes(id) ? null : new Date(Date.UTC(2025, 0, 1 + index)).toISOString().slice(0, 10);
			return { figure_id: cell(id), date: cell(date) };
		}),
	};
}
const ids = (rows: ChartTable['rows']) => rows.map((row) => row.figure_id!.value);

describe('previewRows', () => {
	it('shows every row of a short table', () => {
		expect(previewRows(table(3), { max: 5 })).toHaveLength(3);
	});

	it('shortens a long table to the most recent rows, in table order', () => {
		expect(ids(previewRows(table(6), { max: 3 }))).toEqual(['f3', 'f4', 'f5']);
	});

	it('keeps the rows of drawn marks first, then the most recent, undated last', () => {
		const rows = previewRows(table(6, ['f5']), { drawn: new Set(['f0']), max: 3 });
		expect(ids(rows)).toEqual(['f0', 'f3', 'f4']);
	});

	it('shows only the rows of `only` when given', () => {
		expect(ids(previewRows(table(6), { only: new Set(['f1', 'f4']), max: 5 }))).toEqual(['f1', 'f4']);
	});
});

describe('tableCsv', () => {
	it('writes every row, however many the page shows', () => {
		expect(tableCsv(table(150)).trim().split('\n')).toHaveLength(151);
	});
});
