/** Finds taxonomy terms in text: case-insensitive, whole words, tolerant of plain inflections. */
import { escapeRegExp } from '../../../src/shared/escape-regexp.ts';

/** One place where a term occurs in a text. */
export interface TermHit {
	term: string;
	start: number;
	end: number;
}

const WORD_CHAR = '[0-9A-Za-z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF]';

/** One word of a term: the letters all its forms begin with, and the pattern of the endings they may add. */
function wordForms(word: string): { stem: string; endings: string } {
	const lower = word.toLowerCase();
	// Acronyms, numbers and very short words only take a plural s ("POWs", "G20").
	if (word.length <= 3 || /\d/.test(word) || (word === word.toUpperCase() && /[A-Z]/.test(word)))
		return { stem: lower, endings: 's?' };
	if (/[^aeiou]y$/.test(lower)) return { stem: lower.slice(0, -1), endings: '(?:y|ies|ied|ying)' }; // casualty → casualties
	if (/[^e]e$/.test(lower)) return { stem: lower.slice(0, -1), endings: '(?:e|es|ed|ing)' }; // capture → captured, capturing
	if (/(?:s|x|z|ch|sh)$/.test(lower)) return { stem: lower, endings: '(?:es|ed|ing)?' };
	return { stem: lower, endings: '(?:s|es|ed|ing)?' };
}

/** The pattern for one word of a term, matching its plural, past and -ing forms too. */
function wordPattern(word: string): string {
	const { stem, endings } = wordForms(word);
	return `${escapeRegExp(stem)}${endings}`;
}

/** The words of a term ("cease-fire" → cease, fire). */
const termWords = (term: string) =>
	term
		.trim()
		.split(/[\s\-‐–]+/u)
		.filter(Boolean);

