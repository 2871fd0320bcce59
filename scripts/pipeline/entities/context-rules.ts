/**
 * The context block of the entity typing rules (`typing-rules.ts` tries it right after `entities:not-a-name`): a name
 * the gazetteer does not know is typed from the words around it, as a reader does. "the Abu Shouk camp" is a place,
 * "the Fano militia" an organisation, "Kholood Khair, the founding director of …" a person, "UNRWA said" an
 * organisation. What the words around a name say outweighs any guess from word lists, so these come before them.
 */
import { language } from '../lang/index.ts';
import { speechVerbForms } from '../lang/patterns.ts';
import type { Rule } from '../rules.ts';
import { looksLikePersonName } from './name-shape.ts';
import type { RunScene, Typing } from './typing-rules.ts';
import { SENTENCE_OPENERS } from './word-lists.ts';

const words = (...alternatives: string[]) => alternatives.join('|');

const PLACE_NOUNS = [
	'camp',
	'refugee camp',
	'village',
	'town',
	'township',
	'district',
	'governorate',
	'region',
	'province',
	'oblast',
	'county',
	'state',
	'municipality',
	'neighbou?rhood',
	'suburb',
	'valley',
	'plain',
	'airports?',
	'air base',
	'port',
	'border crossing',
	'crossing',
	'checkpoint',
];
// Lower-case nouns right after a name that make it a place ("the Abu Shouk camp", "Lin Ta Lu village").
const PLACE_NOUN_AFTER = new RegExp(
	String.raw`^(?:['’]s)?(?:\s+(?:and|or)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)?\s+(?:${words(...PLACE_NOUNS)})\b`,
	'u',
);
// "Jubaland regional president", "Tigray interim administration": a name before the offices of its government.
const REGIONAL_OFFICE_AFTER =
	/^\s+(?:regional|provincial|state|interim|local)\s+(?:president|governor|leader|government|administration|authorities|officials|council|police|forces)\b/u;
