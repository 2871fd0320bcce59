/** Finds the people, places and organisations an article mentions, from the gazetteer and the text. */

import type { AnnotatedSentence } from './annotate/index.ts';
import { findMentions, type GazetteerIndex, type TypedRun } from './entities/index.ts';
import type { EntityMention } from './model.ts';

export { countryOfMap, demonymMap, type GazetteerIndex, indexGazetteer } from './entities/index.ts';

/**
 * Finds the people, places and organisations mentioned in an article's sentences, its speaker labels and, for names
 * the sentences do not give, its headline (those mentions carry the line they stand in as `context`).
 */
export function extractEntities(
	sentences: AnnotatedSentence[],
	index: GazetteerIndex,
	onTyped?: (typed: TypedRun) => void,
	headline: string | null = null,
): EntityMention[] {
	return findMentions(sentences, index, onTyped, headline);
}
