/** Finds years ("in 2016", "Russia's 2021 demands", "late 2024", "mid-2025"). */
import type { Part, RawExpression } from '../expression.ts';

const PART = '(?<part>[Ee]arly|[Mm]id|[Ll]ate)[- ]';
const PHRASE = '(?<phrase>(?:[Tt]he )?(?:[Bb]eginning|[Ss]tart|[Mm]iddle|[Ee]nd|[Ff]irst half|[Ss]econd half) of )';
const PATTERN = new RegExp(String.raw`(?:\b${PART}|\b${PHRASE})?\b(?<year>(?:19|20)\d{2})\b`, 'g');

// A four-digit number followed by one of these counts things ("2000 troops"), it is not a year.
const COUNTED_NOUNS = [
	'people',
	'persons',
	'troops',
	'soldiers',
	'servicemen',
	'civilians',
	'residents',
	'children',
	'men',
	'women',
	'prisoners',
	'captives',
	'casualties',
	'dead',
	'deaths',
	'killed',
	'wounded',
	'injured',
	'drones',
	'missiles',
	'shells',
	'rockets',
	'bombs',
	'tanks',
	'vehicles',
	'units',
	'homes',
	'houses',
	'buildings',
	'km',
	'kilometers',
	'kilometres',
	'miles',
	'meters',
	'metres',
	'hectares',
	'tons',
	'tonnes',
	'dollars',
	'euros',
	'hryvnias',
	'rubles',
	'roubles',
	'votes',
	'seats',
	'times',
	'hours',
	'days',
	'weeks',
	'months',
	'years',
	'sq',
	'square',
	'points',
	'cases',
	'strikes',
	'attacks',
	'sorties',
	'villages',
	'settlements',
	'targets',
];
const COUNTED = new RegExp(String.raw`^\s+(?:${COUNTED_NOUNS.join('|')})\b`, 'i');

function partOf(part: string | undefined, phrase: string | undefined): Part {
	const word = (part ?? phrase ?? '').toLowerCase();
	if (/early|beginning|start|first/.test(word)) return 'early';
	if (/mid|middle/.test(word)) return 'mid';
	if (/late|end|second/.test(word)) return 'late';
	return null;
}

/** Years in `text`; numbers that count things, amounts and parts of longer numbers are left out. */
export function scanYears(text: string): RawExpression[] {
	const found: RawExpression[] = [];
	for (const match of text.matchAll(PATTERN)) {
		const groups = match.groups!;
		const yearStart = match.index + match[0].length - groups.year!.length;
		const before = text.slice(0, yearStart);
		const after = text.slice(match.index + match[0].length);
		const modified = Boolean(groups.part || groups.phrase);
		// A year right after another year and a dash is the end of a range ("2014–2022").
		const rangeEnd = /(?:19|20)\d{2}\s*[-–—]\s*$/.test(before);
		if (!modified && !rangeEnd && /[\d$€£#.,/\-–—]$/.test(before)) continue;
		if (
			!modified &&
			/\b(?:No|no|number|Number|flight|Flight|Resolution|resolution|Article|article)\.?\s+$/.test(before)
		)
			continue;
		if (/^(?:[\d%]|[.,]\d|-\d{2}-\d{2}|\/\d)/.test(after)) continue;
		if (COUNTED.test(after)) continue;
		found.push({
			text: match[0],
			start: match.index,
			spec: { type: 'year', year: Number(groups.year), part: partOf(groups.part, groups.phrase) },
		});
	}
	return found;
}
