/** Entity extraction: the gazetteer matcher, the name finder and the name comparisons it rests on. */

export { findMentions, fuller, type TypedRun } from './find-mentions.ts';
export {
	countryOfMap,
	demonymMap,
	foldAlias,
	type GazetteerIndex,
	type IndexedEntry,
	indexGazetteer,
} from './gazetteer-index.ts';
export { givenNamesCompatible, nameParts, samePerson, surnameKey } from './person-names.ts';
