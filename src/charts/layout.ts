/** Shared measures of the chart layouts: type sizes and row heights for a width. */

/** Widths the charts are laid out for: the narrow one is shown in containers under `NARROW_BREAK` px. */
export const WIDE = 600;
export const NARROW = 320;
export const NARROW_BREAK = 600;

/** Type and spacing for a chart of the given width; the smallest text is 12 units (12 px at natural size). */
export interface Measures {
	/** Label text size. */
	font: number;
	/** Tick and note text size (never below 12). */
	small: number;
	/** Height of a text line. */
	line: number;
	/** Height of a bar. */
	bar: number;
	/** Space between rows. */
	gap: number;
}

/** The measures for a width: a little larger text on wide charts. */
export function measures(width: number): Measures {
	return width < 480
		? { font: 13, small: 12, line: 18, bar: 14, gap: 12 }
		: { font: 14, small: 12, line: 20, bar: 16, gap: 12 };
}
