/** Finds the people, places and organisations an article mentions, from the gazetteer and the text. */

import { findMentions, type GazetteerIndex } from './entities/index.ts';
import type { EntityMention, Sentence } from './model.ts';

export { countryOfMap, demonymMap, type GazetteerIndex, indexGazetteer } from './entities/index.ts';

/** Finds the people, places and organisations mentioned in an article's sentences. */
export function extractEntities(sentences: Sentence[], index: GazetteerIndex): EntityMention[] {
	return findMentions(sentences, index);
}
