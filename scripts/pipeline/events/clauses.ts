/** Cuts a tagged sentence into clause-sized segments at punctuation and coordinated verbs. */
import { isFiniteVerb, type Term } from '../annotate/terms.ts';

/** A run of consecutive term indices between two breaks. */
export type Segment = number[];

export interface Span {
	start: number;
	end: number;
}

const BREAK_AFTER = /[,;:—–()]|\s-\s/u;
const BREAK_BEFORE = /[(—–]/u;

/** True when the term lies (partly) inside one of the spans. */
export const inAnySpan = (term: Term, spans: readonly Span[]) =>
	spans.some((span) => term.start < span.end && span.start < term.end);

function isValueLike(term: Term): boolean {
	return term.tags.has('Value') || /^[$€£]?\d/.test(term.text);
}

// Longest bracketed aside that glosses a name rather than adding a clause: "(ELN)", "(South)", "(HRMMU)".
const MAX_ASIDE_TERMS = 4;

// Computed once per sentence: the title rules render many clauses of the same terms.
const asidesOf = new WeakMap<readonly Term[], Set<number>>();

/** The indices of the terms inside short bracketed asides without a verb ("the Yug (South) battlegroup"). */
export function bracketAsides(terms: readonly Term[]): Set<number> {
	const known = asidesOf.get(terms);
	if (known) return known;
	const asides = new Set<number>();
	asidesOf.set(terms, asides);
	terms.forEach((term, index) => {
		if (!term.pre.includes('(') && !(index > 0 && terms[index - 1]!.post.trimEnd().endsWith('('))) return;
		for (let end = index; end < Math.min(terms.length, index + MAX_ASIDE_TERMS); end++) {
			if (isFiniteVerb(terms[end]!)) return;
			if (terms[end]!.post.includes(')')) {
				for (let inside = index; inside <= end; inside++) asides.add(inside);
				return;
			}
			if (/[(,;:]/.test(terms[end]!.post)) return;
		}
	});
	return asides;
}

/** True when the sentence breaks between `terms[index]` and the next term. */
function breaksAfter(terms: readonly Term[], index: number, dates: readonly Span[], asides: Set<number>): boolean {
	const term = terms[index]!;
	const next = terms[index + 1];
	if (!next) return false;
	// "the National Liberation Army (ELN) and dissidents": a short aside stays inside its clause.
	if ((asides.has(index + 1) || asides.has(index)) && !/[,;:—–]|\s-\s/u.test(term.post.replace(/[()]/g, '')))
		return false;
	// The comma inside "November 21, 2025" is part of the date.
	if (dates.some((span) => inAnySpan(term, [span]) && inAnySpan(next, [span]))) return false;
	if (BREAK_AFTER.test(term.post) || BREAK_BEFORE.test(next.pre)) {
		// "a four-year, $8.2 billion program": a comma between modifiers of one noun.
		if (
			term.post.trim() === ',' &&
			isValueLike(next) &&
			(isValueLike(term) || term.tags.has('Adjective') || term.tags.has('Hyphenated'))
		)
			return false;
		return true;
	}
	// "met Putin on Monday and signed a deal on Tuesday": a second verb phrase starts at "and"; "tried and failed to
	// seize" is one verb phrase, with nothing between its verbs.
	if (/^(?:and|but)$/i.test(next.text) && !isFiniteVerb(term)) {
		const after = terms[index + 2];
		const afterNext = terms[index + 3];
		if (after && (isFiniteVerb(after) || (after.tags.has('Adverb') && afterNext && isFiniteVerb(afterNext))))
			return true;
	}
	return false;
}

/** The sentence's segments, in order; every term belongs to exactly one. */
export function segmentTerms(terms: readonly Term[], dates: readonly Span[]): Segment[] {
	const segments: Segment[] = [];
	const asides = bracketAsides(terms);
	let current: Segment = [];
	terms.forEach((_, index) => {
		current.push(index);
		if (breaksAfter(terms, index, dates, asides)) {
			segments.push(current);
			current = [];
		}
	});
	if (current.length) segments.push(current);
	return segments;
}

/** True when the terms hold a verb that can head a clause. */
export const hasFiniteVerb = (terms: readonly Term[], indices: readonly number[]) =>
	indices.some((index) => isFiniteVerb(terms[index]!));
