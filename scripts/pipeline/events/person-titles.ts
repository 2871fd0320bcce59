/**
 * Shortens the titles in front of people's names for event labels: office titles go ("US Army
 * Secretary Maria Koval" → "Maria Koval"), military ranks stay but shortened ("Lieutenant
 * General Ivan Petrov" → "Lt Gen Ivan Petrov"), because a rank says what kind of event it was.
 */

import type { Term } from '../annotate/terms.ts';
import { language } from '../lang/index.ts';
import { inAnySpan, type Span } from './clauses.ts';

// Words that make a capitalised run before a name an office title.
const OFFICES = new Set(language.titles.offices);

// Military ranks, longest first, with their short forms.
const RANKS: [readonly string[], string][] = language.titles.ranks.map((rank) => [rank.words, rank.short]);

/** Replacement text per term index: `null` drops the word, a string rewrites it. */
export type Rewrites = Map<number, string | null>;

const isTitleWord = (term: Term) => /^\p{Lu}/u.test(term.text) || OFFICES.has(term.text.toLowerCase());
const isPossessive = (term: Term) => /['’]s$/u.test(term.text);

/** Rewrites the titles before every name in `people` found among `indices`. */
export function shortenPersonTitles(
	terms: readonly Term[],
	indices: readonly number[],
	people: readonly Span[],
): Rewrites {
	const rewrites: Rewrites = new Map();
	const kept = new Set(indices);
	for (const person of people) {
		const first = indices.find((index) => inAnySpan(terms[index]!, [person]));
		if (first === undefined) continue;
		// The run of title-like words right before the name, with nothing but spaces between them.
		const run: number[] = [];
		for (let index = first - 1; index >= 0 && kept.has(index); index--) {
			const term = terms[index]!;
			if (!isTitleWord(term) || isPossessive(term) || term.post.trim() !== '' || inAnySpan(term, people)) break;
			run.unshift(index);
		}
		if (run.length === 0) continue;
		const words = run.map((index) => terms[index]!.text.toLowerCase());
		const found = RANKS.find(([rankWords]) =>
			rankWords.every((word, offset) => words[words.length - rankWords.length + offset] === word),
		);
		// "Secretary General" is an office, not a rank.
		const rank = found && !OFFICES.has(words[words.length - found[0].length - 1] ?? '') ? found : undefined;
		const officeEnd = rank ? run.length - rank[0].length : run.length;
		const isOffice = words.slice(0, officeEnd).some((word) => OFFICES.has(word));
		if (isOffice || rank) for (const index of run.slice(0, officeEnd)) rewrites.set(index, null);
		if (rank) {
			const rankTerms = run.slice(officeEnd);
			for (const [offset, index] of rankTerms.entries()) rewrites.set(index, offset === 0 ? rank[1] : null);
		}
	}
	return rewrites;
}
