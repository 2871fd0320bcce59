/**
 * The other sides of a figure, beside its subject: who intercepted ("Ukrainian air defenses intercepted 412 drones"),
 * whose attack caused a loss ("a Ukrainian drone strike killed two"), and where it happened ("in Syzran").
 * Each is read from the figure's sentence, or from an earlier sentence of its paragraph that says where the strikes
 * went or who launched them; when the text does not say, it is null, never guessed from the other side.
 */
import type { EntityMention } from '../model.ts';
import { AREA_ADJECTIVES, type CountryRef } from './country-refs.ts';
import type { MetricMatch } from './match-metric.ts';
import type { NumberSite } from './number-site.ts';

/** What the side finders read: the sentence, its references and the paragraph before it. */
export interface SideScene {
	text: string;
	refs: readonly CountryRef[];
	mentions: readonly EntityMention[];
	/** Earlier sentences of the same paragraph, nearest first. */
	paragraphBefore: readonly { text: string; refs: readonly CountryRef[]; mentions: readonly EntityMention[] }[];
}

// Who fights back: "Ukrainian air defenses", "Russia's air defence", "the Ukrainian air force", "Russian forces".
const DEFENDERS = [
	'air[- ]defen[cs]es?',
	'air[- ]defen[cs]e (?:units?|systems?|forces)',
	'air force',
	'forces',
	'military',
	'troops',
	'army',
	'navy',
	'fighter jets',
	'jets',
	'electronic warfare',
];
const DEFENDER_AFTER = new RegExp(
	String.raw`^(?:['’]s)?\s+(?:(?:mobile|ground-based)\s+)?(?:${DEFENDERS.join('|')})\b`,
	'i',
);
// "by" and up to two words before the name: "by Ukrainian air defences", "by the Russian military".
const BY_BEFORE = /\bby\s+(?:the\s+)?(?:[\p{L}-]+\s+)?$/u;
// A weapon or a force that does harm, right after the country that owns it: "Ukrainian drones", "a Russian missile strike".
const HARMS = [
	'drones?',
	'missiles?',
	'strikes?',
	'attacks?',
	'shelling',
	'bombs?',
	'bombing',
	'artillery',
	'air ?raids?',
	'forces',
	'troops',
	'army',
	'military',
	'barrage',
	'assault',
	'offensive',
	'glide bombs?',
	'rockets?',
];
const HARM_AFTER = new RegExp(String.raw`^(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,2}?(?:${HARMS.join('|')})\b`, 'iu');
// An actor of a strike: "Ukraine has launched drone strikes", "Russia struck", "Russian forces shelled".
const STRIKE_VERBS = [
	'launched',
	'fired',
	'struck',
	'attacked',
	'shelled',
	'bombed',
	'hit',
	'targeted',
	'pounded',
	'unleashed',
	'sent',
];
const FORCE_AUXILIARY = String.raw`(?:\s+(?:forces|troops|army|military))?\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|again\s+)?`;
const STRIKE_VERB_AFTER = new RegExp(String.raw`^(?:['’]s)?${FORCE_AUXILIARY}(?:${STRIKE_VERBS.join('|')})\b`, 'i');
// A place preposition right before a place name, with only place words between: "in eastern Ukraine", "over the border
// region of Belgorod", "in the Donetsk" (not "in budget support to Ukraine").
const PLACE_PREPOSITIONS = [
	'[Ii]n',
	'[Oo]ver',
	'[Aa]bove',
	'[Nn]ear',
	'[Aa]t',
	'[Aa]cross',
	'[Oo]utside',
	'[Ii]nto',
	'[Ii]nside',
];
const PLACE_WORDS = [
	String.raw`\p{Lu}[\p{L}'’-]*`,
	...AREA_ADJECTIVES,
	'border',
	'frontline',
	'front-line',
	'city',
	'town',
	'village',
	'region',
	'province',
	'oblast',
	'district',
	'port',
	'capital',
];
const AT_PLACE = new RegExp(
	String.raw`\b(?:${PLACE_PREPOSITIONS.join('|')})\s+(?:the\s+)?(?:(?:${PLACE_WORDS.join('|')})\s+){0,3}(?:of\s+)?$`,
	'u',
);
// The place a strike verb takes as its object: "shelled Kherson", "a strike on Odesa", "hit the city of Sumy".
const STRUCK = [
	'shelled',
	'struck',
	'hit',
	'attacked',
	'bombed',
	'pounded',
	'targeted',
	'shelling',
	'(?:strikes?|attacks?|assault|raid) on',
];
const PLACE_OF = String.raw`(?:(?:city|town|village|port|region|centre|center|outskirts|suburbs)\s+of\s+)?`;
const STRUCK_PLACE = new RegExp(String.raw`\b(?:${STRUCK.join('|')})\s+(?:the\s+)?${PLACE_OF}$`, 'i');
// What a launch was aimed at: "launched 400 drones at Ukraine", "a barrage against Ukraine".
const TARGET_BEFORE = /\b(?:at|against|on|into|toward|towards)\s+(?:the\s+)?$/i;

