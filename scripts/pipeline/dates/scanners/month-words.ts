/** Regular-expression pieces for month names, shared by the scanners (built from the language module). */
import { language } from '../../lang/index.ts';

/** Full month names, capitalised as in running text. */
export const MONTH_FULL = language.calendar.months.join('|');

/** Usual month abbreviations ("Sept.", "Nov"); "May", "June" and "July" have none. */
export const MONTH_ABBR = language.calendar.monthAbbreviations.join('|');
