/** Names the part of a larger figure that a number counts ("including 52 over the border region of Belgorod"). */
import type { NumberSite } from './number-site.ts';

const PLACE_AFTER = /^\s*(?:over|in|above|across|on|near|at|from|inside)\s+([^,;:.()—–]+)/i;
const TRAILING_TIME =
	/\s+(?:overnight|on|during|last|this|early|late|yesterday|today|alone|since|after|before|by)\b.*$/i;
const REGION_OF = /^(?:\S+\s+)*?(region|oblast|province|district|area|city|town|republic)\s+of\s+(.+)$/i;

/** Reads a place phrase after `from`: "over the border region of Belgorod" → "Belgorod region"; null when none. */
export function readPlace(sentence: string, from: number): string | null {
	const match = PLACE_AFTER.exec(sentence.slice(from));
	if (!match) return null;
	let place = match[1]!
		.replace(TRAILING_TIME, '')
		.trim()
		.replace(/^the\s+/i, '');
	const regionOf = REGION_OF.exec(place);
	if (regionOf) place = `${regionOf[2]!.trim()} ${regionOf[1]!.toLowerCase()}`;
	return place || null;
}

/** The scope of a part: the place it names, else its own counted words ("Shahed drones"), else null. */
export function readScope(sentence: string, site: NumberSite): string | null {
	return readPlace(sentence, site.phrase.text ? site.phrase.end : site.number.end) ?? (site.phrase.text || null);
}
