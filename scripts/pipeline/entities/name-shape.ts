/** What a run of capitalised words looks like: a known non-name, or words that could make a person's name. */
import { CALENDAR_WORDS, NOT_NAME_PHRASES, NOT_NAMES, SENTENCE_OPENERS, TITLE_WORDS } from './word-lists.ts';

export const bare = (word: string) => word.replace(/\.$/, '');
export const isInitial = (word: string) => /^\p{Lu}\.$/u.test(word);
export const isAcronym = (word: string) => /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(word);

/** True when the run is a date word, a holiday, a demonym, a title or another known non-name. */
export function isJunkRun(words: string[], demonyms: ReadonlyMap<string, string>): boolean {
	const phrase = words.join(' ').toLowerCase();
	if (NOT_NAME_PHRASES.has(phrase)) return true;
	if (CALENDAR_WORDS.has(bare(words[0]!))) return true;
	return words.every(
		(word) =>
			NOT_NAMES.has(word) ||
			CALENDAR_WORDS.has(bare(word)) ||
			TITLE_WORDS.has(bare(word)) ||
			demonyms.has(word) ||
			/^[IVX]+$/.test(word),
	);
}

/** True when every word could be part of a person's name ("Olena", "J.", "Kosiniak-Kamysz"). */
export function looksLikePersonName(words: string[], demonyms: ReadonlyMap<string, string>): boolean {
	if (words.length > 5) return false;
	return words.every(
		(word, index) =>
			isInitial(word) ||
			(index > 0 && /^[IVX]+$/.test(word)) ||
			(!isAcronym(word) &&
				!NOT_NAMES.has(word) &&
				!demonyms.has(word) &&
				!TITLE_WORDS.has(bare(word)) &&
				!CALENDAR_WORDS.has(bare(word)) &&
				!SENTENCE_OPENERS.has(word)),
	);
}
