/**
 * Metrics of money: aid to a country, frozen assets, a budget spent and a cost put on damage, in the currency the
 * text gives (never converted).
 */
import { CUES } from '../lexicon.ts';
import type { MetricRuleSpec } from '../metric-rule.ts';

export const moneyMetrics: MetricRuleSpec[] = [
	{
		id: 'figures:frozen-assets',
		description: 'Money with a frozen-assets cue, in its currency.',
		metric: 'frozen_assets',
		number: 'money',
		cue: CUES.frozenAssets,
		subject: 'none',
	},
	{
		id: 'figures:aid',
		description: 'Money with an aid cue ("a $8.2 billion loan"), in its currency; whose is the recipient.',
		metric: 'aid',
		number: 'money',
		cue: CUES.aid,
		subject: 'recipient',
	},
	// "plans to spend RUB 13.1 trillion on defence": what a government spends, the holder of the budget its subject.
	{
		id: 'figures:spending',
		description: 'Money a government spends or budgets ("plans to spend RUB 13.1 trillion on defence").',
		metric: 'spending',
		number: 'money',
		cue: CUES.spending,
		subject: 'holder',
	},
	// "put the cost of repairing the grid at UAH 40 billion": an estimate of damage, nobody's money.
	{
		id: 'figures:cost',
		description: 'A cost put on damage ("put the cost of repairing the grid at UAH 40 billion").',
		metric: 'cost',
		number: 'money',
		cue: CUES.cost,
		subject: 'none',
	},
];
