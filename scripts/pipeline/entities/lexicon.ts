/** Compromise's word list, read directly: a fast way to tell an ordinary word from a name. */
import nlp from 'compromise';

const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;

/** Compromise's tags for a word out of context, comma-joined ("Modal", "MaleName", "Country"), or "". */
export function lexiconTags(word: string): string {
	const tags = LEXICON[word.toLowerCase()];
	return tags === undefined ? '' : Array.isArray(tags) ? tags.join(',') : tags;
}
