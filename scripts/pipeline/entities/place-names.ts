/**
 * Rules on place names the gazetteer alone gets wrong:
 * - `entities:place-in-longer-name`: a known place that opens a longer name is part of it, not a mention of the place
 *   ("Kyiv School of Economics", "Ukraine Defense Contact Group", "Moscow Region", "Kyiv Post"); a possessive keeps
 *   the place ("Ukraine's Coordination Headquarters").
 * - `entities:city-of-region`: a region the gazetteer also calls by its city's name ("Zaporizhzhia") is the city when
 *   the text says so ("the city of Zaporizhzhia", "Kharkiv Mayor", "Zaporizhzhia's mayor"); the city lies in the
 *   region's country.
 * - `entities:listed-with-place`: a name listed with a place ("Oryol, Bryansk and Millerovo") is a place.
 * - `entities:dateline-capitals`: a place written in capitals in a dateline ("PORT SUDAN, Sudan (AP) —") is named in
 *   title case ("Port Sudan").
 */
import type { EntityType } from '../../../src/schemas/index.ts';
import type { AnnotatedSentence } from '../annotate/index.ts';
import type { GazetteerHit } from './gazetteer-hits.ts';
import type { GazetteerIndex } from './gazetteer-index.ts';
import { NAME_PARTICLES, ORGANIZATION_HEADS, PLACE_HEADS } from './word-lists.ts';

// Capitalised words (and particles between them) right after a name: "School of Economics", "Defense Contact Group".
const CONTINUATION =
	/^[ \u00a0]((?:\p{Lu}[\p{L}\p{M}'’-]*|of|the|for|and|de|on)(?:[ \u00a0](?:\p{Lu}[\p{L}\p{M}'’-]*|of|the|for|and|de|on))*)/u;

/** True when capitalised `words` end a name in an organisation's or a place's head ("Group", "Region", "Post"). */
function endsInHead(words: readonly string[]): boolean {
	const capitalised = words.filter((word) => !NAME_PARTICLES.has(word) && word !== 'and');
	if (!capitalised.length) return false;
	const last = capitalised.at(-1)!;
	if (ORGANIZATION_HEADS.has(last) || PLACE_HEADS.has(last)) return true;
	// "School of Economics": a head followed by a particle and more of the name.
	return words.some((word, index) => ORGANIZATION_HEADS.has(word) && NAME_PARTICLES.has(words[index + 1] ?? ''));
}

/** The hits of a sentence without the places that open a longer name. */
export function absorbedPlaceHits(text: string, hits: GazetteerHit[], index: GazetteerIndex): GazetteerHit[] {
	return hits.filter((hit) => {
		if (index.entries.get(hit.id)?.type !== 'place' || /^['’]s?\b/u.test(text.slice(hit.end))) return true;
		const continuation = CONTINUATION.exec(text.slice(hit.end));
		if (!continuation) return true;
		// Stop the continuation at the next known name: "Kyiv Mayor Vitali Klitschko" is not one name.
		const words = continuation[1]!.split(/[ \u00a0]/u);
		const next = hits.find((other) => other.start > hit.end && other.start < hit.end + 1 + continuation[1]!.length);
		const own = next
			? text
					.slice(hit.end + 1, next.start)
					.trim()
					.split(/[ \u00a0]/u)
					.filter(Boolean)
			: words;
		return !(own.length && endsInHead(own));
	});
}

const CITY_BEFORE = /\b(?:city|town|centre|center|downtown|central)\s+of\s+$|\b(?:downtown|central)\s+$/iu;
const CITY_AFTER = /^(?:\s+(?:city|City)\b|\s+(?:Mayor|mayor|City Council|city council)\b|['’]s\s+(?:mayor|city)\b)/u;
const REGION_WORD = /\b(?:region|oblast|province|krai|governorate)\b/iu;

/** The city a region's bare name stands for in this sentence, with the region's country, or null. */
export function cityOfRegion(
	text: string,
	hit: GazetteerHit,
	index: GazetteerIndex,
): { country?: string; rule: string } | null {
	const entry = index.entries.get(hit.id);
	if (entry?.type !== 'place' || !REGION_WORD.test(entry.name) || REGION_WORD.test(hit.surface)) return null;
	const city =
		CITY_BEFORE.test(text.slice(Math.max(0, hit.start - 30), hit.start)) || CITY_AFTER.test(text.slice(hit.end));
	if (!city) return null;
	return { rule: 'entities:city-of-region', ...(entry.country ? { country: entry.country } : {}) };
}

/** A name the rules could not type, where it stands. */
export interface UntypedName {
	sentenceIndex: number;
	start: number;
	surface: string;
}

const LIST_JOIN = /^(?:,\s+|,?\s+and\s+|,?\s+or\s+)$/u;

/** The untyped names listed next to a place of the same sentence, directly or through other such names. */
export function listedWithPlace(
	untyped: readonly UntypedName[],
	found: readonly { sentenceIndex: number; start: number; surface: string; type: EntityType }[],
	sentences: readonly AnnotatedSentence[],
): UntypedName[] {
	const places = found.filter((mention) => mention.type === 'place');
	const listed: UntypedName[] = [];
	let grew = true;
	while (grew) {
		grew = false;
		for (const name of untyped) {
			if (listed.includes(name)) continue;
			const text = sentences[name.sentenceIndex]!.text;
			const neighbours = [...places, ...listed].filter((place) => place.sentenceIndex === name.sentenceIndex);
			const joined = neighbours.some((place) => {
				const [first, second] = place.start < name.start ? [place, name] : [name, place];
				return LIST_JOIN.test(text.slice(first.start + first.surface.length, second.start));
			});
			if (joined) {
				listed.push(name);
				grew = true;
			}
		}
	}
	return listed;
}

/** A place's name as written in a dateline's capitals ("PORT SUDAN"), in title case ("Port Sudan"); others as given. */
export function titleCaseDateline(name: string, type: EntityType): string {
	if (type !== 'place' || !/^[\p{Lu}\s.'’-]+$/u.test(name) || name.replace(/[^\p{L}]/gu, '').length < 4) return name;
	return name
		.toLowerCase()
		.replace(/(^|[\s'’-])(\p{L})/gu, (_all, lead: string, letter: string) => lead + letter.toUpperCase());
}
