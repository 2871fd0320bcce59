/** Which figures a chart may draw: numbers the text states as they are, never a negated or supposed one. */
import { isReported } from '../format/figure-status.ts';
import type { FigureRecord } from '../schemas/index.ts';

/** True when a figure may be drawn as a fact. */
export function isCharted(figure: FigureRecord): boolean {
	return isReported(figure);
}

/** The figures a chart may draw, in their order. */
export function chartedFigures(figures: readonly FigureRecord[]): FigureRecord[] {
	return figures.filter(isCharted);
}
