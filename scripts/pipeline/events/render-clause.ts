/** Writes a clause's kept words back as text. */

import type { Term } from '../annotate/terms.ts';
import { bracketAsides } from './clauses.ts';
import type { Rewrites } from './person-titles.ts';

/**
 * Writes the kept words back with the sentence's own spacing and punctuation between neighbours;
 * across left-out words, only a comma survives ("Emmanuel Macron, Keir Starmer, and …").
 */
export function renderClause(
	terms: readonly Term[],
	indices: readonly number[],
	rewrites: Rewrites,
	join?: number,
): string {
	let text = '';
	let previous = -1;
	// "the Yug (South) battlegroup": a label leaves out a short gloss in brackets.
	const asides = bracketAsides(terms);
	for (const index of indices) {
		const word = rewrites.has(index) ? rewrites.get(index)! : terms[index]!.text;
		if (word === null || asides.has(index)) continue;
		const term = terms[index]!;
		if (text) {
			const before = terms[previous]!.post;
			if (index === join) text += ' ';
			else if (previous === index - 1) text += before + term.pre;
			else if (asides.has(index - 1)) text += ' ';
			else text += before.includes(',') ? ', ' : ' ';
		}
		text += word;
		previous = index;
	}
	text = text
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/[\s,;:—–-]+$/u, '');
	const opening = (text.match(/[“"]/g) ?? []).length;
	const closing = (text.match(/[”"]/g) ?? []).length;
	if (opening !== closing || (text.match(/"/g) ?? []).length % 2) text = text.replace(/[“”"]/g, '');
	return text.charAt(0).toUpperCase() + text.slice(1);
}
