/** Part-of-speech tags and lemmas for the words of one sentence, with their offsets. */
// compromise/two: the tagger and lemmas without the third level's phrase chunker, which the pipeline does not read
// and which cost a tenth of the tagging time. Both imports of compromise must name the same level (lexicon.ts).
import nlp from 'compromise/two';

/** One word of a sentence as compromise reads it. */
export interface Term {
	/** The word as written (without surrounding punctuation). */
	text: string;
	/** Offset of `text` in the sentence. */
	start: number;
	end: number;
	/** Punctuation and spaces before and after the word. */
	pre: string;
	post: string;
	/** Part-of-speech tags (`Verb`, `PastTense`, `ProperNoun`…). */
	tags: Set<string>;
	/** Lower-case dictionary form ("briefed" → "brief", "prisoners" → "prisoner"). */
	lemma: string;
}

interface RawTerm {
	text: string;
	pre: string;
	post: string;
	tags: string[];
	normal: string;
	root?: string;
	offset: { start: number; length: number };
}

/** Tags every word of `text`; a pure function of the text (compromise keeps no state between calls). */
export function tagTerms(text: string): Term[] {
	const doc = nlp(text);
	doc.compute('root');
	const sentences = doc.json({ offset: true }) as { terms: RawTerm[] }[];
	return sentences.flatMap((sentence) =>
		sentence.terms.map((term) => ({
			text: term.text,
			start: term.offset.start,
			end: term.offset.start + term.offset.length,
			pre: term.pre,
			post: term.post,
			tags: new Set(term.tags),
			lemma: (term.root || term.normal || term.text).toLowerCase(),
		})),
	);
}

/** True for a verb that can head a clause ("briefed", "can sign"), not a bare -ing or to-form. */
export function isFiniteVerb(term: Term): boolean {
	if (!term.tags.has('Verb')) return false;
	if (term.tags.has('Gerund')) return false;
	return (
		term.tags.has('PastTense') ||
		term.tags.has('PresentTense') ||
		term.tags.has('Modal') ||
		term.tags.has('Copula') ||
		term.tags.has('Auxiliary')
	);
}

/** True for a word written with a capital letter (a name, or part of one). */
export const isCapitalised = (term: Term) => /^\p{Lu}/u.test(term.text);
