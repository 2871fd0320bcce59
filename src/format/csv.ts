/** Flat CSV for the open data: arrays joined with `;`, objects as JSON, RFC 4180 quoting. */

type Cell = string | number | boolean | null | undefined | unknown[] | Record<string, unknown>;

/** One CSV field, quoted when it holds a comma, quote or line break. */
export function csvField(value: Cell): string {
	let text: string;
	if (value === null || value === undefined) text = '';
	else if (Array.isArray(value))
		text = value.map((item) => (typeof item === 'object' ? JSON.stringify(item) : String(item))).join(';');
	else if (typeof value === 'object') text = JSON.stringify(value);
	else text = String(value);
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV document with a header row, for the given columns of each row. */
export function toCsv<Row extends Record<string, unknown>>(rows: Row[], columns: (keyof Row & string)[]): string {
	const lines = [columns.join(',')];
	for (const row of rows) lines.push(columns.map((column) => csvField(row[column] as Cell)).join(','));
	return `${lines.join('\n')}\n`;
}
