/** Reads how the text hedges a number: "at least", "more than", "about", "up to". */
import type { Qualifier } from '../../../src/schemas/index.ts';
import { alternation, language } from '../lang/index.ts';

/** The hedge words that may stand right before a number, from the language's hedges. */
const BEFORE: [Qualifier, RegExp][] = language.hedges.map((hedge) => [
	hedge.qualifier,
	new RegExp(String.raw`\b(?:${alternation(hedge.before)})\s+$`, 'i'),
]);

// "handed over four soldiers", "took over 12 villages": a verb's own particle, not a hedge of the number.
const PARTICLE_VERB_BEFORE = new RegExp(String.raw`\b(?:${alternation(language.particleVerbs)})\s+$`, 'i');

/** Hedges written after the number ("1,000 or more", "500-plus"). */
const AFTER: [Qualifier, RegExp][] = language.hedges
	.filter((hedge) => hedge.after.length)
	.map((hedge) => [hedge.qualifier, new RegExp(`^(?:${hedge.after.join('|')})`, 'i')]);

/** The qualifier of a number and where its words start (the number's own start when exact). */
export interface QualifierReading {
	qualifier: Qualifier;
	start: number;
}

/** Reads the qualifier of the number at `[start, end)` in `text`: the words before it, else after it, else `exact`. */
export function readQualifier(text: string, start: number, end: number): QualifierReading {
	const before = text.slice(Math.max(0, start - 40), start);
	for (const [qualifier, pattern] of BEFORE) {
		const match = pattern.exec(before);
		if (match && PARTICLE_VERB_BEFORE.test(before.slice(0, before.length - match[0].length))) continue;
		if (match) return { qualifier, start: start - match[0].length };
	}
	const after = text.slice(end, end + 20);
	for (const [qualifier, pattern] of AFTER) {
		if (pattern.test(after)) return { qualifier, start };
	}
	return { qualifier: 'exact', start };
}
