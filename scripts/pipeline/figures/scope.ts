/** Names the part of a larger figure that a number counts ("including 52 over the border region of Belgorod"). */
import type { NumberSite } from './number-site.ts';

const PLACE_AFTER = /^\s*(?:over|in|above|across|on|near|at|from|inside)\s+([^,;:.()—–]+)/i;
const TRAILING_TIME =
	/\s+(?:overnight|on|during|last|this|early|late|yesterday|today|alone|since|after|before|by)\b.*$/i;
// "over the Moscow Region and four over the Republic of Crimea": the next item of a list by place ends the place.
const NEXT_ITEM = /,?\s+(?:and|or)\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b).*$/i;
const REGION_OF = /^(?:\S+\s+)*?(region|oblast|province|district|area|city|town|republic)\s+of\s+(.+)$/;

/** Reads a place phrase after `from`: "over the border region of Belgorod" → "Belgorod region"; null when none. */
export function readPlace(sentence: string, from: number): string | null {
	const match = PLACE_AFTER.exec(sentence.slice(from));
	if (!match) return null;
	let place = match[1]!
		.replace(NEXT_ITEM, '')
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

const PLACE_LEAD = /\b(?:over|in|above|across|near|inside|on)\s+(?:the\s+)?\p{Lu}/gu;

/** The place the first number of a list by place names, between its counted words and the list's next number. */
export function readListedPlace(sentence: string, from: number, to: number): string | null {
	const leads = [...sentence.slice(from, to).matchAll(PLACE_LEAD)];
	const last = leads.at(-1);
	return last ? readPlace(sentence, from + last.index!) : null;
}
