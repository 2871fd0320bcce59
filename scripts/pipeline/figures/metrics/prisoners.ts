/** Metrics of captivity: people released or exchanged, prisoners held, children deported. */
import { CUES, NOUNS } from '../lexicon.ts';
import type { MetricRuleSpec } from '../metric-rule.ts';

export const prisonerMetrics: MetricRuleSpec[] = [
	// An exchange releases prisoners on both sides; "1,200 prisoners were exchanged" reads as 1,200 released.
	{
		id: 'figures:prisoners-released',
		description: 'Prisoners or people counted with a release or exchange cue ("1,200 prisoners were exchanged").',
		metric: 'prisoners_released',
		noun: NOUNS.prisoners,
		nationals: true,
		cue: CUES.release,
		subject: 'nationality',
	},
	{
		id: 'figures:political-prisoners-held',
		description: 'Political prisoners counted with a holding cue.',
		metric: 'political_prisoners_held',
		noun: NOUNS.politicalPrisoners,
		cue: CUES.hold,
		subject: 'holder',
	},
	{
		id: 'figures:prisoners-held',
		description: 'Prisoners counted with a holding cue, unless political.',
		metric: 'prisoners_held',
		noun: NOUNS.prisoners,
		nationals: true,
		cue: CUES.hold,
		unless: /\bpolitical\b/i,
		subject: 'holder',
	},
	{
		id: 'figures:soldiers-captured',
		description: 'Soldiers counted with a capture cue ("taken prisoner").',
		metric: 'soldiers_captured',
		noun: NOUNS.soldiers,
		cue: CUES.captured,
		subject: 'nationality',
	},
	{
		id: 'figures:children-deported',
		description: 'Children counted with a deportation cue.',
		metric: 'children_deported',
		noun: NOUNS.children,
		cue: CUES.deport,
		subject: 'nationality',
	},
];