// Lower-case nouns right after a name that make it an armed group or another body ("the Fano militia", "M23 rebels").
// "Hezbollah weapons depots", "Hamas operatives": what only an armed group owns names the group.
const GROUP_NOUNS = [
	'militias?',
	'rebels?',
	'fighters',
	'battlegroup',
	'militants',
	'insurgents',
	'guerrillas?',
	'group',
	'movement',
	'alliance',
	'coalition',
	'network',
	'agency',
	'mission',
	'project',
	'programme',
	'program',
	'initiative',
	'think tank',
	'party',
	'spokesperson',
	'spokesman',
	'spokeswoman',
	'statement',
	'leadership',
	'commanders?',
	'centre',
	'center',
	'weapons',
	'operatives',
	'launchers',
	'tunnels',
	'hideouts',
];
const GROUP_NOUN_AFTER = new RegExp(String.raw`^\s+(?:${words(...GROUP_NOUNS)})\b`, 'u');
const PERSON_ROLES = [
	'director',
	'head',
	'chief',
	'spokesperson',
	'spokesman',
	'spokeswoman',
	'minister',
	'president',
	'commander',
	'analyst',
	'researcher',
	'professor',
	'fellow',
	'nurse',
	'doctor',
	'surgeon',
	'farmer',
	'resident',
	'official',
	'envoy',
	'adviser',
	'advisor',
	'ambassador',
	'journalist',
	'reporter',
	'lawyer',
	'founder',
	'chairman',
	'chairwoman',
	'chair',
	'leader',
	'member',
	'mayor',
	'governor',
	'coordinator',
	'representative',
	'secretary',
	'aide',
	'deputy',
	'father',
	'mother',
	'son',
	'daughter',
	'teacher',
	'student',
	'priest',
	'imam',
	'volunteer',
	'soldier',
	'officer',
	'worker',
	'survivor',
	'witness',
];
// ", the founding director of", ", a nurse at": an office or a trade in apposition names a person.
const PERSON_APPOSITION = new RegExp(
	String.raw`^,\s+(?:the|a|an|its|their|\p{Lu}[\p{L}-]*['’]s)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:${words(...PERSON_ROLES)})\b`,
	'u',
);
const BODY_KINDS = [
	'think tank',
	'group',
	'company',
	'firm',
	'agency',
	'organi[sz]ation',
	'charity',
	'network',
	'militia',
	'movement',
	'alliance',
	'coalition',
	'party',
	'institute',
	'foundation',
	'newspaper',
	'broadcaster',
	'news agency',
	'outlet',
	'monitor',
	'consultancy',
	'affiliate',
];
// ", a Khartoum-based think tank": a kind of body in apposition names an organisation.
const BODY_APPOSITION = new RegExp(
	String.raw`^,\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,4}?(?:${words(...BODY_KINDS)})\b(?![’'])`,
	'u',
);
const BODY_WORDS = [
	'agency',
	'mission',
	'force',
	'office',
	'body',
	'group',
	'affiliate',
	'alliance',
	'coalition',
	'network',
	'organi[sz]ation',
	'militia',
	'movement',
	'programme',
	'program',
	'fund',
	'watchdog',
	'monitor',
	'known as',
	'called',
];
// "the UN refugee agency UNHCR", "The UN peacekeeping mission, MONUSCO,", "an al-Qaida affiliate known as JNIM".
const BODY_BEFORE = new RegExp(String.raw`\b(?:${words(...BODY_WORDS)}),?\s+$`, 'iu');
// "issued by OCHA", "documented by ACLED": the agent of a verb of publishing or counting is a body that does so.
const PUBLISHED_BY_BEFORE = new RegExp(
	String.raw`\b(?:${words(
		'issued',
		'published',
		'compiled',
		'documented',
		'verified',
		'recorded',
		'counted',
		'monitored',
		'reported',
		'run',
		'led',
		'coordinated',
		'funded',
		'operated',
	)})\s+by\s+(?:the\s+)?$`,
	'iu',
);
const SPEECH_AFTER = new RegExp(String.raw`^\s+(?:${speechVerbForms(language, 'claim').join('|')})\b`, 'iu');
const ACRONYM = /^(?:\p{Lu}{3,}|\p{Lu}{1,4}\d{1,3}|\p{Lu}+\/\p{Lu}*\d*)$/u;
// Adjectives of origin and the like, which an ordinary noun after them does not make a name ("Sudanese forces").
const ADJECTIVE = /Demonym|Adjective/;

const isAcronym = ({ words }: RunScene) => words.length === 1 && ACRONYM.test(words[0]!);
// Asked last: the sentence's tags cost the most.
const notAdjective = (scene: RunScene) => !scene.termTags().some((tag) => ADJECTIVE.test(tag));

const PLACE_LIST_NOUNS = [
	'cities',
	'towns',
	'villages',
	'settlements',
	'regions',
	'provinces',
	'districts',
	'areas',
	'camps',
];
// "the towns of Bint Jbeil and Nabatieh": every name of a list after a place noun and "of".
const LIST_AFTER_PLACE_LEAD = new RegExp(
	String.raw`\b(?:${PLACE_LIST_NOUNS.join('|')})\s+of\s+(?:\p{Lu}[\p{L}'’ -]{1,30}?,\s+)*\p{Lu}[\p{L}'’ -]{1,30}?(?:,\s+|,?\s+and\s+|,?\s+or\s+)$`,
	'u',
);
// "in Al Mawasi, Khan Younis", "near Debre Markos, Amhara": a place and the larger place it lies in.
const IN_BEFORE = /\b(?:in|near|outside|into|inside|across|around|towards|toward)\s+(?:the\s+)?$/u;
const LARGER_PLACE_AFTER = /^,\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s*(?:[,.;]|$)/u;
const IN_PLACE_BEFORE =
	/\b(?:in|near|outside|into|inside|across|around|towards|toward)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2},\s+$/u;

