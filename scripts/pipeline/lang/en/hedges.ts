/** English hedges on a number: the words that say it is a floor, a ceiling or an estimate. */
import type { Hedge } from '../language.ts';

/** Longest first within each qualifier; `after` entries are regular-expression sources. */
export const HEDGES: readonly Hedge[] = [
	{
		qualifier: 'at_least',
		before: ['at least', 'no fewer than', 'no less than', 'not less than', 'a minimum of'],
		after: [String.raw`\s*(?:or\s+more|and\s+more|or\s+above)\b`],
	},
	{
		qualifier: 'up_to',
		before: [
			'up to',
			'as many as',
			'as much as',
			'at most',
			'a maximum of',
			'fewer than',
			'less than',
			'under',
			'just under',
		],
		after: [String.raw`\s*(?:or\s+fewer|or\s+less|at\s+most)\b`],
	},
	{
		qualifier: 'over',
		before: ['just over', 'more than', 'over', 'upwards of', 'in excess of', 'above'],
		after: [String.raw`(?:\+|-plus\b|\s+plus\b)`],
	},
	{
		qualifier: 'about',
		before: [
			'about',
			'around',
			'nearly',
			'almost',
			'some',
			'roughly',
			'approximately',
			'approx.',
			'an estimated',
			'estimated',
			'close to',
			'circa',
			'an approximate',
			'about an estimated',
		],
		after: [],
	},
];
