/** Metrics of damage to daily life: hours and homes without power. */
import { CUES, NOUNS } from '../lexicon.ts';
import type { MetricRuleSpec } from '../metric-rule.ts';

export const infrastructureMetrics: MetricRuleSpec[] = [
	{
		id: 'figures:power-outage-hours',
		description: 'Hours counted with an outage cue ("14-hour blackouts").',
		metric: 'power_outage_hours',
		noun: NOUNS.hours,
		cue: CUES.outage,
		subject: 'place',
	},
	{
		id: 'figures:people-without-power',
		description: 'People counted with an outage cue.',
		metric: 'people_without_power',
		noun: NOUNS.people,
		cue: CUES.outage,
		subject: 'place',
	},
	{
		id: 'figures:households-without-power',
		description: 'Households or customers counted with an outage cue.',
		metric: 'households_without_power',
		noun: NOUNS.households,
		cue: CUES.outage,
		subject: 'place',
	},
];