/** An ordinary word opening the sentence ("While front lines …") is no name for the context to type. */
const canBeName = ({ single, first, demonyms }: RunScene) =>
	!(single && (SENTENCE_OPENERS.has(first) || demonyms.has(first)));

/** The context rules, in the order they are tried. */
export const CONTEXT_TYPING_RULES: readonly Rule<RunScene, Typing>[] = [
	{
		id: 'entities:place-before-larger-place',
		description: 'A name after "in" and before ", <name>" ("in Al Mawasi, Khan Younis") is a place.',
		applies: (scene) =>
			canBeName(scene) && IN_BEFORE.test(scene.before) && LARGER_PLACE_AFTER.test(scene.after) && notAdjective(scene),
		apply: () => 'place',
	},
	{
		id: 'entities:place-list-after-lead',
		description: 'A later name of a list after "the towns of" ("the towns of Bint Jbeil and Nabatieh") is a place.',
		applies: (scene) => canBeName(scene) && LIST_AFTER_PLACE_LEAD.test(scene.before) && notAdjective(scene),
		apply: () => 'place',
	},
	{
		id: 'entities:larger-place-after-place',
		description: 'A name after "in <name>, " and ending the phrase ("in Al Mawasi, Khan Younis") is a place.',
		applies: (scene) =>
			canBeName(scene) &&
			IN_PLACE_BEFORE.test(scene.before) &&
			/^\s*(?:[,.;]|$)/u.test(scene.after) &&
			notAdjective(scene),
		apply: () => 'place',
	},
	{
		id: 'entities:place-noun-after',
		description: 'A name before "camp", "village", "district", "airport" is a place.',
		applies: (scene) => canBeName(scene) && PLACE_NOUN_AFTER.test(scene.after) && notAdjective(scene),
		apply: () => 'place',
	},
	{
		id: 'entities:regional-office-after',
		description: 'A name before "regional president", "provincial governor" is a place.',
		applies: (scene) => canBeName(scene) && REGIONAL_OFFICE_AFTER.test(scene.after) && notAdjective(scene),
		apply: () => 'place',
	},
	{
		id: 'entities:person-apposition',
		description: 'A name followed by ", the founding director of", ", a nurse at" is a person.',
		applies: (scene) =>
			canBeName(scene) && !isAcronym(scene) && scene.words.length >= 2 && PERSON_APPOSITION.test(scene.after),
		// Words that cannot make a person's name ("the Foreign Ministry, the chief …") leave it to the later rules.
		apply: (scene) => (looksLikePersonName(scene.words, scene.demonyms) ? 'person' : null),
	},
	{
		id: 'entities:body-apposition',
		description: 'A name followed by ", a think tank", ", an armed group" is an organisation.',
		applies: (scene) => canBeName(scene) && BODY_APPOSITION.test(scene.after),
		apply: () => 'organization',
	},
	{
		id: 'entities:group-noun-after',
		description: 'A name before "militia", "rebels", "fighters", "group" is an organisation.',
		applies: (scene) => canBeName(scene) && GROUP_NOUN_AFTER.test(scene.after) && notAdjective(scene),
		apply: () => 'organization',
	},
	{
		id: 'entities:acronym-of-a-body',
		description:
			'An acronym named as a body ("the UN refugee agency UNHCR", "known as JNIM"), defined in brackets, ' +
			'that speaks ("UNRWA said") or publishes ("issued by OCHA") is an organisation.',
		applies: (scene) =>
			canBeName(scene) &&
			isAcronym(scene) &&
			(BODY_BEFORE.test(scene.before) ||
				/\(\s*$/u.test(scene.before) ||
				SPEECH_AFTER.test(scene.after) ||
				PUBLISHED_BY_BEFORE.test(scene.before)),
		apply: () => 'organization',
	},
];
