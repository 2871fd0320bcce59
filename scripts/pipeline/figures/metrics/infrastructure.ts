/** Metrics of damage to daily life: hours and homes without power. */
import { CUES, NOUNS } from '../lexicon.ts';
import type { MetricRule } from '../metric-rule.ts';

export const infrastructureMetrics: MetricRule[] = [
	{
		metric: 'power_outage_hours',
		unit: 'hours',
		family: 'infrastructure',
		noun: NOUNS.hours,
		cue: CUES.outage,
		subject: 'place',
	},
	{
		metric: 'people_without_power',
		unit: 'count',
		family: 'infrastructure',
		noun: NOUNS.people,
		cue: CUES.outage,
		subject: 'place',
	},
	{
		metric: 'households_without_power',
		unit: 'count',
		family: 'infrastructure',
		noun: NOUNS.households,
		cue: CUES.outage,
		subject: 'place',
	},
];
