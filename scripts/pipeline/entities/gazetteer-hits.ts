/** Finds the gazetteer's names and aliases in a sentence. */
import type { GazetteerIndex } from './gazetteer-index.ts';
import { normaliseText } from './gazetteer-index.ts';

/** One gazetteer spelling found in a sentence. */
export interface GazetteerHit {
	id: string;
	/** The words as written ("Zelenskiy", without a possessive ’s). */
	surface: string;
	start: number;
	end: number;
	/** A bare surname of a person ("Trump"): a longer name may still claim it ("Melania Trump"). */
	soft: boolean;
}

// A place alias right after these words is part of a longer name ("South America", "New Mexico").
const COMPOUND_PLACE = /(?:^|[^\p{L}])(?:North|South|Latin|Central|New)[\s\u00a0]+$/u;
const WORD_PIECE = /[\p{L}\p{N}]+/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Every gazetteer spelling in `text`, left to right, longest first, never overlapping. */
export function findGazetteerHits(text: string, index: GazetteerIndex): GazetteerHit[] {
	const normal = normaliseText(text);
	const hits: GazetteerHit[] = [];
	let from = 0;
	for (const piece of normal.matchAll(WORD_PIECE)) {
		const start = piece.index;
		if (start < from) continue;
		const candidates = index.byFirstWord.get(piece[0]);
		if (!candidates) continue;
		const match = candidates.find(
			({ spelling }) => normal.startsWith(spelling, start) && !WORD_CHAR.test(normal.charAt(start + spelling.length)),
		);
		if (!match) continue;
		const entry = index.entries.get(match.id)!;
		if (entry.type === 'place' && COMPOUND_PLACE.test(text.slice(Math.max(0, start - 12), start))) continue;
		const surface = text.slice(start, start + match.spelling.length);
		hits.push({
			id: match.id,
			surface,
			start,
			end: start + surface.length,
			soft: entry.type === 'person' && !/\s/.test(surface),
		});
		from = start + surface.length;
	}
	return hits;
}
