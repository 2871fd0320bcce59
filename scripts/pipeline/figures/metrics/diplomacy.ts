/** Numbers of the peace talks that are not losses: a cap on troops, the points of a plan. */
import { CONTEXTS, CUES, NOUNS } from '../lexicon.ts';
import type { MetricRuleSpec } from '../metric-rule.ts';

export const diplomacyMetrics: MetricRuleSpec[] = [
	{
		id: 'figures:troop-cap',
		description: 'Troops, or a bare number, with a cap cue in a sentence about an army ("cap … at 600,000").',
		metric: 'troop_cap',
		noun: NOUNS.troops,
		bare: 'clause',
		cue: CUES.cap,
		context: CONTEXTS.army,
		subject: 'possessor',
	},
	// Points of a plan are recorded so that they never pass for casualties ("trimmed from 28 points to 19").
	{
		id: 'figures:plan-points',
		description: 'Points in a sentence about a plan ("the 28-point plan"), so they never pass for casualties.',
		metric: 'plan_points',
		noun: NOUNS.points,
		context: CONTEXTS.plan,
		subject: 'none',
	},
];
