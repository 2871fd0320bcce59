/** Metrics of ground won: area and places captured. */
import { CUES, NOUNS } from '../lexicon.ts';
import type { MetricRuleSpec } from '../metric-rule.ts';

export const territoryMetrics: MetricRuleSpec[] = [
	{
		id: 'figures:territory-captured',
		description: 'An area with a capture cue ("captured 505 square kilometres"), in the unit the text gives.',
		metric: 'territory_captured',
		number: 'km2',
		cue: CUES.capture,
		subject: 'agent',
	},
	{
		id: 'figures:villages-captured',
		description: 'Villages counted with a capture cue.',
		metric: 'villages_captured',
		noun: NOUNS.villages,
		cue: CUES.capture,
		subject: 'agent',
	},
	{
		id: 'figures:settlements-captured',
		description: 'Towns, cities or settlements counted with a capture cue.',
		metric: 'settlements_captured',
		noun: NOUNS.settlements,
		cue: CUES.capture,
		subject: 'agent',
	},
];
