/** Finds calendar days written out ("November 21, 2025", "21 November 2025", "Nov. 21", "Tuesday, March 4, 2025"). */

import type { ParsedComponents } from 'chrono-node';
import * as chrono from 'chrono-node';
import type { DateSpec, RawExpression } from '../expression.ts';
import { MONTH_ABBR, MONTH_FULL } from './month-words.ts';

// chrono needs a reference instant; only the values it reads from the text are kept, never the implied ones.
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

const MONTH_WORD = new RegExp(String.raw`\b(?:${MONTH_FULL}|${MONTH_ABBR})\b`, 'i');
const ABBREVIATION_AT_END = new RegExp(String.raw`\b(?:${MONTH_ABBR})\.$`);
const ISO_DAY = /\b\d{4}-\d{2}-\d{2}\b/;
const RANGE_SEPARATOR = /\s*(?:[-–—]|\bto\b|\buntil\b|\bthrough\b|\band\b)\s*/;

type Day = Extract<DateSpec, { type: 'day' }>;

function dayOf(components: ParsedComponents): Day | null {
	if (!components.isCertain('day') || !components.isCertain('month')) return null;
	return {
		type: 'day',
		year: components.isCertain('year') ? (components.get('year') ?? null) : null,
		month: components.get('month')!,
		day: components.get('day')!,
		weekday: components.isCertain('weekday') ? (components.get('weekday') ?? null) : null,
	};
}

/** True when every month word in the match is capitalised: "may 9" is a verb and a number, not a date. */
function monthWordsCapitalised(text: string): boolean {
	const words = text.match(new RegExp(MONTH_WORD.source, 'gi')) ?? [];
	return words.every((word) => /^[A-Z]/.test(word));
}

/** Calendar days in `text`, each with the words that name it. */
export function scanExplicit(text: string): RawExpression[] {
	const found: RawExpression[] = [];
	if (!/\d/.test(text)) return found; // every written-out day has a digit; chrono is the slow part
	for (const result of chrono.en.strict.parse(text, REFERENCE)) {
		// Slashed numbers ("12/11/2025") read differently in the US and Europe: better no date than a wrong one.
		if (/\d+\/\d+/.test(result.text)) continue;
		if (!monthWordsCapitalised(result.text)) continue;
		// A written-out day names its month ("21 Nov", "November 21") or is ISO ("2025-11-21"). chrono also reads
		// durations ("for about 10 days") as days counted from its reference instant: those are not dates.
		if (!MONTH_WORD.test(result.text) && !ISO_DAY.test(result.text)) continue;
		const lead = /^(?:on|in|at)\s+/i.exec(result.text)?.[0].length ?? 0;
		let words = result.text.slice(lead).replace(/[\s,]+$/, '');
		if (words.endsWith('.') && !ABBREVIATION_AT_END.test(words)) words = words.slice(0, -1);
		const start = result.index + lead;
		const first = dayOf(result.start);
		if (!first) continue;
		const second = result.end ? dayOf(result.end) : null;
		const separator = second ? RANGE_SEPARATOR.exec(words) : null;
		// "Nov. 27 to Dec. 3" names two days; "27-28 November 2025" names its first day with the whole range.
		if (
			second &&
			separator &&
			MONTH_WORD.test(words.slice(0, separator.index)) &&
			MONTH_WORD.test(words.slice(separator.index))
		) {
			const left = words.slice(0, separator.index);
			const rightStart = separator.index + separator[0].length;
			// "Nov. 27 to Dec. 3, 2025": the first day shares the year written after the second, or the one before it.
			const shared = second.year === null ? null : first.month > second.month ? second.year - 1 : second.year;
			found.push({ text: left, start, spec: { ...first, year: first.year ?? shared } });
			found.push({ text: words.slice(rightStart), start: start + rightStart, spec: second });
		} else {
			found.push({ text: words, start, spec: first });
		}
	}
	return found;
}
