/** Decides which metric a number counts, from the noun it counts and the verb nearest to it. */

import type { MetricRule } from './metric-rule.ts';
import type { Span } from './non-figures.ts';
import type { NumberSite } from './number-site.ts';
import type { WeaponPatterns } from './weapon-names.ts';

/** The rule a number matched and the cue that decided it. */
export interface MetricMatch {
	rule: MetricRule;
	/** Characters between the number and its cue, with a penalty per comma crossed; 0 when the noun alone decided. */
	distance: number;
	/** The cue words and where they stand, or null when the noun alone decided. */
	cue: (Span & { side: 'left' | 'right' }) | null;
}

// A comma between a number and its verb weakens the link ("14 civilians, including three children, were killed");
// so does a conjunction, behind which the verb belongs to another number ("25 were killed and a dozen others wounded").
const COMMA_PENALTY = 25;
const CONJUNCTION_PENALTY = 20;
const ADJACENT = 12;
const RISE_VERBS = [
	'rose',
	'risen',
	'climbed',
	'increased',
	'grew',
	'jumped',
	'reached',
	'stood',
	'stands',
	'is',
	'was',
];
// "The death toll in Kyiv rose to 23": where the count applies may stand between the cue and its verb.
const PLACE_THEN_VERB = new RegExp(
	String.raw`^\s+(?:in|across)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}` +
		String.raw`(?:\s+(?:region|oblast|province|city))?\s+(?:has\s+|had\s+)?(?:${RISE_VERBS.join('|')})\s+(?:to|at)\s+$`,
	'u',
);

const globalCache = new Map<RegExp, RegExp>();
function globalOf(pattern: RegExp): RegExp {
	let global = globalCache.get(pattern);
	if (!global) {
		global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
		globalCache.set(pattern, global);
	}
	return global;
}

/** How far apart a number and a cue are, given the text between them. */
function gapCost(gap: string): number {
	const commas = (gap.match(/,/g) ?? []).length;
	const conjunctions = (gap.match(/\s(?:and|but|while|whereas)\s/g) ?? []).length;
	return gap.length + COMMA_PENALTY * commas + CONJUNCTION_PENALTY * conjunctions;
}

/** The nearest match of `cue` in the clause of `site`, measured from the number. */
function nearestCue(
	sentence: string,
	site: NumberSite,
	cue: RegExp,
): (MetricMatch['cue'] & { distance: number }) | null {
	const { clause } = site;
	let best: (MetricMatch['cue'] & { distance: number }) | null = null;
	for (const match of sentence.slice(clause.start, clause.end).matchAll(globalOf(cue))) {
		const start = clause.start + match.index!;
		const end = start + match[0].length;
		let distance: number;
		let side: 'left' | 'right';
		if (end <= site.qualifier.start) {
			distance = gapCost(sentence.slice(end, site.qualifier.start));
			side = 'left';
		} else if (start >= site.number.end) {
			distance = gapCost(sentence.slice(site.number.end, start));
			side = 'right';
		} else {
			continue;
		}
		if (!best || distance < best.distance) best = { start, end, side, distance };
	}
	return best;
}

// "Twenty-six of the dead were children": a part of the dead, named after the verb.
const AMONG_THE_DEAD =
	/^\s+of\s+the\s+(?:dead|killed|victims|fatalities|wounded|injured)\s+(?:were|was)\s+(?:all\s+)?([\p{L}-]+)/iu;

/** The noun a part of the dead or wounded is named by after its verb ("of the dead were children"), else "". */
function partNamedAfter(sentence: string, site: NumberSite): string {
	return AMONG_THE_DEAD.exec(sentence.slice(site.number.end))?.[1] ?? '';
}

/** The words a site counts: its own phrase, or its parent's when it borrows the noun ("including 52"). */
export function countedPhrase(site: NumberSite): string {
	if (site.phrase.text === '' && site.parent) return countedPhrase(site.parent);
	return site.phrase.text;
}

