/** Decides whose figure it is (an entity id): who launched, whose losses, who holds, who receives. */
import type { FigureSubjectRole } from '../../../src/schemas/index.ts';
import type { EntityMention } from '../model.ts';
import { type CountryRef, STANDS_FOR_COUNTRY } from './country-refs.ts';
import type { MetricMatch } from './match-metric.ts';
import type { NumberSite } from './number-site.ts';

/** What the subject finder may look at beyond the number itself. */
export interface SubjectScene {
	text: string;
	refs: readonly CountryRef[];
	/** Entity mentions of the sentence (for places). */
	mentions: readonly EntityMention[];
	/** Country references of the earlier sentences of the same paragraph, nearest sentence first. */
	paragraphBefore: readonly { text: string; refs: readonly CountryRef[] }[];
	/** Who launched the latest figure of each launch metric in the article so far. */
	launchers: ReadonlyMap<string, string>;
	/** Who launched the latest launch figure of any kind. */
	lastLauncher: string | null;
}

const LOSS_AFTER = new RegExp(
	String.raw`^${STANDS_FOR_COUNTRY}(?:['’]s?)?\s+(?:[\p{L}-]+\s+){0,4}?(?:lost|los(?:es|ing)|losses|suffered|sustained)\b`,
	'u',
);
// "into Russian territory", "on Ukrainian soil": where the fighting happens.
const THEATRE_AFTER = /^\s+(?:territory|soil|regions?|border regions?|cities|towns|villages|airspace|oblasts?|land)\b/i;
// "Bryansk Governor …", "Kharkiv Mayor …", "the Belgorod regional administration": an office of the place itself.
const LOCAL_OFFICE_AFTER =
	/^(?:['’]s)?\s+(?:regional\s+|city\s+|military\s+)*(?:governor|mayor|administration|authorities|council)\b/i;
const BY_BEFORE = /\bby\s+(?:the\s+)?(?:[\p{L}-]+\s+)?$/u;
const TARGET_BEFORE = /\b(?:attacked|struck|targeted|hit|shelled|bombed|pounded)\s+$/i;
// "missiles launched from Russia's Kursk region", "from the directions of Bryansk": where an attack came from.
const LAUNCHED_FROM_BEFORE = /\b(?:(?:launched|fired)\s+from|from\s+the\s+directions?\s+of)\s+(?:the\s+)?$/i;

/** The country an attack was launched from, as the sentence says ("launched from Russia's Kursk region"), or null. */
function launchedFrom(scene: SubjectScene): string | null {
	const ref = scene.refs.find((candidate) =>
		LAUNCHED_FROM_BEFORE.test(scene.text.slice(Math.max(0, candidate.start - 40), candidate.start)),
	);
	return ref?.country ?? null;
}
const CAPTIVITY_AFTER = /^(?:['’]s)?\s+(?:captivity|custody|prisons?|jails?|detention|penal colonies)\b/i;
const RECIPIENT_BEFORE = /\b(?:for|to)\s+(?:the\s+)?$/i;

/** The span of the words the number counts: its own phrase, else its parent's. */
function phraseSpan(site: NumberSite): { start: number; end: number } {
	if (site.phrase.text === '' && site.parent) return phraseSpan(site.parent);
	return site.phrase;
}

/** A country named inside the counted phrase: "2,310 Russian officers", "41 Ukrainian drones". */
function inPhrase(site: NumberSite, refs: readonly CountryRef[]): string | null {
	const span = phraseSpan(site);
	return refs.find((ref) => ref.start >= span.start && ref.end <= span.end)?.country ?? null;
}

/**
 * The actor of an active verb: the nearest non-locative reference before the cue ("Russia launched"), else "by Russia"
 * after the number, else a reference before the number with the rule's verb between them ("Russia launched 400 drones
 * and 51 missiles in an assault": the missiles' nearest cue is "assault", but Russia launched them).
 */
function agent(site: NumberSite, match: MetricMatch, scene: SubjectScene): string | null {
	const { clause } = site;
	// "the enemy attacked Ukraine with…": the country an attack verb takes as its object is the target, not an actor.
	const actors = scene.refs.filter(
		(ref) =>
			ref.start >= clause.start &&
			!ref.locative &&
			!TARGET_BEFORE.test(scene.text.slice(Math.max(0, ref.start - 20), ref.start)),
	);
	if (match.cue?.side === 'left') {
		const before = actors.filter((ref) => ref.end <= match.cue!.start);
		if (before.length) return before.at(-1)!.country;
	}
	const by = scene.refs.find(
		(ref) =>
			ref.start >= site.number.end &&
			ref.end <= clause.end &&
			BY_BEFORE.test(scene.text.slice(Math.max(0, ref.start - 30), ref.start)),
	);
	if (by) return by.country;
	const cue = match.rule.cue;
	if (!cue) return null;
	const verbFirst = actors.filter(
		(ref) => ref.end <= site.qualifier.start && cue.test(scene.text.slice(ref.end, site.qualifier.start)),
	);
	return verbFirst.at(-1)?.country ?? null;
}

/** The side that lost people: "Russian forces lost…", "Russia's losses". */
function loser(site: NumberSite, scene: SubjectScene): string | null {
	const before = scene.refs.filter((ref) => ref.end <= site.qualifier.start && !ref.locative);
	for (const ref of before.reverse()) {
		if (LOSS_AFTER.test(scene.text.slice(ref.end, site.qualifier.start))) return ref.country;
	}
	return null;
}

/**
 * The country where it happened: "in Russia's Belgorod region", "into Russian territory", "in Kharkiv" (a known place),
 * or the place whose official reports it ("Bryansk Governor Alexander Bogomaz said one civilian was injured").
 */
function whereIn(text: string, refs: readonly CountryRef[], near: number): string | null {
	const places = refs.filter(
		(ref) =>
			(ref.locative && ref.via !== 'demonym') ||
			(ref.via === 'demonym' && THEATRE_AFTER.test(text.slice(ref.end))) ||
			(ref.via === 'place' && LOCAL_OFFICE_AFTER.test(text.slice(ref.end))),
	);
	if (!places.length) return null;
	return places.reduce((best, ref) => (Math.abs(ref.start - near) < Math.abs(best.start - near) ? ref : best)).country;
}

/**
 * Whose people were killed or hurt: named with the noun or the side that lost them (a victim), else where it happened
 * or where the paragraph says the fighting is (a place: "killed two civilians in Syzran" says where, not whose).
 */
function victim(site: NumberSite, scene: SubjectScene): SubjectReading | null {
	const whose = inPhrase(site, scene.refs) ?? loser(site, scene);
	if (whose) return { id: whose, role: 'victim' };
	const where = whereIn(scene.text, scene.refs, site.number.start);
	if (where) return { id: where, role: 'place' };
	for (const earlier of scene.paragraphBefore) {
		const theatre = whereIn(earlier.text, earlier.refs, earlier.text.length);
		if (theatre) return { id: theatre, role: 'place' };
	}
	return null;
}

/** A figure's subject and what it is for the figure. */
export interface SubjectReading {
	id: string;
	role: FigureSubjectRole;
}

/** Who holds prisoners, when the sentence says so: "in Russian captivity", "held by Russia". */
function captor(scene: SubjectScene): string | null {
	for (const ref of scene.refs) {
		if (CAPTIVITY_AFTER.test(scene.text.slice(ref.end)) && /\b(?:in|into)\s+$/i.test(scene.text.slice(0, ref.start)))
			return ref.country;
		if (
			/\b(?:held|detained|imprisoned|jailed)\s+(?:by|in)\s+$/i.test(
				scene.text.slice(Math.max(0, ref.start - 20), ref.start),
			)
		)
			return ref.country;
	}
	return null;
}

/** The places listed together with `place` ("Kyiv, Kharkiv and Odesa"), in order; just `place` when it stands alone. */
function listAround(place: EntityMention, places: readonly EntityMention[], text: string): EntityMention[] {
	const sorted = [...places].sort((a, b) => a.start - b.start);
	const joined = (a: EntityMention, b: EntityMention) =>
		/^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$/.test(text.slice(a.start + a.surface.length, b.start));
	let first = sorted.indexOf(place);
	let last = first;
	while (first > 0 && joined(sorted[first - 1]!, sorted[first]!)) first--;
	while (last < sorted.length - 1 && joined(sorted[last]!, sorted[last + 1]!)) last++;
	return sorted.slice(first, last + 1);
}

/** "Households in Kyiv, Kharkiv and Odesa": several listed places stand for the one country they all lie in. */
function sharedCountry(list: readonly EntityMention[], refs: readonly CountryRef[]): string | null {
	if (list.length < 2) return null;
	const countries = new Set(list.map((mention) => refs.find((ref) => ref.start === mention.start)?.country ?? null));
	return countries.size === 1 && !countries.has(null) ? [...countries][0]! : null;
}

/** Resolves the subject of a figure by the role its rule gives it, with what it is for the figure. */
export function findSubject(site: NumberSite, match: MetricMatch, scene: SubjectScene): SubjectReading | null {
	if (match.rule.subject === 'victim') return victim(site, scene);
	const id = subjectId(site, match, scene);
	return id === null ? null : { id, role: roleOf(match) };
}

/** What a subject found by the rule's finder is: who acted, whose, where or for whom. */
function roleOf(match: MetricMatch): FigureSubjectRole {
	switch (match.rule.subject) {
		case 'agent':
			return match.rule.family === 'strikes' ? 'attacker' : 'captor';
		case 'attacker':
		case 'launcher':
			return 'attacker';
		case 'victim':
			return 'victim';
		case 'nationality':
		case 'holder':
		case 'recipient':
		case 'place':
		case 'possessor':
			return match.rule.subject;
		case 'none':
			return 'place';
	}
}

/** The subject's entity id, found as the rule's role says. */
function subjectId(site: NumberSite, match: MetricMatch, scene: SubjectScene): string | null {
	const { refs, text } = scene;
	switch (match.rule.subject) {
		case 'agent':
			// "50 Ukrainian drones attacked…": with no actor named, the drones' own demonym says whose they are, else where
			// they were launched from ("the enemy attacked with 131 drones from the directions of Bryansk").
			return agent(site, match, scene) ?? inPhrase(site, refs) ?? launchedFrom(scene);
		case 'attacker':
			return agent(site, match, scene) ?? scene.lastLauncher;
		case 'launcher': {
			const launchedAs = match.rule.launchedAs;
			// "118 drones launched by Ukraine", not "118 drones were shot down by Russian air defences" (the interceptor).
			const cue = match.cue;
			const by = refs.find(
				(ref) =>
					ref.start >= site.number.end &&
					BY_BEFORE.test(text.slice(Math.max(0, ref.start - 30), ref.start)) &&
					!(cue && cue.side === 'right' && cue.start < ref.start),
			);
			return inPhrase(site, refs) ?? by?.country ?? (launchedAs ? scene.launchers.get(launchedAs) : undefined) ?? null;
		}
		case 'victim':
			return victim(site, scene)?.id ?? null;
		case 'nationality':
			return inPhrase(site, refs);
		case 'holder':
			return captor(scene) ?? refs.find((ref) => ref.end <= site.qualifier.start && !ref.locative)?.country ?? null;
		case 'recipient': {
			const { clause } = site;
			const recipients = refs.filter(
				(ref) =>
					ref.start >= clause.start &&
					ref.end <= clause.end &&
					RECIPIENT_BEFORE.test(text.slice(Math.max(0, ref.start - 12), ref.start)),
			);
			const after = recipients.find((ref) => ref.start >= site.number.end);
			return (after ?? recipients.at(-1))?.country ?? null;
		}
		case 'place': {
			const places = scene.mentions.filter((mention) => mention.type === 'place');
			if (!places.length) return null;
			const nearest = places.reduce((best, mention) =>
				Math.abs(mention.start - site.number.start) < Math.abs(best.start - site.number.start) ? mention : best,
			);
			return sharedCountry(listAround(nearest, places, text), refs) ?? nearest.key;
		}
		case 'possessor': {
			const before = refs.filter((ref) => ref.end <= site.qualifier.start && (ref.possessive || ref.via === 'demonym'));
			return before.at(-1)?.country ?? null;
		}
		case 'none':
			return null;
	}
}
