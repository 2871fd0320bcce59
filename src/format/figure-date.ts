/**
 * A figure's date in words that say what the text supports: "to 21 Nov 2025" for a total the text counts up to a
 * date; "reported 22 Nov 2025" when the text gives no date and the date is the article's own, which tells when the
 * figure was reported, not when what it counts happened or ended (a list of generals killed over years is not "to" the
 * day it was published).
 */
import type { FigureRecord } from '../schemas/index.ts';
import { formatDateShort } from './date.ts';

type Dated = Pick<FigureRecord, 'date' | 'datePrecision' | 'dateSource' | 'span'>;

/**
 * "22 Nov 2025", "to 21 Nov 2025" or "reported 22 Nov 2025"; `format` writes the date itself. `published` is the
 * article's publication date as its evidence supports it (`formatPublishedShort`: "22–26 Nov 2025", "on or after
 * 27 Nov 2025"), for a figure dated by it: the figure then says what the article's date says, not one day of it.
 */
export function figureDateWords(
	figure: Dated,
	format: (iso: string | null, precision: FigureRecord['datePrecision']) => string = formatDateShort,
	published: string | null = null,
): string {
	const date = format(figure.date, figure.datePrecision);
	if (figure.date === null) return date;
	if (figure.dateSource === 'publication') return `reported ${published ?? date}`;
	return figure.span === 'cumulative' ? `to ${date}` : date;
}