/** True when the rule's kind of number fits the number: money for money rules only, areas for area rules only. */
function numberFits(rule: MetricRule, site: NumberSite): boolean {
	const { currency, unit } = site.number;
	if (rule.number === 'money') return currency !== null;
	if (rule.number === 'km2') return unit === 'km2' || unit === 'mi2';
	return currency === null && unit === null;
}

/** What a counted phrase may name besides the rules' own nouns: people by nationality, weapons by name. */
export interface NounLexicon {
	/** People named by their nationality ("Ukrainians", "Palestinians"), for rules with `nationals`. */
	nationals: RegExp | null;
	/** Curated weapon names by kind (`content/weapons.yaml`), for rules with `weapons`. */
	weapons: WeaponPatterns;
	/** True once the article has counted its dead or wounded, so that "Twenty-six of the dead were children" counts a
	 * part of a whole it stated (a part of a whole it never counted is left out). */
	lossesCounted?: boolean;
}

/** True when the counted phrase holds the rule's noun, names people by nationality or a weapon by name where the rule
 * allows it. */
function nounIn(rule: MetricRule, phrase: string, lexicon: NounLexicon): boolean {
	if (rule.noun === undefined) return false;
	if (rule.noun.test(phrase)) return true;
	if (rule.nationals === true && lexicon.nationals?.test(phrase)) return true;
	const weapons = rule.weapons ? lexicon.weapons[rule.weapons] : undefined;
	return weapons?.test(phrase) === true;
}

/** Tries one rule on a site; null when the noun, the number's kind, the context or the cue does not fit. */
function tryRule(sentence: string, site: NumberSite, rule: MetricRule, lexicon: NounLexicon): MetricMatch | null {
	if (!numberFits(rule, site)) return null;
	if (rule.context && !rule.context.test(sentence)) return null;
	const phrase = countedPhrase(site) || (lexicon.lossesCounted ? partNamedAfter(sentence, site) : '');
	if (rule.unless?.test(phrase)) return null;
	const nounFits = rule.noun ? nounIn(rule, phrase, lexicon) : true;
	const cue = rule.cue ? nearestCue(sentence, site, rule.cue) : null;
	if (rule.cue && !cue) return null;
	if (!nounFits) {
		if (!rule.bare) return null;
		// A bare number may only carry the cue right after it ("12 injured"), not another noun ("six reactors").
		const cueOpensPhrase = cue !== null && cue.side === 'right' && cue.start <= site.phrase.start;
		if (phrase !== '' && !cueOpensPhrase) return null;
		// "Two of the dead": a part of a whole the text does not count.
		if (/^\s+of\b/i.test(sentence.slice(site.number.end))) return null;
		const placeBetween =
			cue !== null && cue.side === 'left' && PLACE_THEN_VERB.test(sentence.slice(cue.end, site.qualifier.start));
		if (rule.bare === 'adjacent' && (cue === null || (cue.distance > ADJACENT && !placeBetween))) return null;
	}
	if (!cue) return { rule, distance: 0, cue: null };
	const { distance, ...span } = cue;
	return { rule, distance, cue: span };
}

/**
 * The rule that best explains a number: a fitting noun first, then the nearest cue, then registry order. `lexicon`
 * holds the nouns read from curated data: people named by nationality ("Ukrainians"), weapons by name ("Shaheds").
 */
export function matchMetric(
	sentence: string,
	site: NumberSite,
	rules: readonly MetricRule[],
	lexicon: NounLexicon = { nationals: null, weapons: {} },
): MetricMatch | null {
	let best: MetricMatch | null = null;
	let bestNoun = false;
	const phrase = countedPhrase(site) || (lexicon.lossesCounted ? partNamedAfter(sentence, site) : '');
	for (const rule of rules) {
		const match = tryRule(sentence, site, rule, lexicon);
		if (!match) continue;
		const noun = rule.noun ? nounIn(rule, phrase, lexicon) : rule.number !== undefined;
		if (!best || (noun && !bestNoun) || (noun === bestNoun && match.distance < best.distance)) {
			best = match;
			bestNoun = noun;
		}
	}
	return best;
}
