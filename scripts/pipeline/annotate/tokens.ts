/** Splits a sentence into word tokens with their offsets, the unit the name finder works on. */
import { language } from '../lang/index.ts';

/** One word of a sentence. */
export interface Token {
	/** The word as written, without a possessive ’s. */
	text: string;
	/** Offset of the word in the sentence. */
	start: number;
	/** Offset just past the word (before any possessive ’s). */
	end: number;
	/** True when the word carries a possessive ’s ("Russia’s"). */
	possessive: boolean;
	/** True when the word starts with a capital letter. */
	capitalised: boolean;
	/** True when nothing but punctuation stands between the start of the sentence (or a colon or an
	 * opening quotation mark) and the word, so its capital letter may be only the sentence's. */
	initial: boolean;
}

// Words, with inner apostrophes and hyphens ("O’Brien", "Kosiniak-Kamysz", "Russia’s").
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’‐‑-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;
// Abbreviations whose full stop belongs to the word.
const DOTTED = new Set(language.dottedTitles);
// Characters after which a capital letter may be the sentence's own (a colon, an opening quote, a bullet).
const OPENING = /[:“"‘([•·▪◦●]\s*$/u;

/** The words of `text` in order, each with offsets that slice back to it exactly. */
export function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	for (const match of text.matchAll(WORD)) {
		let word = match[0];
		const start = match.index;
		let possessive = false;
		const possessiveForm = /^(.+?)['’]s$/u.exec(word);
		if (possessiveForm && possessiveForm[1]!.length > 1) {
			word = possessiveForm[1]!;
			possessive = true;
		}
		// "J." and "Gen." keep their full stop; a sentence's final full stop does not belong to a word.
		if (!possessive && text[start + word.length] === '.' && (/^\p{Lu}$/u.test(word) || DOTTED.has(word))) word += '.';
		const before = tokens.length ? text.slice(tokens[tokens.length - 1]!.end, start) : text.slice(0, start);
		const initial = tokens.length === 0 ? !/[\p{L}\p{N}]/u.test(before) : OPENING.test(before);
		tokens.push({
			text: word,
			start,
			end: start + word.length,
			possessive,
			capitalised: /^\p{Lu}/u.test(word),
			initial,
		});
	}
	return tokens;
}
