/** Metrics of human losses: killed, injured, and the armed forces' losses by rank. */
import { CUES, NOUNS } from '../lexicon.ts';
import type { MetricRuleSpec } from '../metric-rule.ts';

export const casualtyMetrics: MetricRuleSpec[] = [
	// "1 million killed and wounded" counts both: casualties, not deaths.
	{
		id: 'figures:killed-and-wounded',
		description: 'Soldiers or a bare number "killed and wounded" together: casualties, not deaths.',
		metric: 'casualties',
		noun: NOUNS.soldiers,
		bare: 'adjacent',
		cue: /\b(?:killed|dead) (?:and|or) (?:wounded|injured)\b|\bkilled, wounded\b/i,
		subject: 'victim',
	},
	{
		id: 'figures:generals-killed',
		description: 'Generals counted with a kill cue.',
		metric: 'generals_killed',
		noun: NOUNS.generals,
		cue: CUES.kill,
		subject: 'victim',
	},
	{
		id: 'figures:officers-killed',
		description: 'Officers counted with a kill cue ("2,310 Russian officers killed").',
		metric: 'officers_killed',
		noun: NOUNS.officers,
		cue: CUES.kill,
		subject: 'victim',
	},
	{
		id: 'figures:soldiers-killed',
		description: 'Soldiers counted with a kill cue.',
		metric: 'soldiers_killed',
		noun: NOUNS.soldiers,
		cue: CUES.kill,
		subject: 'victim',
	},
	{
		id: 'figures:civilians-killed',
		description: 'Civilians counted with a kill cue ("killing two civilians").',
		metric: 'civilians_killed',
		noun: NOUNS.civilians,
		cue: CUES.kill,
		subject: 'victim',
	},
	{
		id: 'figures:children-killed',
		description: 'Children counted with a kill cue.',
		metric: 'children_killed',
		noun: NOUNS.children,
		cue: CUES.kill,
		subject: 'victim',
	},
	{
		id: 'figures:people-killed',
		description:
			'People, or a bare number next to its kill cue ("killing 3", "12 were killed", "40 Yemenis were killed").',
		metric: 'killed',
		noun: NOUNS.people,
		nationals: true,
		bare: 'adjacent',
		cue: CUES.kill,
		subject: 'victim',
	},
	// "12,000 civilian deaths": the noun says what happened and to whom.
	{
		id: 'figures:civilian-deaths',
		description: 'A noun that says both who and what ("12,000 civilian deaths").',
		metric: 'civilians_killed',
		noun: /\bcivilian (?:deaths?|fatalities|dead)\b/i,
		subject: 'victim',
	},
	{
		id: 'figures:military-deaths',
		description: 'A noun that says both who and what ("military deaths", "combat fatalities").',
		metric: 'soldiers_killed',
		noun: /\b(?:military|soldiers'?|troops'?|combat) (?:deaths?|fatalities|dead)\b/i,
		subject: 'victim',
	},
	// "12 deaths", "14 dead": the noun itself says what happened.
	{
		id: 'figures:deaths',
		description: 'A noun that says what happened ("12 deaths", "14 dead").',
		metric: 'killed',
		noun: NOUNS.deaths,
		subject: 'victim',
	},
	{
		id: 'figures:children-injured',
		description: 'Children counted with an injury cue.',
		metric: 'children_injured',
		noun: NOUNS.children,
		cue: CUES.injure,
		subject: 'victim',
	},
	{
		id: 'figures:people-injured',
		description: 'People, civilians or soldiers, or a bare number next to its injury cue ("8 injured").',
		metric: 'injured',
		noun: new RegExp(`${NOUNS.people.source}|${NOUNS.civilians.source}|${NOUNS.soldiers.source}`, 'i'),
		nationals: true,
		bare: 'adjacent',
		cue: CUES.injure,
		subject: 'victim',
	},
	// Losses ("lost 1,000 troops", "1,000 casualties") count the killed and the wounded together.
	{
		id: 'figures:losses',
		description: 'Soldiers counted with a loss cue ("lost 1,000 troops"): killed and wounded together.',
		metric: 'casualties',
		noun: NOUNS.soldiers,
		cue: CUES.loss,
		subject: 'victim',
	},
	{
		id: 'figures:casualties',
		description: 'The noun itself ("1,000 casualties").',
		metric: 'casualties',
		noun: NOUNS.casualties,
		subject: 'victim',
	},
];
