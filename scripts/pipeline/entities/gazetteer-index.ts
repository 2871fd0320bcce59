/** Compiles the curated gazetteer into the lookups the entity finder needs. */
import type { Coordinates, EntityType, GazetteerEntry, Names, PlaceType } from '../../../src/schemas/index.ts';
import { slugify } from '../slugify.ts';
import { nameParts, surnameKey } from './person-names.ts';

/** A gazetteer entry with its id settled. */
export interface IndexedEntry {
	id: string;
	name: string;
	type: EntityType;
	aliases: string[];
	demonyms: string[];
	/** The country a place lies in, when the gazetteer says so. */
	country: string | null;
	description: string | null;
	/** Where a place is on the globe, and how large an area its name covers; null when the gazetteer has none. */
	coordinates: Coordinates | null;
	placeType: PlaceType | null;
}

/** The gazetteer, compiled for matching. */
export interface GazetteerIndex {
	/** Entries by id, in gazetteer order. */
	entries: Map<string, IndexedEntry>;
	/** First word of a spelling → the spellings (normalised, see `normaliseText`) that start with it, longest first. */
	byFirstWord: Map<string, { spelling: string; id: string }[]>;
	/** Folded spelling (see `foldAlias`) → entry id. */
	byAlias: Map<string, string>;
	/** Demonym as written ("Ukrainian", "Ukrainians") → entry id. */
	demonyms: Map<string, string>;
	/** Surname key → the full names of gazetteer people with that surname. */
	people: Map<string, { id: string; name: string }[]>;
	/** Matches a word ending in a family-name ending of `content/names.yaml` ("Lytvynenko"); null when none is listed. */
	surnameEnding: RegExp | null;
}

/** One pattern for every surname ending listed, longest first, anchored at the end of a word. */
export function surnameEndingPattern(names: Names | null): RegExp | null {
	const endings = [...new Set((names?.surnameEndings ?? []).flatMap((group) => group.endings))].sort(
		(a, b) => b.length - a.length || a.localeCompare(b),
	);
	return endings.length ? new RegExp(`(?:${endings.join('|')})$`) : null;
}

// Words that stay lower-case when an alias is also matched in title case.
const MINOR = new Set(['of', 'the', 'and', 'for', 'von', 'der', 'de', 'in', 'on']);

/** Text with one apostrophe, one hyphen and one space character; offsets stay the same. */
export function normaliseText(text: string): string {
	return text
		.replace(/’/g, "'")
		.replace(/[‐‑–]/g, '-')
		.replace(/\u00a0/g, ' ');
}

/** The form of a spelling used for lookups: one apostrophe, one hyphen, lower case. */
export function foldAlias(text: string): string {
	return normaliseText(text).replace(/\s+/g, ' ').toLowerCase();
}

/** The leading letters and digits of a text ("U" for "U.S.", "Ukraine" for "Ukraine's air force"). */
export function firstWord(text: string): string {
	return /^[\p{L}\p{N}]*/u.exec(text)![0];
}

/** "Russian defense ministry" → "Russian Defense Ministry". */
function titleCased(alias: string): string {
	return alias
		.split(' ')
		.map((word, index) => (index > 0 && MINOR.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)))
		.join(' ');
}

/**
 * Compiles the gazetteer into a matcher (longest alias first, case-sensitive for acronyms), with the name knowledge of
 * `content/names.yaml` when given.
 */
export function indexGazetteer(entries: GazetteerEntry[], names: Names | null = null): GazetteerIndex {
	const indexed = new Map<string, IndexedEntry>();
	const byAlias = new Map<string, string>();
	const demonyms = new Map<string, string>();
	const people = new Map<string, { id: string; name: string }[]>();
	const spellings = new Map<string, string>();

	for (const entry of entries) {
		const id = entry.id ?? slugify(entry.name);
		if (indexed.has(id)) continue;
		indexed.set(id, {
			id,
			name: entry.name,
			type: entry.type,
			aliases: entry.aliases ?? [],
			demonyms: entry.demonyms ?? [],
			country: entry.country ?? null,
			description: entry.description ?? null,
			coordinates: entry.coordinates ?? null,
			placeType: entry.placeType ?? null,
		});
		for (const alias of [entry.name, ...(entry.aliases ?? [])]) {
			for (const spelling of new Set([alias, titleCased(alias)])) {
				const normal = normaliseText(spelling).replace(/\s+/g, ' ');
				// The first entry to claim a spelling keeps it (the gazetteer test forbids clashes).
				if (spellings.has(normal)) continue;
				spellings.set(normal, id);
				if (!byAlias.has(foldAlias(spelling))) byAlias.set(foldAlias(spelling), id);
			}
			if (entry.type === 'person' && alias.includes(' ')) {
				const { surname } = nameParts(alias);
				const list = people.get(surnameKey(surname)) ?? [];
				list.push({ id, name: alias });
				people.set(surnameKey(surname), list);
			}
		}
		for (const demonym of entry.demonyms ?? []) {
			demonyms.set(demonym, id);
			if (/an$/.test(demonym)) demonyms.set(`${demonym}s`, id);
		}
	}

	const byFirstWord = new Map<string, { spelling: string; id: string }[]>();
	for (const [spelling, id] of spellings) {
		const key = firstWord(spelling);
		byFirstWord.set(key, [...(byFirstWord.get(key) ?? []), { spelling, id }]);
	}
	for (const list of byFirstWord.values())
		list.sort((a, b) => b.spelling.length - a.spelling.length || (a.spelling < b.spelling ? -1 : 1));
	return { entries: indexed, byFirstWord, byAlias, demonyms, people, surnameEnding: surnameEndingPattern(names) };
}

/** Place id → the id of the country it lies in (e.g. "kharkiv" → "ukraine"), for stages that need to tell whose. */
export function countryOfMap(index: GazetteerIndex): Map<string, string> {
	return new Map(
		[...index.entries.values()].filter((entry) => entry.country !== null).map((entry) => [entry.id, entry.country!]),
	);
}

/** Demonym → entity id (e.g. "Ukrainian" → "ukraine"), for stages that need to tell whose. */
export function demonymMap(index: GazetteerIndex): Map<string, string> {
	return new Map(index.demonyms);
}
