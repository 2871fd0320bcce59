/** Finds anniversaries of reference dates ("the 80th anniversary of WWII victory"), given the curated table. */

import type { ReferenceDate } from '../../../../src/schemas/index.ts';
import { dayNumber } from '../calendar.ts';
import type { RawExpression } from '../expression.ts';

const ORDINAL_WORDS: Record<string, number> = {
	first: 1,
	second: 2,
	third: 3,
	fourth: 4,
	fifth: 5,
	sixth: 6,
	seventh: 7,
	eighth: 8,
	ninth: 9,
	tenth: 10,
	eleventh: 11,
	twelfth: 12,
	thirteenth: 13,
	fourteenth: 14,
	fifteenth: 15,
	sixteenth: 16,
	seventeenth: 17,
	eighteenth: 18,
	nineteenth: 19,
	twentieth: 20,
	twenty_fifth: 25,
	thirtieth: 30,
	fortieth: 40,
	fiftieth: 50,
	sixtieth: 60,
	seventieth: 70,
	seventy_fifth: 75,
	eightieth: 80,
	ninetieth: 90,
	hundredth: 100,
};

const PATTERN = /\b(?<ordinal>\d{1,3}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?) anniversary of (?:the )?/gi;

function ordinalOf(word: string): number | null {
	const digits = /^(\d{1,3})(?:st|nd|rd|th)$/i.exec(word);
	if (digits) return Number(digits[1]);
	return ORDINAL_WORDS[word.toLowerCase().replace('-', '_')] ?? null;
}

/** Anniversaries in `text` whose subject is one of `references`, dated by adding the years to the reference day. */
export function scanAnniversaries(text: string, references: readonly ReferenceDate[]): RawExpression[] {
	if (references.length === 0) return [];
	const found: RawExpression[] = [];
	for (const match of text.matchAll(PATTERN)) {
		const ordinalWord = match.groups!.ordinal!;
		const count = ordinalOf(ordinalWord);
		if (count === null) continue;
		const rest = text
			.slice(match.index + match[0].length)
			.toLowerCase()
			.replaceAll('’', "'");
		let best: { reference: ReferenceDate; term: string } | null = null;
		for (const reference of references) {
			for (const term of reference.terms) {
				const lower = term.toLowerCase().replaceAll('’', "'");
				if (
					rest.startsWith(lower) &&
					!/^[a-z]/i.test(rest.slice(lower.length)) &&
					(!best || lower.length > best.term.length)
				)
					best = { reference, term: lower };
			}
		}
		if (!best) continue;
		const [year, month, day] = best.reference.date.split('-').map(Number) as [number, number, number];
		const end = match.index + match[0].length + best.term.length;
		found.push({
			text: text.slice(match.index, end),
			start: match.index,
			spec: {
				type: 'anniversary',
				day: dayNumber(year + count, month, day),
				reference: best.reference.name,
				years: count,
			},
		});
	}
	return found;
}
