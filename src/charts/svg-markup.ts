/**
 * Post-processing of a chart's rendered SVG markup. Scales return numbers such as 222.36065573770492; a tenth of a
 * pixel is finer than any screen or printer shows, and at 1,000 articles the long forms were a sizeable share of
 * the timeline page's weight.
 */

/** A quoted attribute value that is one decimal number with more than one fractional digit. */
const LONG_NUMBER_ATTRIBUTE = /="(-?\d+\.\d{2,})"/g;

/** Rounds a coordinate to a tenth, without a trailing ".0" or a "-0". */
export function roundCoordinate(value: number): string {
	const rounded = Math.round(value * 10) / 10;
	return String(rounded === 0 ? 0 : rounded);
}

/**
 * The markup with every attribute that holds a single long decimal (x, y, width, cx…) rounded to a tenth;
 * text, labels and paths are left alone.
 */
export function roundSvgCoordinates(markup: string): string {
	return markup.replace(LONG_NUMBER_ATTRIBUTE, (_, number: string) => `="${roundCoordinate(Number(number))}"`);
}
