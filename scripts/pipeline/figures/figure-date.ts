/** Chooses the date a figure applies to: a date of its sentence, else the publication date. */
import type { DatePrecision } from '../../../src/schemas/index.ts';
import type { DateMention } from '../model.ts';

/** A date at its precision, or none. */
export interface FigureDate {
	date: string | null;
	precision: DatePrecision | null;
}

/** A figure's date and where it came from. */
export interface ChosenDate extends FigureDate {
	from: 'sentence' | 'publication' | null;
}

// "since April 2023" opens a period that runs to the time of writing; it is not the date of the count.
const OPENS_PERIOD = /\b(?:since|from)\s*$/i;

/** True for a year written as one end of a range of years ("2020-2023"). */
function inYearRange(sentence: string, mention: DateMention): boolean {
	if (!/^(?:in\s+)?\d{4}$/.test(mention.text)) return false;
	const end = mention.start + mention.text.length;
	return (
		/^\s*[-–—]\s*\d{2,4}\b/.test(sentence.slice(end)) || /\d{4}\s*[-–—]\s*$/.test(sentence.slice(0, mention.start))
	);
}

/** The resolved date of the sentence nearest to `[start, end)`, else the publication date, else none. */
export function figureDate(
	sentence: string,
	start: number,
	end: number,
	dates: readonly DateMention[],
	publication: FigureDate,
): ChosenDate {
	let best: DateMention | null = null;
	let bestDistance = Infinity;
	for (const mention of dates) {
		if (mention.date === null || mention.precision === null) continue;
		if (
			/^(?:since|from)\b/i.test(mention.text) ||
			// "captured in 2020-2023": years as a range are a stretch of time, never the day of a count.
			inYearRange(sentence, mention) ||
			OPENS_PERIOD.test(sentence.slice(Math.max(0, mention.start - 8), mention.start))
		)
			continue;
		const mentionEnd = mention.start + mention.text.length;
		const distance = mentionEnd <= start ? start - mentionEnd : Math.max(0, mention.start - end);
		if (distance < bestDistance) [best, bestDistance] = [mention, distance];
	}
	if (best) return { date: best.date, precision: best.precision, from: 'sentence' };
	if (publication.date && publication.precision)
		return { date: publication.date, precision: publication.precision, from: 'publication' };
	return { date: null, precision: null, from: null };
}
