/**
 * The entity typing rules: how a run of capitalised words the gazetteer does not know is typed as a person, a place or
 * an organisation, or set aside (`none`). Tried in order; the first that applies and answers decides. Cheap cues (the
 * words themselves, their neighbours, compromise's word list) come before the sentence's tags, which cost the most.
 */
import type { EntityType } from '../../../src/schemas/index.ts';
import type { Rule } from '../rules.ts';
import { CONTEXT_TYPING_RULES } from './context-rules.ts';
import { COUNTRY_AS_METAPHOR_RULE } from './figurative-places.ts';
import { lexiconTags } from './lexicon.ts';
import type { NameRun } from './name-runs.ts';
import { bare, isAcronym, isJunkRun, looksLikePersonName } from './name-shape.ts';
import { NUMBERED_OR_INFRASTRUCTURE_NAME } from './project-names.ts';
import {
	LOWER_CASE_TITLES,
	NAME_PARTICLES,
	NON_ENTITY_HEADS,
	ORGANIZATION_HEADS,
	PLACE_APPOSITIVE,
	PLACE_FOLLOWERS,
	PLACE_HEADS,
	PLACE_LEADING_HEADS,
	PLACE_LEADS,
	PLACE_PREPOSITIONS,
	TITLE_QUALIFIERS,
	TITLE_WORDS,
} from './word-lists.ts';

/** What the typing rules read about one run. */
export interface RunScene {
	run: NameRun;
	words: string[];
	first: string;
	last: string;
	single: boolean;
	/** Up to 60 characters before and after the run. */
	before: string;
	after: string;
	previousWord: string;
	/** The lower-case word right after the run ("region" in "the Samara region"), or "". */
	nextWord: string;
	/** Compromise's word-list tags of the first and last word, out of context. */
	firstTags: string;
	lastTags: string;
	/** The sentence's tags of each word of the run, comma-joined; computed on first use. */
	termTags: () => string[];
	demonyms: ReadonlyMap<string, string>;
	/** The family-name endings of `content/names.yaml`, as one pattern; null when none are listed. */
	surnameEnding: RegExp | null;
}

/** A type, or `none` when the run names nothing the site tracks. */
export type Typing = EntityType | 'none';

const MILITARY = new Set(['Military', 'Forces', 'Naval', 'Guards']);
const personOrNone = (scene: RunScene): Typing =>
	looksLikePersonName(scene.words, scene.demonyms) ? 'person' : 'none';

