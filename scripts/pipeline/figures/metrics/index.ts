/** The figure rule registry: every rule the figure extractor tries. Add a rule as one entry in its family's file. */
import { defineMetricRules, type MetricRule } from '../metric-rule.ts';
import { casualtyMetrics } from './casualties.ts';
import { diplomacyMetrics } from './diplomacy.ts';
import { infrastructureMetrics } from './infrastructure.ts';
import { moneyMetrics } from './money.ts';
import { prisonerMetrics } from './prisoners.ts';
import { strikeMetrics } from './strikes.ts';
import { territoryMetrics } from './territory.ts';

/** All metric rules, checked against the metric registry; on equal evidence the earlier rule wins. */
export const METRIC_RULES: readonly MetricRule[] = defineMetricRules([
	...strikeMetrics,
	...casualtyMetrics,
	...territoryMetrics,
	...prisonerMetrics,
	...moneyMetrics,
	...infrastructureMetrics,
	...diplomacyMetrics,
]);
