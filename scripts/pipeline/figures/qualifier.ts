/** Reads how the text hedges a number: "at least", "more than", "about", "up to". */
import type { Qualifier } from '../../../src/schemas/index.ts';

/** The hedge words that may stand right before a number, longest first within each qualifier. */
const BEFORE: [Qualifier, RegExp][] = [
	['at_least', /\b(?:at\s+least|no\s+fewer\s+than|no\s+less\s+than|not\s+less\s+than|a\s+minimum\s+of)\s+$/i],
	[
		'up_to',
		/\b(?:up\s+to|as\s+many\s+as|as\s+much\s+as|at\s+most|a\s+maximum\s+of|fewer\s+than|less\s+than|under|just\s+under)\s+$/i,
	],
	['over', /\b(?:just\s+over|more\s+than|over|upwards\s+of|in\s+excess\s+of|above)\s+$/i],
	[
		'about',
		/\b(?:about|around|nearly|almost|some|roughly|approximately|approx\.|an\s+estimated|estimated|close\s+to|circa|an\s+approximate|about\s+an\s+estimated)\s+$/i,
	],
];

/** Hedges written after the number ("1,000 or more", "500-plus"). */
const AFTER: [Qualifier, RegExp][] = [
	['at_least', /^\s*(?:or\s+more|and\s+more|or\s+above)\b/i],
	['over', /^(?:\+|-plus\b|\s+plus\b)/i],
	['up_to', /^\s*(?:or\s+fewer|or\s+less|at\s+most)\b/i],
];

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
		if (match) return { qualifier, start: start - match[0].length };
	}
	const after = text.slice(end, end + 20);
	for (const [qualifier, pattern] of AFTER) {
		if (pattern.test(after)) return { qualifier, start };
	}
	return { qualifier: 'exact', start };
}
