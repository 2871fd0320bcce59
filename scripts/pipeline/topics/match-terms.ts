/** Finds taxonomy terms in text: case-insensitive, whole words, tolerant of plain inflections. */
import { escapeRegExp } from '../../../src/shared/escape-regexp.ts';

/** One place where a term occurs in a text. */
export interface TermHit {
	term: string;
	start: number;
	end: number;
}

const WORD_CHAR = '[0-9A-Za-z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF]';

/** The pattern for one word of a term, matching its plural, past and -ing forms too. */
function wordPattern(word: string): string {
	const lower = word.toLowerCase();
	// Acronyms, numbers and very short words only take a plural s ("POWs", "G20").
	if (word.length <= 3 || /\d/.test(word) || (word === word.toUpperCase() && /[A-Z]/.test(word)))
		return `${escapeRegExp(lower)}s?`;
	if (/[^aeiou]y$/.test(lower)) return `${escapeRegExp(lower.slice(0, -1))}(?:y|ies|ied|ying)`; // casualty → casualties
	if (/[^e]e$/.test(lower)) return `${escapeRegExp(lower.slice(0, -1))}(?:e|es|ed|ing)`; // capture → captured, capturing
	if (/(?:s|x|z|ch|sh)$/.test(lower)) return `${escapeRegExp(lower)}(?:es|ed|ing)?`;
	return `${escapeRegExp(lower)}(?:s|es|ed|ing)?`;
}

/** Compiles a term ("peace plan", "cease-fire") into a whole-word, case-insensitive pattern. */
export function compileTerm(term: string): RegExp {
	const words = term
		.trim()
		.split(/[\s\-‐–]+/u)
		.filter(Boolean);
	// Words of a phrase may be joined by spaces or hyphens ("front line", "front-line").
	const body = words.map(wordPattern).join('[\\s\\-\u2010\u2013]+');
	// An explicit letter class instead of \p{L}: Unicode property classes make each of the
	// taxonomy's hundreds of patterns slow to compile, and terms are Latin-script words.
	return new RegExp(`(?<!${WORD_CHAR})${body}(?!${WORD_CHAR})`, 'gi');
}

interface CompiledTerm {
	pattern: RegExp;
	/** A lower-case piece every match must contain: a cheap test that skips most terms. */
	probe: string;
}

// Memo of compiled terms: the taxonomy's few hundred terms are matched against every sentence.
const compiled = new Map<string, CompiledTerm>();

function compiledTerm(term: string): CompiledTerm {
	let entry = compiled.get(term);
	if (!entry) {
		const first = term
			.trim()
			.split(/[\s\-‐–]+/u)[0]!
			.toLowerCase();
		entry = {
			pattern: compileTerm(term),
			probe: first.length > 4 ? first.slice(0, first.length - 2) : first.replace(/s$/, ''),
		};
		compiled.set(term, entry);
	}
	return entry;
}

/** Curly apostrophes read as plain ones; same length, so offsets stay valid. */
const normalise = (text: string) => text.replace(/[’‘]/g, "'");

/**
 * Every occurrence of the terms in `text`, without overlaps: where two terms cover the same words,
 * the longer one wins ("peace talks" rather than "talks"), so a phrase is never counted twice.
 */
export function findTermHits(text: string, terms: readonly string[]): TermHit[] {
	const plain = normalise(text);
	const lower = plain.toLowerCase();
	const candidates: TermHit[] = [];
	for (const term of terms) {
		const { pattern, probe } = compiledTerm(term);
		if (!lower.includes(probe)) continue;
		for (const match of plain.matchAll(pattern)) {
			candidates.push({ term, start: match.index, end: match.index + match[0].length });
		}
	}
	candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.term.localeCompare(b.term));
	const hits: TermHit[] = [];
	for (const candidate of candidates) {
		const overlaps = hits.some((hit) => candidate.start < hit.end && hit.start < candidate.end);
		if (!overlaps) hits.push(candidate);
	}
	hits.sort((a, b) => a.start - b.start);
	return hits;
}
