/** The words that tie a date into its sentence, and how to take the date out of a clause. */

import type { Term } from '../annotate/terms.ts';
import { inAnySpan, type Segment, type Span } from './clauses.ts';

// Words that tie a date to its clause and go with it ("on Friday", "as of May").
export const DATE_WORDS = new Set([
	'in',
	'on',
	'by',
	'since',
	'until',
	'till',
	'from',
	'during',
	'at',
	'of',
	'for',
	'before',
	'after',
	'through',
	'throughout',
	// "overnight into Sunday"
	'into',
	'around',
	'as',
	'late',
	'early',
	'mid',
	'between',
	'over',
	'circa',
	'the',
	'night',
	'morning',
	'afternoon',
	'evening',
	'eve',
	'weekend',
	'end',
	'start',
	'beginning',
	'middle',
]);
// Words that make a date the start or the end of a period ("since 2022", "until May", "for the recovery through 2036").
const PERIOD_TIES = new Set(['since', 'until', 'till', 'through']);
/** The word in lower case. */
export const lower = (term: Term) => term.text.toLowerCase();
/** True for words that carry no event of their own: prepositions, articles, adverbs, date words. */
export const isFiller = (term: Term) =>
	term.tags.has('Preposition') ||
	term.tags.has('Conjunction') ||
	term.tags.has('Determiner') ||
	term.tags.has('Adverb') ||
	DATE_WORDS.has(lower(term));

/** The segment without the date and the words that tie it in, unless the date is part of the clause's grammar. */
export function withoutDate(terms: readonly Term[], segment: Segment, date: Span): number[] {
	const positions = segment
		.map((index, position) => (inAnySpan(terms[index]!, [date]) ? position : -1))
		.filter((position) => position >= 0);
	if (positions.length === 0) return segment;
	// "Thursday's deadline": the date names the thing, so it stays.
	if (positions.some((position) => /['’]s$/u.test(terms[segment[position]!]!.text))) return segment;
	const remove = new Set(positions);
	let before = positions[0]! - 1;
	while (before >= 0 && DATE_WORDS.has(lower(terms[segment[before]!]!))) remove.add(before--);
	// "on Friday", "in July 2023": a preposition before the date, or inside its words, ties it in.
	const tied = before < positions[0]! - 1 || DATE_WORDS.has(lower(terms[segment[positions[0]!]!]!));
	const after = positions.at(-1)! + 1;
	const atEdge = before < 0 || after >= segment.length;
	// "declared Thursday as the deadline": the date is an object of the verb and stays.
	if (!tied && !atEdge) return segment;
	if (after < segment.length && lower(terms[segment[after]!]!) === 'alone') remove.add(after);
	return segment.filter((_, position) => !remove.has(position));
}

/**
 * True when the date only marks where a period starts or ends inside a clause about something
 * else ("the first talks since 2022", "held since January", "will last until May"). At the head
 * of a clause ("Since April 2023, recruits can…") it dates the change itself and stays.
 */
export function isPeriodBound(terms: readonly Term[], segment: Segment, date: Span): boolean {
	const first = segment.findIndex((index) => inAnySpan(terms[index]!, [date]));
	const dateWord = lower(terms[segment[first]!]!);
	const tie = PERIOD_TIES.has(dateWord) ? first : first - 1;
	if (tie < 0 || !PERIOD_TIES.has(lower(terms[segment[tie]!]!))) return false;
	return segment.slice(0, tie).some((index) => !isFiller(terms[index]!));
}
