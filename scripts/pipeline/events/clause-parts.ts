/** The parts of a sentence an event label is built from: opening phrases, main and inner clauses, lists, names. */
import { isCapitalised, isFiniteVerb, type Term } from '../annotate/terms.ts';
import { hasFiniteVerb, type Segment, type Span } from './clauses.ts';
import { isFiller, lower } from './date-words.ts';

export const SUBORDINATORS = new Set(['as', 'when', 'while', 'once', 'because', 'although', 'though', 'whereas', 'if']);
// Inside a clause, these open a clause of their own that the date after them belongs to ("…since Russia seized the
// plant in March 2022"). "as" is left out: "as many as", "such as".
const INNER_SUBORDINATORS = new Set(['since', 'after', 'when', 'before', 'until', 'once', 'because', 'while']);
// "Around 1.5 million households…", "about 40 villages": a hedge before a number opens a noun phrase, not an intro.
const HEDGE = /^(?:around|about|nearly|almost|over|some|roughly|approximately|up|at|more|fewer|less)$/i;
const isNumber = (term: Term | undefined) => term !== undefined && (/^\d/.test(term.text) || term.tags.has('Value'));

export const isIntro = (terms: readonly Term[], indices: readonly number[]) => {
	const first = terms[indices[0]!];
	if (first && HEDGE.test(first.text) && indices.slice(1, 3).some((index) => isNumber(terms[index]))) return false;
	return !first || first.tags.has('Preposition') || first.tags.has('Gerund') || /^according$/i.test(first.text);
};

/** The main clause after an opening phrase: the next segments, until one has a verb. */
export function mainClause(terms: readonly Term[], segments: Segment[], from: number): number[] | null {
	let next = from + 1;
	// Skip a second opening phrase ("In May, according to officials, …").
	while (next < segments.length - 1 && isIntro(terms, segments[next]!) && !hasFiniteVerb(terms, segments[next]!))
		next++;
	const clause: number[] = [];
	for (let count = 0; next < segments.length && count < 3; next++, count++) {
		clause.push(...segments[next]!);
		if (hasFiniteVerb(terms, clause)) return clause;
	}
	// A date at the end ("…the village of Kurakhove (Donetsk region) on 6 January"): the clause before it.
	for (let back = from - 1; back >= Math.max(0, from - 2); back--)
		if (hasFiniteVerb(terms, segments[back]!)) return segments[back]!;
	return null;
}

/** The name at the end of a segment ("…includes Lieutenant General Ivan Petrov"). */
export function trailingName(terms: readonly Term[], segment: Segment | undefined): number[] {
	const name: number[] = [];
	for (let position = (segment?.length ?? 0) - 1; position >= 0; position--) {
		const term = terms[segment![position]!]!;
		if (!isCapitalised(term) || term.tags.has('Determiner') || term.tags.has('Pronoun')) break;
		name.unshift(segment![position]!);
	}
	// "…a delegation led by Rustem Umerov, held from…": a name after "by" is an agent, not what the next verb is about.
	const before = name.length ? terms[name[0]! - 1] : undefined;
	return before && lower(before) === 'by' ? [] : name;
}

/** The subject of the nearest earlier clause: its words before the first verb. */
export function previousSubject(terms: readonly Term[], segments: Segment[], from: number): number[] {
	for (let index = from - 1; index >= 0; index--) {
		const segment = segments[index]!;
		const verb = segment.findIndex((position) => isFiniteVerb(terms[position]!));
		if (verb > 0)
			return segment
				.slice(0, verb)
				.filter((position) => !isFiller(terms[position]!) || terms[position]!.tags.has('Determiner'));
		if (verb === 0) return [];
	}
	return [];
}

/** Earlier segments that are items of the same list ("talks involving Ukraine, the United States, and …"). */
export function listHead(terms: readonly Term[], segments: Segment[], from: number): number[] {
	const head: number[] = [];
	for (let index = from - 1; index >= 0; index--) {
		const segment = segments[index]!;
		if (hasFiniteVerb(terms, segment) || isIntro(terms, segment) || SUBORDINATORS.has(lower(terms[segment[0]!]!)))
			break;
		head.unshift(...segment);
	}
	return head;
}

export interface Clause {
	indices: number[];
	/** True when the clause was found without a verb test (a subordinate clause). */
	verbless?: boolean;
	/** Where a borrowed subject meets the clause: joined by a plain space, not the sentence's comma. */
	join?: number;
}

/** The subordinate clause inside `rest` that the date belongs to, when one opens before the date and has a subject and verb. */
export function innerClause(terms: readonly Term[], rest: readonly number[], date: Span): number[] | null {
	const opener = rest
		.filter(
			(index, position) =>
				position > 0 && terms[index]!.start < date.start && INNER_SUBORDINATORS.has(lower(terms[index]!)),
		)
		.at(-1);
	if (opener === undefined) return null;
	const clause = rest.filter((index) => index > opener);
	// A verb straight after the opener ("since seizing", "after meeting") leaves the clause without a subject.
	const verbAt = clause.findIndex((index) => isFiniteVerb(terms[index]!));
	return verbAt > 0 ? clause : null;
}
