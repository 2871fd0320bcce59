/**
 * `entities:country-as-metaphor`: a country's name used as a common noun for what happened there, not as the country
 * ("his own personal Afghanistan", "another Vietnam", "Russia's Vietnam", "a second Chechnya"). The gazetteer finds the
 * name; the words around it say the text speaks of a quagmire or a defeat, not of the place, so it is no mention. A
 * country named after an article or a possessive pronoun, or after another country's possessive, and standing as a
 * noun of its own (not qualifying the next: "his Afghanistan policy", "another Vietnam veteran") is read so.
 */
import type { Rule } from '../rules.ts';
import type { GazetteerHit } from './gazetteer-hits.ts';
import type { GazetteerIndex } from './gazetteer-index.ts';
import { lexiconTags } from './lexicon.ts';
import type { RunScene, Typing } from './typing-rules.ts';

/** The rule's id, as diagnostics and fixtures name it. */
export const COUNTRY_AS_METAPHOR = 'entities:country-as-metaphor';

// "another", "a second", "his own personal", "their very": words that make a country's name a common noun.
const FIGURATIVE_LEAD =
	/(?:^|[^\p{L}])(?:another|yet another|a second|his|her|their|its)(?:\s+(?:own|personal|very|latest|next|new|second|future))*\s+$/iu;
// "Russia's Vietnam": a country's possessive before another country.
const POSSESSIVE_LEAD = /['’]s?(?:\s+(?:own|personal|very|latest|next|new|second|future))*\s+$/u;
// "Russia's Vietnam": the possessor of a country the gazetteer lacks, read as a country by the word list.
const COUNTRY_POSSESSOR = /(\p{Lu}[\p{L}-]+)['’]s\s+$/u;
// Words a name may stand before and still be a noun of its own ("another Afghanistan in Ukraine", "its Vietnam, and").
const FUNCTION_WORDS = new Set([
	'in',
	'for',
	'of',
	'and',
	'or',
	'but',
	'that',
	'which',
	'where',
	'when',
	'if',
	'is',
	'was',
	'would',
	'could',
	'will',
	'might',
	'as',
	'to',
	'on',
	'by',
	'with',
	'from',
	'at',
	'after',
	'over',
]);

/** True when the words after a name leave it a noun of its own (not "his Afghanistan policy"). */
function standsAlone(after: string): boolean {
	if (/^['’]s?\b/u.test(after)) return false;
	const next = /^\s+(\p{Ll}+)/u.exec(after);
	return !next || FUNCTION_WORDS.has(next[1]!);
}

/** True when the country of `hit` is used figuratively, judged by the words around it. */
function figurative(text: string, hit: GazetteerHit, hits: readonly GazetteerHit[], index: GazetteerIndex): boolean {
	const entry = index.entries.get(hit.id);
	if (entry?.type !== 'place' || entry.placeType !== 'country') return false;
	if (!standsAlone(text.slice(hit.end))) return false;
	const before = text.slice(Math.max(0, hit.start - 40), hit.start);
	if (FIGURATIVE_LEAD.test(before)) return true;
	const lead = POSSESSIVE_LEAD.exec(before);
	if (!lead) return false;
	// The possessor must be another country the gazetteer found: "Putin's Russia" is still Russia.
	const possessorEnd = hit.start - lead[0].length;
	const possessor = hits.find((other) => other !== hit && other.end === possessorEnd);
	const owner = possessor ? index.entries.get(possessor.id) : undefined;
	return owner?.type === 'place' && owner.placeType === 'country' && possessor!.id !== hit.id;
}

/** The gazetteer hits of a sentence that name a country only as a metaphor: no mention of it, nor a new name. */
export function figurativeCountries(
	text: string,
	hits: readonly GazetteerHit[],
	index: GazetteerIndex,
): Set<GazetteerHit> {
	return new Set(hits.filter((hit) => figurative(text, hit, hits, index)));
}

/** The same reading for a country the gazetteer lacks ("another Vietnam"): set aside, not typed as a place. */
export const COUNTRY_AS_METAPHOR_RULE: Rule<RunScene, Typing> = {
	id: COUNTRY_AS_METAPHOR,
	description:
		'A country named after "another", "a second", a possessive pronoun or another country\'s possessive, ' +
		'standing alone: a metaphor, not the place ("another Vietnam", "Russia\'s Vietnam").',
	applies: ({ before, after, lastTags }) =>
		/Country/.test(lastTags) &&
		standsAlone(after) &&
		(FIGURATIVE_LEAD.test(before) || /Country/.test(lexiconTags(COUNTRY_POSSESSOR.exec(before)?.[1] ?? ''))),
	apply: () => 'none',
};
