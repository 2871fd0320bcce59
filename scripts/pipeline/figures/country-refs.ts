/** Finds the words of a sentence that point to a country: its name, a place in it, or its demonym ("Russian"). */

import { escapeRegExp } from '../../../src/shared/escape-regexp.ts';
import { language } from '../lang/index.ts';
import type { EntityMention } from '../model.ts';

/** One pointer to a country in a sentence. */
export interface CountryRef {
	start: number;
	end: number;
	/** The country's entity id. */
	country: string;
	/** How the text names it: the country itself, a place or body that stands for it ("Moscow"), or an adjective. */
	via: 'country' | 'place' | 'demonym';
	/** True for "Russia's", "Ukraine’s". */
	possessive: boolean;
	/** True when a preposition of place or relation precedes it ("in Ukraine", "ally of Russia", "into Russian territory"). */
	locative: boolean;
}

/** What the subject finder knows about countries: demonyms, and the country each known place lies in. */
export interface CountryLexicon {
	/** "Ukrainian" → "ukraine". */
	demonyms: ReadonlyMap<string, string>;
	/** Entity ids that are countries. */
	countries: ReadonlySet<string>;
	/** Place or body id → country id ("moscow" → "russia"), when the caller knows it. */
	countryOf: ReadonlyMap<string, string>;
	/** Matches any demonym, longest first; null when there are none. */
	demonymPattern: RegExp | null;
	/** Matches people named by their nationality: the demonyms' plurals ("Ukrainians"), and any capitalised plural
	 * shaped like one in the language ("Palestinians", "Yemenis"), for peoples the gazetteer does not list. */
	nationalsPattern: RegExp;
}

// A capitalised word of at least four letters before a nationality ending ("Yemen|is", "Palestin|ians").
const NATIONAL_SHAPE = String.raw`\p{Lu}\p{Ll}{3,}(?:${language.nationalEndings.join('|')})`;

const LOCATIVE_PREPOSITIONS = [
	'in',
	'into',
	'inside',
	'onto',
	'on',
	'over',
	'across',
	'at',
	'to',
	'from',
	'of',
	'against',
	'near',
	'toward',
	'towards',
	'within',
	'throughout',
	'through',
	'outside',
	'around',
	'for',
	'with',
	'between',
	'among',
	'deep into',
	'across',
];
/** Words that place an area within a country ("eastern Ukraine", "occupied Donetsk"); sides.ts reads them too. */
export const AREA_ADJECTIVES = ['eastern', 'western', 'northern', 'southern', 'central', 'occupied'];
const LOCATIVE_MODIFIERS = [
	'the',
	'a',
	'an',
	...AREA_ADJECTIVES,
	'neighbouring',
	'neighboring',
	'border',
	'frontline',
	'front-line',
	'north-eastern',
	'north-western',
	'south-eastern',
	'south-western',
	'northeastern',
	'northwestern',
	'southeastern',
	'southwestern',
	'east',
	'west',
	'north',
	'south',
	'mainland',
	'rest of',
];
const LOCATIVE_BEFORE = new RegExp(
	String.raw`\b(?:${LOCATIVE_PREPOSITIONS.join('|')})\s+(?:(?:${LOCATIVE_MODIFIERS.join('|')})\s+){0,2}$`,
	'i',
);

/** Nouns for a body that stands for its country right after the country's name ("the Kiev regime", "Moscow's forces"). */
export const STANDS_FOR_COUNTRY = String.raw`(?:\s+(?:regime|government|army|military|forces|troops|authorities|side))?`;
const POSSESSIVE_AFTER = new RegExp(String.raw`^${STANDS_FOR_COUNTRY}['’](?:s\b|\s|$)`, 'i');

/** Builds the lexicon from the demonym map and an optional place → country map. */
export function countryLexicon(
	demonyms: ReadonlyMap<string, string>,
	countryOf: ReadonlyMap<string, string> = new Map(),
): CountryLexicon {
	const names = [...demonyms.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
	const demonymPattern = names.length
		? new RegExp(String.raw`(?<![\p{L}-])(?:${names.join('|')})s?(?![\p{L}])`, 'gu')
		: null;
	// People by nationality are the demonyms in "-an" with their plural "s" ("Ukrainian" → "Ukrainians").
	const nationals = [
		...new Set(
			[...demonyms.keys()].map((name) => (/an$/.test(name) ? `${name}s` : name)).filter((name) => /ans$/.test(name)),
		),
	]
		.sort((a, b) => b.length - a.length)
		.map(escapeRegExp);
	const nationalsPattern = new RegExp(
		String.raw`(?<![\p{L}-])(?:${[...nationals, NATIONAL_SHAPE].join('|')})(?![\p{L}])`,
		'u',
	);
	return {
		demonyms,
		countries: new Set([...demonyms.values(), ...countryOf.values()]),
		countryOf,
		demonymPattern,
		nationalsPattern,
	};
}

/** Every country reference in `text`, in order; `mentions` are the entity mentions of this sentence. */
export function findCountryRefs(
	text: string,
	mentions: readonly EntityMention[],
	lexicon: CountryLexicon,
): CountryRef[] {
	const refs: CountryRef[] = [];
	const push = (start: number, end: number, country: string, via: CountryRef['via']) => {
		if (refs.some((ref) => start < ref.end && end > ref.start)) return;
		refs.push({
			start,
			end,
			country,
			via,
			// "Russia's", and "the Kiev regime's", "Moscow's forces'": a body standing for the country owns what follows.
			possessive: POSSESSIVE_AFTER.test(text.slice(end)),
			locative: LOCATIVE_BEFORE.test(text.slice(Math.max(0, start - 40), start)),
		});
	};
	for (const mention of mentions) {
		const end = mention.start + mention.surface.length;
		if (lexicon.countries.has(mention.key)) push(mention.start, end, mention.key, 'country');
		else if (lexicon.countryOf.has(mention.key)) push(mention.start, end, lexicon.countryOf.get(mention.key)!, 'place');
		else if (mention.country) push(mention.start, end, mention.country, 'place');
	}
	for (const match of lexicon.demonymPattern ? text.matchAll(lexicon.demonymPattern) : []) {
		const word = match[0];
		const country = lexicon.demonyms.get(word) ?? lexicon.demonyms.get(word.replace(/s$/, ''));
		if (country) push(match.index!, match.index! + word.length, country, 'demonym');
	}
	return refs.sort((a, b) => a.start - b.start);
}
