/** Compromise's word list, read directly: a fast way to tell an ordinary word from a name. */
// The same level as terms.ts: importing the full build anywhere would add its chunker to the shared instance.
import nlp from 'compromise/two';

const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;

/** Compromise's tags for a word out of context, comma-joined ("Modal", "MaleName", "Country"), or "". */
export function lexiconTags(word: string): string {
	const tags = LEXICON[word.toLowerCase()];
	return tags === undefined ? '' : Array.isArray(tags) ? tags.join(',') : tags;
}
