/**
 * Carries a named source forward to later figures that continue its report.
 *
 * The rule: a sentence that names a source ("Mediazona reports that Russian military casualties have surged") lends
 * that source to later figures with no attribution of their own
 * - in the same paragraph, whatever they count; and
 * - in later paragraphs of the same section (up to the next heading), when they count what the source's sentence
 *   spoke of: casualties, strikes, territory, prisoners, money or power.
 * Articles without headings carry within the paragraph only. A new attribution replaces the carried one; key points
 * and headings neither take nor give a source.
 */
import type { Family } from './metric-rule.ts';

/** A source named earlier in the article, with what its sentence spoke of. */
export interface CarriedSource {
	claimedBy: string;
	block: number;
	section: number;
	families: ReadonlySet<Family>;
}

/** Where a figure stands and what it counts. */
export interface FigurePlace {
	block: number;
	section: number;
	family: Family;
}

const FAMILY_WORDS: [Family, RegExp][] = [
	['casualties', /\b(?:casualt\w*|deaths?|dead|killed|kill\w*|fallen|losses|wounded|injur\w*|died|toll|fatalit\w*)\b/i],
	[
		'strikes',
		/\b(?:drones?|missiles?|strikes?|attacks?|air defen[cs]es?|intercept\w*|shot down|bombard\w*|targets?|barrage)\b/i,
	],
	['territory', /\b(?:captur\w*|villages?|territor\w*|advance\w*|square kilomet\w*|km2|km²|front ?lines?|seiz\w*)\b/i],
	['prisoners', /\b(?:prisoners?|pardon\w*|releas\w*|exchang\w*|swap\w*|captiv\w*|detain\w*|POWs?)\b/i],
	['money', /\b(?:aid|loans?|fund\w*|billion|million|program(?:me)?|package|assets)\b|[$€£]/i],
	['infrastructure', /\b(?:power|electricity|blackouts?|outages?|energy|heating)\b/i],
	['diplomacy', /\b(?:plan|proposal|draft|talks|negotiat\w*|deal)\b/i],
];

/** What a sentence speaks of, by its words. */
export function familiesOf(text: string): Set<Family> {
	return new Set(FAMILY_WORDS.filter(([, pattern]) => pattern.test(text)).map(([family]) => family));
}

/** The carried source that applies to a figure at `place`, or null. */
export function carriedClaimant(carried: CarriedSource | null, place: FigurePlace, sectioned: boolean): string | null {
	if (!carried) return null;
	if (carried.block === place.block) return carried.claimedBy;
	if (sectioned && carried.section === place.section && carried.families.has(place.family)) return carried.claimedBy;
	return null;
}
