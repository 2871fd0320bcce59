/**
 * A figure's date in words that say what the text supports: "to 21 Nov 2025" for a total the text counts up to a
 * date; "reported 22 Nov 2025" when the text gives no date and the date is the article's own, which tells when the
 * figure was reported, not when what it counts happened or ended (a list of generals killed over years is not "to" the
 * day it was published).
 */
import type { FigureRecord } from '../schemas/index.ts';
import { formatDateShort } from './date.ts';

type Dated = Pick<FigureRecord, 'date' | 'datePrecision' | 'dateSource' | 'span'>;

/** "22 Nov 2025", "to 21 Nov 2025" or "reported 22 Nov 2025"; `format` writes the date itself. */
export function figureDateWords(
	figure: Dated,
	format: (iso: string | null, precision: FigureRecord['datePrecision']) => string = formatDateShort,
): string {
	const date = format(figure.date, figure.datePrecision);
	if (figure.date === null) return date;
	if (figure.dateSource === 'publication') return `reported ${date}`;
	return figure.span === 'cumulative' ? `to ${date}` : date;
}
