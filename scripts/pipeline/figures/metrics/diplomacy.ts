/** Numbers of the peace talks that are not losses: a cap on troops, the points of a plan. */
import { CONTEXTS, CUES, NOUNS } from '../lexicon.ts';
import type { MetricRule } from '../metric-rule.ts';

export const diplomacyMetrics: MetricRule[] = [
	{
		metric: 'troop_cap',
		unit: 'count',
		family: 'diplomacy',
		noun: NOUNS.troops,
		bare: 'clause',
		cue: CUES.cap,
		context: CONTEXTS.army,
		subject: 'possessor',
	},
	// Points of a plan are recorded so that they never pass for casualties ("trimmed from 28 points to 19").
	{
		metric: 'plan_points',
		unit: 'count',
		family: 'diplomacy',
		noun: NOUNS.points,
		context: CONTEXTS.plan,
		subject: 'none',
	},
];