/** The text from the last comma, "that" or clause break before `at`, where the subject of its verb stands. */
function segmentStart(text: string, from: number, at: number): number {
	const before = text.slice(from, at);
	const breaks = [...before.matchAll(/,|\bthat\b|\bwhile\b|\bwhen\b|\bas\b/g)];
	const last = breaks.at(-1);
	return last ? from + last.index! + last[0].length : from;
}

/**
 * Who intercepted: the defender named as the subject of the interception verb ("Ukrainian air defenses intercepted"),
 * "shot down by Russian air defences", else the country of the place the drones were downed over ("over the border
 * region of Belgorod"); null when the text does not say.
 */
export function interceptor(site: NumberSite, match: MetricMatch, scene: SideScene): string | null {
	const { text, refs } = scene;
	const { clause } = site;
	const cue = match.cue;
	if (cue && cue.side === 'left') {
		const from = segmentStart(text, clause.start, cue.start);
		const actor = refs
			.filter((ref) => ref.start >= from && ref.end <= cue.start && !ref.locative)
			.filter((ref) => ref.via !== 'demonym' || DEFENDER_AFTER.test(text.slice(ref.end)))
			.at(-1);
		if (actor) return actor.country;
	}
	const byDefender = refs.find(
		(ref) =>
			ref.start >= site.number.end &&
			ref.end <= clause.end &&
			BY_BEFORE.test(text.slice(Math.max(0, ref.start - 30), ref.start)) &&
			(cue === null || cue.start < ref.start),
	);
	if (byDefender && (byDefender.via !== 'demonym' || DEFENDER_AFTER.test(text.slice(byDefender.end))))
		return byDefender.country;
	const over = refs.find(
		(ref) =>
			ref.start >= clause.start &&
			ref.end <= clause.end &&
			ref.via !== 'demonym' &&
			/\b(?:over|above)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:of\s+)?$/iu.test(
				text.slice(Math.max(0, ref.start - 40), ref.start),
			),
	);
	return over?.country ?? null;
}

/** A country named as doing harm in a text: "by Ukrainian drones", "a Russian missile strike", "Ukraine has launched". */
function harmIn(text: string, refs: readonly CountryRef[], from = 0, to = text.length): string | null {
	for (const ref of refs) {
		if (ref.start < from || ref.end > to) continue;
		const after = text.slice(ref.end);
		if (ref.via === 'demonym' && HARM_AFTER.test(after)) return ref.country;
		if (!ref.locative && STRIKE_VERB_AFTER.test(after)) return ref.country;
	}
	return null;
}

/**
 * Whose attack caused a loss: named in the number's clause ("killed by Russian shelling", "a Ukrainian drone strike
 * killed two"), else the attacker an earlier sentence of the paragraph names ("Ukraine has launched drone strikes into
 * Russian territory. … an attack … killed two civilians in Syzran"); never the victims' own side.
 */
