/** Tells numbers that are not quantities of anything (years, days of the month, ages, times, shares) from figures. */

import type { NumberMatch } from '../annotate/parse-number.ts';
import { language, monthAlternation } from '../lang/index.ts';

const MONTH = String.raw`(?:${monthAlternation(language)})\.?`;
// Case matters: "300 may have died" is not a date.
const MONTH_BEFORE = new RegExp(String.raw`\b${MONTH}\s+(?:the\s+)?$`);
const MONTH_AFTER = new RegExp(String.raw`^\s*(?:of\s+)?${MONTH}(?!\p{L})`, 'u');
const AGE_BEFORE = /\b(?:as\s+(?:young|old)\s+as|aged|ages?\s+of|age|ages|aged\s+between|under\s+the\s+age\s+of)\s+$/i;
const AGE_AFTER = /^(?:-|\s)(?:years?|months?)(?:-|\s)old\b|^-year-olds?\b/i;
const TIME_AFTER = /^\s*(?::\d|a\.m\.|p\.m\.|am\b|pm\b|o'clock|GMT\b|UTC\b|CET\b|local time\b)/i;
// "at 6 Kyiv time", "by 9 Khartoum time": a capitalised place before "time" names a time zone, whichever place it is.
const ZONE_AFTER = /^\s+\p{Lu}[\p{L}-]+\s+time\b/u;
const RANGE_AFTER = /^\s*(?:-|–|—|to|or)\s*(?:\$|€|£)?\d/i;
const RANGE_BEFORE = /(?:\d\s*(?:-|–|—|to|or)\s*(?:\$|€|£)?|\bbetween\s+(?:\$|€|£)?)$/i;
const RANGE_AND_BEFORE = /\bbetween\s+\S+\s+and\s+(?:\$|€|£)?$/i;
const FRACTION = /^\s*\/\s*\d/;
// "$44 a barrel", "€120 per megawatt-hour", "$2 billion a year": a price or a rate, not an amount of aid or assets.
const RATE_UNITS = [
	'barrel',
	'tonne',
	'ton',
	'litre',
	'liter',
	'gallon',
	String.raw`cubic\s+metre`,
	String.raw`cubic\s+meter`,
	'kilogram',
	'kg',
	'megawatt-hour',
	'MWh',
	'kilowatt-hour',
	'kWh',
	'hour',
	'day',
	'week',
	'month',
	'year',
	'share',
	'unit',
	'head',
	'person',
	'soldier',
];
const RATE_AFTER = new RegExp(
	String.raw`^\s*(?:(?:million|billion|trillion|bn|m)\b\s*)?(?:a|an|per|each|\/)\s*(?:${RATE_UNITS.join('|')})\b`,
	'i',
);

/** A span of the sentence that holds no figure of its own (a date or a name like "France 24"). */
export interface Span {
	start: number;
	end: number;
}

/** Why `number` is not a figure, or null when it may be one. */
export function nonFigureReason(sentence: string, number: NumberMatch, reserved: readonly Span[]): string | null {
	const before = sentence.slice(Math.max(0, number.start - 40), number.start);
	const after = sentence.slice(number.end, number.end + 40);
	if (number.unit === 'percent') return 'percentage';
	if (reserved.some((span) => number.start < span.end && number.end > span.start)) return 'inside a date or a name';
	const bare = number.text.replace(/^(?:US\$|\$|€|£)\s?/, '');
	// News style writes counts of a thousand or more with a comma; a bare four-digit number in this range is a year.
	if (number.currency === null && /^\d{4}$/.test(bare) && Number(bare) >= 1800 && Number(bare) <= 2199) return 'year';
	if (MONTH_BEFORE.test(before) || (number.digits && MONTH_AFTER.test(after))) return 'day of the month';
	if (AGE_BEFORE.test(before) || AGE_AFTER.test(after)) return 'age';
	if (number.digits && (TIME_AFTER.test(after) || ZONE_AFTER.test(after))) return 'time of day';
	if (FRACTION.test(after) || /\d\s*\/\s*$/.test(before)) return 'fraction or score';
	if (RANGE_AFTER.test(after) || RANGE_BEFORE.test(before) || RANGE_AND_BEFORE.test(before)) return 'range';
	if (number.currency !== null && RATE_AFTER.test(after)) return 'price or rate';
	return null;
}
