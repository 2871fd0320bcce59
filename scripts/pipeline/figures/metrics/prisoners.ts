/** Metrics of captivity: people released or exchanged, prisoners held, children deported. */
import { CUES, NOUNS } from '../lexicon.ts';
import type { MetricRule } from '../metric-rule.ts';

export const prisonerMetrics: MetricRule[] = [
	// An exchange releases prisoners on both sides; "1,200 prisoners were exchanged" reads as 1,200 released.
	{
		metric: 'prisoners_released',
		unit: 'count',
		family: 'prisoners',
		noun: NOUNS.prisoners,
		cue: CUES.release,
		subject: 'nationality',
	},
	{
		metric: 'political_prisoners_held',
		unit: 'count',
		family: 'prisoners',
		noun: NOUNS.politicalPrisoners,
		cue: CUES.hold,
		subject: 'holder',
	},
	{
		metric: 'prisoners_held',
		unit: 'count',
		family: 'prisoners',
		noun: NOUNS.prisoners,
		cue: CUES.hold,
		unless: /\bpolitical\b/i,
		subject: 'holder',
	},
	{
		metric: 'soldiers_captured',
		unit: 'count',
		family: 'prisoners',
		noun: NOUNS.soldiers,
		cue: CUES.captured,
		subject: 'nationality',
	},
	{
		metric: 'children_deported',
		unit: 'count',
		family: 'prisoners',
		noun: NOUNS.children,
		cue: CUES.deport,
		subject: 'nationality',
	},
];
