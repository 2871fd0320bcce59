/**
 * Reads the stance a statement takes on a question, only from an explicit cue: "will not accept territorial
 * concessions" opposes, "is ready to discuss security guarantees" supports, "only if" is conditional. A negated cue
 * ("did not reject", "no agreement") states nothing, a cue that another party's clause carries ("said the US agreed
 * not to…") is not the speaker's, and a cue aimed at the opposite of the question ("renounce NATO", "no security
 * guarantees") reverses.
 */
import type { Stance } from '../../../src/schemas/index.ts';
import { alternation, type Language } from '../lang/index.ts';
import { findTermHits, type TermHit } from '../topics/match-terms.ts';

/** A stance with the words it rests on; `stated` has no cue. */
export interface StanceReading {
	stance: Stance;
	cue: string | null;
}

/** One cue found in a sentence. */
interface Cue {
	stance: Exclude<Stance, 'stated'>;
	start: number;
	end: number;
	negated: boolean;
}

/** The cue patterns of a language, built once. */
export interface StancePatterns {
	cues: RegExp;
	stanceOf: Map<string, Exclude<Stance, 'stated'>>;
	negatorBefore: RegExp;
}

/** Builds the cue patterns, longest cue first so "will not accept" is read before "accept". */
export function stancePatterns(language: Language): StancePatterns {
	const stanceOf = new Map<string, Exclude<Stance, 'stated'>>();
	for (const [stance, cues] of Object.entries(language.stances.cues) as [Exclude<Stance, 'stated'>, string[]][])
		for (const cue of cues) if (!stanceOf.has(cue)) stanceOf.set(cue, stance);
	const cues = [...stanceOf.keys()].sort((a, b) => b.length - a.length);
	return {
		cues: new RegExp(`(?<![\\p{L}])(?:${alternation(cues)})(?![\\p{L}])`, 'giu'),
		stanceOf,
		negatorBefore: new RegExp(
			`(?:^|[^\\p{L}])(?:${alternation(language.stances.negators)})(?:\\s+\\p{L}+)?\\s+$|n[’']t\\s+$`,
			'iu',
		),
	};
}

/** Clause breaks a cue does not reach across: punctuation, dashes, and conjunctions that open another clause. */
const CLAUSE_BREAK = /[;:—–]|\s-\s|\b(?:while|whereas|but|although|though|before|after|until|because|since)\b/i;

function findCues(text: string, patterns: StancePatterns): Cue[] {
	const cues: Cue[] = [];
	for (const match of text.matchAll(patterns.cues)) {
		const stance = patterns.stanceOf.get(match[0].toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'"));
		if (!stance) continue;
		const before = text.slice(Math.max(0, match.index - 24), match.index);
		cues.push({
			stance,
			start: match.index,
			end: match.index + match[0].length,
			negated: patterns.negatorBefore.test(before),
		});
	}
	return cues;
}

/** True when a term after its cue is written as absent ("demands no security guarantees", "without guarantees"). */
const negatedTerm = (text: string, cue: Cue, hit: TermHit) =>
	hit.start >= cue.end && /\b(?:no|without|not|never)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(text.slice(cue.end, hit.start));

/**
 * A question's term hits in a sentence: its `terms` and the `against` terms that name its opposite, each marked
 * `ownWords` when it names the question's own words ("harshest sanctions" on lifting sanctions; not "accountability"
 * on an amnesty).
 */
export function questionTermHits(text: string, terms: readonly string[], against: readonly string[]): QuestionHit[] {
	const opposite = new Set(against);
	const own = terms.filter((term) => !opposite.has(term));
	return findTermHits(text, [...terms, ...against]).map((hit) => ({
		...hit,
		against: opposite.has(hit.term),
		ownWords: !opposite.has(hit.term) || findTermHits(text.slice(hit.start, hit.end), own).length > 0,
	}));
}

/** The characters between a cue and a term, when they share a clause; null when a clause break parts them. */
function gapBetween(text: string, cue: Cue, hit: TermHit): number | null {
	const [left, right] = hit.start >= cue.end ? [cue.end, hit.start] : [hit.end, cue.start];
	if (right < left || CLAUSE_BREAK.test(text.slice(left, right))) return null;
	return right - left;
}

/**
 * A question's term hits in a sentence; `against` marks a term naming the opposite of what it asks, `ownWords` one
 * that names the question's own words ("harshest sanctions" on lifting sanctions; not "accountability" on an amnesty).
 */
export type QuestionHit = TermHit & { against: boolean; ownWords?: boolean };

/**
 * The stance a statement takes on a question, from a cue inside `span` (the words the statement states) that is
 * nearer to one of this question's `hits` than to any term of another question (`otherHits`). `foreign` are the
 * offsets of other parties' names: a cue after one of them in its clause is that party's, not the speaker's.
 */
export function readStance(
	text: string,
	span: { start: number; end: number },
	hits: readonly QuestionHit[],
	otherHits: readonly TermHit[],
	foreign: readonly number[],
	patterns: StancePatterns,
): StanceReading {
	const stated: StanceReading = { stance: 'stated', cue: null };
	let best: { cue: Cue; hit: QuestionHit; distance: number } | null = null;
	for (const cue of findCues(text, patterns)) {
		if (cue.start < span.start || cue.end > span.end) continue;
		const clauseStart = Math.max(span.start, lastBreakBefore(text, cue.start));
		if (foreign.some((offset) => offset >= clauseStart && offset < cue.start)) continue;
		const nearestOther = Math.min(
			...otherHits.map((hit) => gapBetween(text, cue, hit) ?? Number.POSITIVE_INFINITY),
			Number.POSITIVE_INFINITY,
		);
		for (const hit of hits) {
			const distance = gapBetween(text, cue, hit);
			if (distance === null || distance > 120 || distance > nearestOther) continue;
			if (!best || distance < best.distance) best = { cue, hit, distance };
		}
	}
	if (!best || best.cue.negated) return stated;
	// A cue aimed only at a neighbouring idea ("peace must include accountability") states no stance on the question
	// itself: a stance read through an opposite term needs the question's own words in the sentence too.
	if (best.hit.against && !hits.some((hit) => !hit.against || hit.ownWords)) return stated;
	const words = text.slice(best.cue.start, best.cue.end);
	if (best.cue.stance === 'conditional') return { stance: 'conditional', cue: words };
	const reversed = best.hit.against !== negatedTerm(text, best.cue, best.hit);
	const stance = reversed ? (best.cue.stance === 'supports' ? 'opposes' : 'supports') : best.cue.stance;
	return { stance, cue: reversed ? `${words} … ${text.slice(best.hit.start, best.hit.end)}` : words };
}

/** Where the clause holding `offset` starts. */
function lastBreakBefore(text: string, offset: number): number {
	let start = 0;
	for (const match of text.slice(0, offset).matchAll(new RegExp(CLAUSE_BREAK.source, 'gi')))
		start = match.index + match[0].length;
	return start;
}