export function inflicter(site: NumberSite, scene: SideScene, victim: string | null): string | null {
	const { clause } = site;
	const named = harmIn(scene.text, scene.refs, clause.start, clause.end);
	if (named && named !== victim) return named;
	for (const earlier of scene.paragraphBefore) {
		const found = harmIn(earlier.text, earlier.refs);
		if (found && found !== victim) return found;
		if (found) return null;
	}
	return null;
}

/** The place mention nearest to a position among those introduced as a place ("in Syzran", "over Belgorod"). */
function namedPlace(
	text: string,
	mentions: readonly EntityMention[],
	from: number,
	to: number,
	near: number,
): string | null {
	const places = mentions.filter(
		(mention) =>
			mention.type === 'place' &&
			mention.start >= from &&
			mention.start + mention.surface.length <= to &&
			AT_PLACE.test(text.slice(Math.max(0, mention.start - 40), mention.start)),
	);
	if (!places.length) return null;
	return places.reduce((best, mention) =>
		Math.abs(mention.start - near) < Math.abs(best.start - near) ? mention : best,
	).key;
}

// "In Ternopil, …": a place phrase that opens the clause sets where its figures happened.
const OPENING_PLACE = /^\s*(?:[Ii]n|[Oo]ver|[Nn]ear|[Aa]cross)\s+[^,]{1,60},/;
// What follows a whole names its parts: "118 drones …, including 52 over Belgorod" puts only the 52 over Belgorod.
const PARTS_FOLLOW = /,?\s+(?:including|among them|of which|of them|with)\b/i;

/**
 * Where it happened: a place the number's clause names ("killed two civilians in Syzran", "52 over the border region of
 * Belgorod"; not a place of its parts after "including"), for a loss the place its clause says was struck, else a
 * launch's target ("launched 400 drones at Ukraine"), else `fallback` (the intercepting side, or the place the subject
 * names); null when the text does not say.
 */
export function placeOf(
	site: NumberSite,
	scene: SideScene,
	fallback: string | null,
	options: { struck?: boolean } = {},
): string | null {
	const { text, refs, mentions } = scene;
	const { clause } = site;
	// The number's own stretch between commas ("… killed two civilians in Syzran, according to …"), else a place that
	// opens its clause ("In Ternopil, at least nine people were killed").
	const before = text.slice(clause.start, site.qualifier.start);
	const start = clause.start + (before.lastIndexOf(',') + 1);
	const after = text.slice(site.number.end, clause.end);
	const parts = PARTS_FOLLOW.exec(after);
	// "…, targeting power plants in western Ukraine": a participle after the comma still says where the number went.
	const comma = after.search(/,(?!\s*(?:targeting|aimed at|striking|hitting|mostly|mainly|largely)\b)/);
	const cut = Math.min(parts ? parts.index : after.length, comma < 0 ? after.length : comma);
	const end = site.number.end + cut;
	const opening = OPENING_PLACE.exec(text.slice(clause.start, site.qualifier.start));
	// For a loss: the place its clause says was struck ("Russian forces shelled Kherson, killing three").
	const struck = mentions.find(
		(mention) =>
			options.struck === true &&
			mention.type === 'place' &&
			mention.start >= clause.start &&
			mention.start + mention.surface.length <= clause.end &&
			!/\b(?:while|whereas|but)\b/.test(
				text.slice(Math.min(mention.start, site.number.end), Math.max(mention.start, site.qualifier.start)),
			) &&
			STRUCK_PLACE.test(text.slice(Math.max(0, mention.start - 30), mention.start)),
	);
	const named =
		namedPlace(text, mentions, start, end, site.number.start) ??
		(opening ? namedPlace(text, mentions, clause.start, clause.start + opening[0].length, clause.start) : null) ??
		struck?.key ??
		null;
	if (named) return named;
	const target = refs.find(
		(ref) =>
			ref.start >= site.number.end &&
			ref.end <= end &&
			ref.via !== 'demonym' &&
			TARGET_BEFORE.test(text.slice(Math.max(0, ref.start - 12), ref.start)),
	);
	return target?.country ?? fallback;
}
