/** Metrics of human losses: killed, injured, and the armed forces' losses by rank. */
import { CUES, NOUNS } from '../lexicon.ts';
import type { MetricRule } from '../metric-rule.ts';

export const casualtyMetrics: MetricRule[] = [
	// "1 million killed and wounded" counts both: casualties, not deaths.
	{
		metric: 'casualties',
		unit: 'count',
		family: 'casualties',
		noun: NOUNS.soldiers,
		bare: 'adjacent',
		cue: /\b(?:killed|dead) (?:and|or) (?:wounded|injured)\b|\bkilled, wounded\b/i,
		subject: 'victim',
	},
	{
		metric: 'generals_killed',
		unit: 'count',
		family: 'casualties',
		noun: NOUNS.generals,
		cue: CUES.kill,
		subject: 'victim',
	},
	{
		metric: 'officers_killed',
		unit: 'count',
		family: 'casualties',
		noun: NOUNS.officers,
		cue: CUES.kill,
		subject: 'victim',
	},
	{
		metric: 'soldiers_killed',
		unit: 'count',
		family: 'casualties',
		noun: NOUNS.soldiers,
		cue: CUES.kill,
		subject: 'victim',
	},
	{
		metric: 'civilians_killed',
		unit: 'count',
		family: 'casualties',
		noun: NOUNS.civilians,
		cue: CUES.kill,
		subject: 'victim',
	},
	{
		metric: 'children_killed',
		unit: 'count',
		family: 'casualties',
		noun: NOUNS.children,
		cue: CUES.kill,
		subject: 'victim',
	},
	{
		metric: 'killed',
		unit: 'count',
		family: 'casualties',
		noun: NOUNS.people,
		bare: 'adjacent',
		cue: CUES.kill,
		subject: 'victim',
	},
	// "12,000 civilian deaths": the noun says what happened and to whom.
	{
		metric: 'civilians_killed',
		unit: 'count',
		family: 'casualties',
		noun: /\bcivilian (?:deaths?|fatalities|dead)\b/i,
		subject: 'victim',
	},
	{
		metric: 'soldiers_killed',
		unit: 'count',
		family: 'casualties',
		noun: /\b(?:military|soldiers'?|troops'?|combat) (?:deaths?|fatalities|dead)\b/i,
		subject: 'victim',
	},
	// "12 deaths", "14 dead": the noun itself says what happened.
	{ metric: 'killed', unit: 'count', family: 'casualties', noun: NOUNS.deaths, subject: 'victim' },
	{
		metric: 'children_injured',
		unit: 'count',
		family: 'casualties',
		noun: NOUNS.children,
		cue: CUES.injure,
		subject: 'victim',
	},
	{
		metric: 'injured',
		unit: 'count',
		family: 'casualties',
		noun: new RegExp(`${NOUNS.people.source}|${NOUNS.civilians.source}|${NOUNS.soldiers.source}`, 'i'),
		bare: 'adjacent',
		cue: CUES.injure,
		subject: 'victim',
	},
	// Losses ("lost 1,000 troops", "1,000 casualties") count the killed and the wounded together.
	{
		metric: 'casualties',
		unit: 'count',
		family: 'casualties',
		noun: NOUNS.soldiers,
		cue: CUES.loss,
		subject: 'victim',
	},
	{ metric: 'casualties', unit: 'count', family: 'casualties', noun: NOUNS.casualties, subject: 'victim' },
];
