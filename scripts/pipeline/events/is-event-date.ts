/** Tells dates that can anchor a timeline event from vague time words. */
import type { DateMention } from '../model.ts';

// A date is concrete when its words name a number, a month, a weekday, a day word, a holiday, or
// a neighbouring week or month ("next week"); "in recent years" and "last year" are not.
const MONTHS = [
	'jan(?:uary)?',
	'feb(?:ruary)?',
	'mar(?:ch)?',
	'apr(?:il)?',
	'may',
	'june?',
	'july?',
	'aug(?:ust)?',
	'sept?(?:ember)?',
	'oct(?:ober)?',
	'nov(?:ember)?',
	'dec(?:ember)?',
];
const CONCRETE_WORDS = [
	String.raw`\d`,
	String.raw`\b(?:last|next|this|coming|past)\s+(?:week|month)\b`,
	String.raw`\b(?:${MONTHS.join('|')})\b`,
	String.raw`\b(?:mon|tues|wednes|thurs|fri|satur|sun)day`,
	String.raw`\b(?:today|yesterday|tomorrow|tonight)\b`,
	String.raw`\b(?:easter|christmas|thanksgiving|new year)`,
];
const CONCRETE = new RegExp(CONCRETE_WORDS.join('|'), 'iu');

// "two weeks ago": the relative scanner reads only counted spans back, so an "ago" it found is concrete; a year back is as
// vague as "last year".
const COUNTED_BACK = /\b(?:days?|weeks?|months?)\s+ago$/i;

/** True when the mention resolved to a date and names it concretely ("Late Friday", "in July 2023"), not "in recent years". */
export function isEventDate(mention: DateMention): boolean {
	return (
		mention.date !== null &&
		mention.precision !== null &&
		(CONCRETE.test(mention.text) || COUNTED_BACK.test(mention.text))
	);
}

/** True for a sentence that asks rather than states. */
export const isQuestion = (text: string) => /\?["'”’)\]]*$/u.test(text.trim());
