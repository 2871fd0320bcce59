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

/** Where a text matches terms; built once per text and reused for every term list read against it. */
export type TermMatcher = (terms: readonly string[]) => TermHit[];

/**
 * The probes of many terms in one Aho–Corasick automaton over UTF-16 code units: one pass over a
 * lower-cased text says which probes it contains, exactly as `includes` would for each, instead of one
 * `includes` per term (a taxonomy has hundreds of terms and every sentence is read against all of them).
 */
class ProbeAutomaton {
	readonly #next: Map<number, number>[] = [new Map()];
	readonly #fail: number[] = [0];
	/** Probes ending at each node, its fail chain's included. */
	readonly #found: string[][] = [[]];

	constructor(probes: Iterable<string>) {
		for (const probe of probes) {
			let node = 0;
			for (let index = 0; index < probe.length; index++) {
				const code = probe.charCodeAt(index);
				let child = this.#next[node]!.get(code);
				if (child === undefined) {
					child = this.#next.length;
					this.#next.push(new Map());
					this.#fail.push(0);
					this.#found.push([]);
					this.#next[node]!.set(code, child);
				}
				node = child;
			}
			this.#found[node]!.push(probe);
		}
		// Breadth first, so a node's fail link is settled before its children's.
		const queue = [...this.#next[0]!.values()];
		for (let head = 0; head < queue.length; head++) {
			const node = queue[head]!;
			for (const [code, child] of this.#next[node]!) {
				let fallback = this.#fail[node]!;
				while (fallback !== 0 && !this.#next[fallback]!.has(code)) fallback = this.#fail[fallback]!;
				const target = this.#next[fallback]!.get(code);
				this.#fail[child] = target !== undefined && target !== child ? target : 0;
				this.#found[child]!.push(...this.#found[this.#fail[child]!]!);
				queue.push(child);
			}
		}
	}

	/** The probes `text` contains. */
	contained(text: string): Set<string> {
		const found = new Set<string>(this.#found[0]);
		let node = 0;
		for (let index = 0; index < text.length; index++) {
			const code = text.charCodeAt(index);
			let child = this.#next[node]!.get(code);
			while (child === undefined && node !== 0) {
				node = this.#fail[node]!;
				child = this.#next[node]!.get(code);
			}
			node = child ?? 0;
			for (const probe of this.#found[node]!) found.add(probe);
		}
		return found;
	}
}

/** Terms compiled together: `matcher(text)` scans the text once for all of their probes. */
export interface TermSet {
	matcher(text: string): TermMatcher;
}

/**
 * Compiles `terms` (all a caller will look for, such as every term of a taxonomy) so that each text is scanned once
 * for all of them. A list read through its matcher may also hold terms outside the set; they are probed one by one.
 */
export function termSet(terms: readonly string[]): TermSet {
	const automaton = new ProbeAutomaton(new Set(terms.map((term) => compiledTerm(term).probe)));
	const known = new Set(terms);
	return {
		matcher(text) {
			const plain = normalise(text);
			const lower = plain.toLowerCase();
			let contained: Set<string> | null = null;
			return matchTerms(plain, (term, probe) => {
				if (!known.has(term)) return lower.includes(probe);
				contained ??= automaton.contained(lower);
				return contained.has(probe);
			});
		},
	};
}

/**
 * Reads `text` once for any number of term lists: the text is normalised and lower-cased once, and each
 * term's matches are found once however many lists name it. `findTermHits(text, terms)` is `termMatcher(text)(terms)`.
 */
export function termMatcher(text: string): TermMatcher {
	const plain = normalise(text);
	const lower = plain.toLowerCase();
	return matchTerms(plain, (_, probe) => lower.includes(probe));
}

/** The matcher of a normalised text, given a test of whether the text contains a term's probe. */
function matchTerms(plain: string, hasProbe: (term: string, probe: string) => boolean): TermMatcher {
	const matches = new Map<string, { start: number; end: number }[]>();
	const matchesOf = (term: string) => {
		let found = matches.get(term);
		if (!found) {
			const { pattern, probe } = compiledTerm(term);
			found = hasProbe(term, probe)
				? Array.from(plain.matchAll(pattern), (match) => ({ start: match.index, end: match.index + match[0].length }))
				: [];
			matches.set(term, found);
		}
		return found;
	};
	return (terms) => {
		const candidates: TermHit[] = [];
		for (const term of terms) for (const { start, end } of matchesOf(term)) candidates.push({ term, start, end });
		if (candidates.length === 0) return candidates;
		candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.term.localeCompare(b.term));
		const hits: TermHit[] = [];
		for (const candidate of candidates) {
			const overlaps = hits.some((hit) => candidate.start < hit.end && hit.start < candidate.end);
			if (!overlaps) hits.push(candidate);
		}
		hits.sort((a, b) => a.start - b.start);
		return hits;
	};
}

/**
 * Every occurrence of the terms in `text`, without overlaps: where two terms cover the same words,
 * the longer one wins ("peace talks" rather than "talks"), so a phrase is never counted twice.
 */
export function findTermHits(text: string, terms: readonly string[]): TermHit[] {
	return termMatcher(text)(terms);
}
