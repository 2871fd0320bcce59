/** Entity extraction: the gazetteer matcher, the name finder and the name comparisons it rests on. */
export { indexGazetteer, countryOfMap, demonymMap, foldAlias, type GazetteerIndex, type IndexedEntry } from './gazetteer-index.ts';
export { findMentions, fuller } from './find-mentions.ts';
export { samePerson, surnameKey, nameParts, givenNamesCompatible } from './person-names.ts';
