/**
 * Metrics of money: aid to a country, frozen assets, a budget spent and a cost put on damage, in the currency the
 * text gives (never converted).
 */
import { CUES } from '../lexicon.ts';
import type { MetricRule } from '../metric-rule.ts';

export const moneyMetrics: MetricRule[] = [
	{
		metric: (number) => `frozen_assets_${number.currency}`,
		unit: (number) => number.currency!,
		family: 'money',
		number: 'money',
		cue: CUES.frozenAssets,
		subject: 'none',
	},
	{
		metric: (number) => `aid_${number.currency}`,
		unit: (number) => number.currency!,
		family: 'money',
		number: 'money',
		cue: CUES.aid,
		subject: 'recipient',
	},
	// "plans to spend RUB 13.1 trillion on defence": what a government spends, the holder of the budget its subject.
	{
		metric: (number) => `spending_${number.currency}`,
		unit: (number) => number.currency!,
		family: 'money',
		number: 'money',
		cue: CUES.spending,
		subject: 'holder',
	},
	// "put the cost of repairing the grid at UAH 40 billion": an estimate of damage, nobody's money.
	{
		metric: (number) => `cost_${number.currency}`,
		unit: (number) => number.currency!,
		family: 'money',
		number: 'money',
		cue: CUES.cost,
		subject: 'none',
	},
];
