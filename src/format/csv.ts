/** Flat CSV for the open data: arrays joined with `;`, objects as JSON, RFC 4180 quoting, formula guard. */

type Cell = string | number | boolean | null | undefined | unknown[] | Record<string, unknown>;

/**
 * Characters that make a spreadsheet (Excel, LibreOffice, Google Sheets) read a cell as a formula:
 * `=`, `+`, `-`, `@`, a tab or a carriage return at the start (OWASP "CSV injection").
 */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain decimal number ("-12", "+3.5"): a spreadsheet reads it as that number, never as a formula. */
const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * Text as a spreadsheet shows it literally: a cell that would start a formula gets a leading apostrophe, as
 * OWASP advises (spreadsheets hide it and show the rest as text). Plain numbers are left alone.
 */
export function neutralizeFormula(text: string): string {
	return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/**
 * One CSV field, quoted when it holds a comma, quote or line break; text that would run as a formula is
 * neutralised.
 */
export function csvField(value: Cell): string {
	let text: string;
	if (value === null || value === undefined) text = '';
	else if (typeof value === 'number' || typeof value === 'boolean') text = String(value);
	else if (Array.isArray(value))
		text = neutralizeFormula(
			value.map((item) => (typeof item === 'object' ? JSON.stringify(item) : String(item))).join(';'),
		);
	else if (typeof value === 'object') text = JSON.stringify(value);
	else text = neutralizeFormula(value);
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV document with a header row, for the given columns of each row. */
export function toCsv<Row extends Record<string, unknown>>(rows: Row[], columns: (keyof Row & string)[]): string {
	const lines = [columns.map((column) => csvField(column)).join(',')];
	for (const row of rows) lines.push(columns.map((column) => csvField(row[column] as Cell)).join(','));
	return `${lines.join('\n')}\n`;
}
