/** Metrics of money: aid to a country and frozen assets, in the currency the text gives (never converted). */
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
];
