/** Finds months ("in July 2023", "By October 2024", "mid-May", "in November alone", "last March"). */

import { monthOfWord } from '../calendar.ts';
import type { Part, RawExpression } from '../expression.ts';
import { MONTH_ABBR, MONTH_FULL } from './month-words.ts';

const PART = '(?<part>[Ee]arly|[Mm]id|[Ll]ate)[- ]';
const PHRASE = '(?<phrase>(?:[Tt]he )?(?:[Bb]eginning|[Ss]tart|[Mm]iddle|[Ee]nd) of )';
const SHIFT = '(?<shift>[Ll]ast|[Nn]ext|[Tt]his) ';
const PATTERN = new RegExp(
	String.raw`\b(?:${PART}|${PHRASE}|${SHIFT})?` +
		String.raw`(?<month>(?:${MONTH_FULL})\b|(?:${MONTH_ABBR})\b\.?)(?:,? (?<year>(?:19|20)\d{2})\b)?(?<alone> alone\b)?`,
	'g',
);

// A bare month name reads as a date only after words like these ("in October", "since April").
const DATE_PREPOSITION =
	/\b(?:in|since|by|until|till|through|throughout|from|before|after|during|of|to|between|and|or|for|around|late|early)\s+$/i;
// A whole-month total: "in November alone", "throughout October", "all of March".
const WHOLE_MONTH_BEFORE = /\b(?:throughout|all of|the whole of|the entire month of|the month of)\s+$/i;

function partOf(part: string | undefined, phrase: string | undefined): Part {
	const word = (part ?? phrase ?? '').toLowerCase();
	if (/early|beginning|start/.test(word)) return 'early';
	if (/mid|middle/.test(word)) return 'mid';
	if (/late|end/.test(word)) return 'late';
	return null;
}

/** Months in `text`, with the year when the text gives one. */
export function scanMonths(text: string): RawExpression[] {
	const found: RawExpression[] = [];
	for (const match of text.matchAll(PATTERN)) {
		const groups = match.groups!;
		const monthWord = groups.month!;
		const month = monthOfWord(monthWord);
		if (month === null) continue;
		const before = text.slice(0, match.index);
		const year = groups.year ? Number(groups.year) : null;
		const modified = Boolean(groups.part || groups.phrase || groups.shift);
		const abbreviated = !/^(?:May|June|July)$/.test(monthWord) && monthWord.replace('.', '').length <= 4;
		// A bare abbreviation or a bare "May" is too often something else ("May God", "Mar-a-Lago").
		if (year === null && (abbreviated || (!modified && !groups.alone && !DATE_PREPOSITION.test(before)))) continue;
		const next = text.slice(match.index + match[0].length).trimStart();
		if (year === null && /^\d/.test(next)) continue; // "November 27": a day, for the explicit scanner
		if (
			year === null &&
			!groups.alone &&
			/^\p{Lu}/u.test(next) &&
			/^\s/.test(text.slice(match.index + match[0].length))
		)
			continue; // "June Smith": a name
		let start = match.index;
		let words = match[0];
		if (groups.alone && /\bin $/i.test(before)) {
			start -= 3;
			words = text.slice(start, match.index + match[0].length);
		}
		const completed = Boolean(groups.alone) || WHOLE_MONTH_BEFORE.test(before);
		const shiftWord = groups.shift?.toLowerCase();
		const shift = shiftWord === 'last' || shiftWord === 'next' || shiftWord === 'this' ? shiftWord : null;
		found.push({
			text: words.replace(/\.$/, ''),
			start,
			spec: { type: 'month', year, month, part: partOf(groups.part, groups.phrase), completed, shift },
		});
	}
	return found;
}