/** Compiles a term ("peace plan", "cease-fire") into a whole-word, case-insensitive pattern. */
export function compileTerm(term: string): RegExp {
	const words = termWords(term);
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
	/**
	 * The stems of the term's words that are plain ASCII, lower-cased: a text the pattern matches holds each of them
	 * once lower-cased (a case-insensitive pattern matches an ASCII letter only with an ASCII letter), so a text
	 * lacking one is skipped without running the pattern.
	 */
	stems: string[];
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
			stems: termWords(term)
				.map((word) => wordForms(word).stem)
				.filter((stem) => /^[\x20-\x7e]*$/.test(stem)),
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
 * The probes of many terms in one Aho–Corasick automaton over UTF-16 code units, compiled to a table: one pass over
 * a lower-cased text says which probes it contains, exactly as `includes` would for each, instead of one `includes`
 * per term (a taxonomy has hundreds of terms and every sentence is read against all of them).
 */
class ProbeAutomaton {
	/** Code unit → its column in the table; 0 for a unit no probe holds. */
	readonly #column = new Uint16Array(65536);
	readonly #columns: number;
	/** Next state by state and column, fail links folded in. */
	readonly #table: Int32Array;
	/** Probes (by index) found on reaching each state, those of its fail chain included. */
	readonly #found: number[][];
	/** Probes found in any text (the empty probe). */
	readonly #always: number[];

	constructor(probes: readonly string[]) {
		let columns = 1;
		for (const probe of probes)
			for (let index = 0; index < probe.length; index++) {
				const code = probe.charCodeAt(index);
				if (this.#column[code] === 0) this.#column[code] = columns++;
			}
		this.#columns = columns;
		const children: Map<number, number>[] = [new Map()];
		const found: number[][] = [[]];
		probes.forEach((probe, probeIndex) => {
			let state = 0;
			for (let index = 0; index < probe.length; index++) {
				const column = this.#column[probe.charCodeAt(index)]!;
				let child = children[state]!.get(column);
				if (child === undefined) {
					child = children.length;
					children.push(new Map());
					found.push([]);
					children[state]!.set(column, child);
				}
				state = child;
			}
			found[state]!.push(probeIndex);
		});
		const table = new Int32Array(children.length * columns);
		const fail = new Int32Array(children.length);
		// Breadth first, so a state's fail link and row are settled before its children's.
		const queue: number[] = [];
		for (const [column, child] of children[0]!) {
			table[column] = child;
			queue.push(child);
		}
		for (let head = 0; head < queue.length; head++) {
			const state = queue[head]!;
			const fallback = fail[state]!;
			found[state]!.push(...found[fallback]!.filter((probe) => !found[state]!.includes(probe)));
			for (let column = 0; column < columns; column++) {
				const child = children[state]!.get(column);
				if (child === undefined) table[state * columns + column] = table[fallback * columns + column]!;
				else {
					table[state * columns + column] = child;
					fail[child] = table[fallback * columns + column]!;
					queue.push(child);
				}
			}
		}
		this.#table = table;
		this.#found = found;
		this.#always = found[0]!;
	}

	/** The indices of the probes `text` contains, each once, in no particular order. */
	contained(text: string): number[] {
		const seen = new Set<number>(this.#always);
		const column = this.#column;
		const table = this.#table;
		const columns = this.#columns;
		let state = 0;
		for (let index = 0; index < text.length; index++) {
			state = table[state * columns + column[text.charCodeAt(index)]!]!;
			const found = this.#found[state]!;
			for (let at = 0; at < found.length; at++) seen.add(found[at]!);
		}
		return [...seen];
	}
}

/** Terms compiled together: `matcher(text)` scans the text once for all of their probes. */
export interface TermSet {
	matcher(text: string): TermMatcher;
}

/** A term list read through a term set: which of the set's terms it holds, and the terms it holds besides. */
interface ListInSet {
	holds: Uint8Array;
	outside: string[];
	/** A list naming a term twice is read term by term, as `findTermHits` reads it. */
	repeats: boolean;
}

/**
 * Compiles `terms` (all a caller will look for, such as every term of a taxonomy) so that each text is scanned once
 * for all of them, and each list read against the text looks only at the terms whose probe the text holds. A list
 * may also hold terms outside the set; they are probed one by one. The hits are those `findTermHits` gives.
 */
export function termSet(terms: readonly string[]): TermSet {
	const unique = [...new Set(terms)];
	const index = new Map(unique.map((term, at) => [term, at]));
	// The automaton looks for every probe and every stem at once.
	const pieces = [...new Set(unique.flatMap((term) => [compiledTerm(term).probe, ...compiledTerm(term).stems]))];
	const pieceIndex = new Map(pieces.map((piece, at) => [piece, at]));
	const termsOfProbe: number[][] = pieces.map(() => []);
	const stemsOf = unique.map((term) => compiledTerm(term).stems.map((stem) => pieceIndex.get(stem)!));
	for (const [at, term] of unique.entries()) termsOfProbe[pieceIndex.get(compiledTerm(term).probe)!]!.push(at);
	const automaton = new ProbeAutomaton(pieces);
	const lists = new WeakMap<readonly string[], ListInSet>();
	const listInSet = (list: readonly string[]): ListInSet => {
		let entry = lists.get(list);
		if (!entry) {
			const holds = new Uint8Array(unique.length);
			const outside: string[] = [];
			for (const term of list) {
				const at = index.get(term);
				if (at === undefined) outside.push(term);
				else holds[at] = 1;
			}
			entry = { holds, outside, repeats: new Set(list).size !== list.length };
			lists.set(list, entry);
		}
		return entry;
	};
	/** The terms whose probe and every ASCII stem `lower` holds: the only ones whose pattern can match. */
	const candidatesIn = (lower: string) => {
		const present = new Uint8Array(pieces.length);
		const found = automaton.contained(lower);
		for (const piece of found) present[piece] = 1;
		return found.flatMap((piece) => termsOfProbe[piece]!.filter((at) => stemsOf[at]!.every((stem) => present[stem])));
	};
	return {
		matcher(text) {
			const plain = normalise(text);
			const lower = plain.toLowerCase();
			const read = matchTerms(plain, (_, probe) => lower.includes(probe));
			let candidates: number[] | null = null;
			const matches: ({ start: number; end: number }[] | undefined)[] = [];
			return (list) => {
				const { holds, outside, repeats } = listInSet(list);
				if (repeats) return read(list);
				candidates ??= candidatesIn(lower);
				const hits: TermHit[] = [];
				for (const at of candidates) {
					if (!holds[at]) continue;
					const term = unique[at]!;
					matches[at] ??= termMatches(plain, compiledTerm(term).pattern);
					for (const { start, end } of matches[at]!) hits.push({ term, start, end });
				}
				return withoutOverlaps(outside.length ? [...hits, ...read(outside)] : hits);
			};
		},
	};
}

const termMatches = (plain: string, pattern: RegExp) =>
	Array.from(plain.matchAll(pattern), (match) => ({ start: match.index, end: match.index + match[0].length }));

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
			found = hasProbe(term, probe) ? termMatches(plain, pattern) : [];
			matches.set(term, found);
		}
		return found;
	};
	return (terms) => {
		const candidates: TermHit[] = [];
		for (const term of terms) for (const { start, end } of matchesOf(term)) candidates.push({ term, start, end });
		return withoutOverlaps(candidates);
	};
}

/**
 * The hits without overlaps, in text order: where two cover the same words the longer wins, then the earlier, then
 * the term first in alphabetical order (the order the candidates come in does not matter).
 */
function withoutOverlaps(candidates: TermHit[]): TermHit[] {
	if (candidates.length === 0) return candidates;
	candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.term.localeCompare(b.term));
	const hits: TermHit[] = [];
	for (const candidate of candidates) {
		const overlaps = hits.some((hit) => candidate.start < hit.end && hit.start < candidate.end);
		if (!overlaps) hits.push(candidate);
	}
	hits.sort((a, b) => a.start - b.start);
	return hits;
}

/**
 * Every occurrence of the terms in `text`, without overlaps: where two terms cover the same words,
 * the longer one wins ("peace talks" rather than "talks"), so a phrase is never counted twice.
 */
export function findTermHits(text: string, terms: readonly string[]): TermHit[] {
	return termMatcher(text)(terms);
}