export const TYPING_RULES: readonly Rule<RunScene, Typing>[] = [
	{
		id: 'entities:not-a-name',
		description:
			'A date word, a holiday, a demonym, a title or another known non-name ("Thanksgiving", "Late Friday").',
		applies: (scene) => isJunkRun(scene.words, scene.demonyms),
		apply: () => 'none',
	},
	// What the words around a name say ("the Abu Shouk camp", "the Fano militia", "UNRWA said") outweighs any guess from
	// the name's own words: entities:place-before-larger-place … entities:acronym-of-a-body.
	...CONTEXT_TYPING_RULES,
	// "another Vietnam", "Baltic Link 2", "the Druzhba Line pipeline": a metaphor, a project or infrastructure, before
	// any word list calls it a place.
	COUNTRY_AS_METAPHOR_RULE,
	NUMBERED_OR_INFRASTRUCTURE_NAME,
	{
		id: 'entities:organisation-head',
		description:
			'An organisation word at either end, before a particle, or a military word ("Baltic Energy Forum", "Northern Military District").',
		applies: ({ single, words, first, last }) =>
			!single &&
			(ORGANIZATION_HEADS.has(last) ||
				ORGANIZATION_HEADS.has(first) ||
				words.some((word, i) => ORGANIZATION_HEADS.has(word) && NAME_PARTICLES.has(words[i + 1] ?? '')) ||
				words.some((word) => MILITARY.has(word))),
		apply: () => 'organization',
	},
	{
		id: 'entities:plan-or-event',
		description: 'A last word naming a plan, a treaty or an event, not an entity ("Morgenthau Plan", "Danube Accord").',
		applies: ({ single, last }) => !single && NON_ENTITY_HEADS.has(last),
		apply: () => 'none',
	},
	{
		id: 'entities:place-head',
		description:
			'A place word at the end, or one that opens a place name ("Caspian Sea", "Oskil River", "Sea of Azov").',
		applies: ({ single, first, last }) => !single && (PLACE_HEADS.has(last) || PLACE_LEADING_HEADS.has(first)),
		apply: () => 'place',
	},
	{
		id: 'entities:titled-person',
		description:
			'A run after a title, ending in a known surname, or after a lower-case office ("Deputy Foreign Minister Halyna Moroz", "regional governor Ivan Tkach").',
		applies: ({ run, previousWord }) => run.titled || run.soft !== null || LOWER_CASE_TITLES.has(previousWord),
		apply: (scene) => (scene.single ? 'none' : personOrNone(scene)),
	},
	{
		id: 'entities:lone-acronym-or-opener',
		description: 'One acronym, or one word capitalised only because it opens the sentence ("NATO", "Pavlo said").',
		applies: ({ single, first, run }) => single && (isAcronym(first) || run.tokens[0]!.initial),
		apply: () => 'none',
	},
	{
		id: 'entities:known-given-or-family-name',
		description: 'A first word the word list knows as a given name, or a last as a family name ("Sarah Whitfield").',
		applies: ({ single, firstTags, lastTags }) =>
			!single && (/FirstName|MaleName|FemaleName/.test(firstTags) || /LastName/.test(lastTags)),
		apply: personOrNone,
	},
	{
		id: 'entities:known-place-word',
		description: 'A last word the word list knows as a country, a city or a region ("Norway").',
		applies: ({ lastTags }) => /Country|City|Region|Place/.test(lastTags),
		apply: () => 'place',
	},
	{
		id: 'entities:place-context',
		description:
			'Words around it that say it is a place ("the village of Zarichne", "the Samara region", "Polohy, a small town").',
		applies: ({ nextWord, before, after }) =>
			PLACE_FOLLOWERS.has(nextWord) || PLACE_LEADS.test(before) || PLACE_APPOSITIVE.test(after),
		apply: () => 'place',
	},
	{
		id: 'entities:after-place-preposition',
		description:
			'A run after "in", "near" or "outside" that is no title, no possessive and qualifies no noun ("near ' +
			'Velykyi Burluk"), unless its tags say person, organisation, verb or adjective.',
		applies: ({ run, words, previousWord, nextWord, firstTags, lastTags }) =>
			PLACE_PREPOSITIONS.has(previousWord) &&
			!run.tokens[run.tokens.length - 1]!.possessive &&
			!words.every((word) => TITLE_QUALIFIERS.has(word) || TITLE_WORDS.has(bare(word))) &&
			// "in Telegram channels": a name before a common noun qualifies it rather than locating anything.
			!(nextWord !== '' && /Noun|Singular|Plural|Uncountable/.test(lexiconTags(nextWord))) &&
			// A given name first, or a surname last, makes a person's name; "Khan Younis" only starts with a surname.
			!/FirstName|MaleName|FemaleName|Person|Organization/.test(firstTags) &&
			!/Name|Person|Organization/.test(lastTags),
		apply: (scene) => {
			// Longer runs are not tagged, and the preposition alone does not make them places.
			if (scene.words.length > 3) return null;
			const tags = scene.termTags();
			// The same test in the sentence: a given name first, or a surname last.
			const personShaped = /FirstName/.test(tags[0]!) || (!scene.single && /Person|LastName/.test(tags.at(-1)!));
			if (personShaped || tags.some((tag) => /Organization|Verb|Adjective/.test(tag))) return null;
			if (scene.single && tags.some((tag) => /Person|FirstName|LastName/.test(tag))) return null;
			return 'place';
		},
	},
	{
		id: 'entities:single-word',
		description: 'One word and no other cue: too little to type ("Hostomel" met alone is left to the gazetteer).',
		applies: ({ single }) => single,
		apply: () => 'none',
	},
	{
		id: 'entities:surname-ending',
		description:
			'Up to three name-like words ending in a family-name ending of content/names.yaml ("Oksana Lytvynenko").',
		applies: (scene) =>
			scene.surnameEnding?.test(scene.last) === true &&
			looksLikePersonName(scene.words, scene.demonyms) &&
			scene.words.length <= 3,
		apply: () => 'person',
	},
	{
		id: 'entities:tagged-organisation',
		description: 'A word compromise tags as an organisation in the sentence ("Goldman Sachs").',
		applies: (scene) => scene.termTags().some((tag) => /Organization/.test(tag)),
		apply: () => 'organization',
	},
	{
		id: 'entities:tagged-person',
		description: 'A last word tagged as a person or family name, or a first tagged as a given name ("Maria Gonzalez").',
		applies: (scene) => {
			const tags = scene.termTags();
			return /Person|LastName/.test(tags[tags.length - 1]!) || /FirstName/.test(tags[0]!);
		},
		apply: personOrNone,
	},
	{
		id: 'entities:tagged-place',
		description: 'A last word tagged as a place, a country, a city or a region ("Southern California").',
		applies: (scene) => /Place|Country|City|Region/.test(scene.termTags().at(-1)!),
		apply: () => 'place',
	},
];
