/** Metrics of ground won: area and places captured. */
import { CUES, NOUNS } from '../lexicon.ts';
import type { MetricRule } from '../metric-rule.ts';

export const territoryMetrics: MetricRule[] = [
	{
		metric: (number) => (number.unit === 'mi2' ? 'territory_captured_mi2' : 'territory_captured_km2'),
		unit: (number) => number.unit ?? 'km2',
		family: 'territory',
		number: 'km2',
		cue: CUES.capture,
		subject: 'agent',
	},
	{
		metric: 'villages_captured',
		unit: 'count',
		family: 'territory',
		noun: NOUNS.villages,
		cue: CUES.capture,
		subject: 'agent',
	},
	{
		metric: 'settlements_captured',
		unit: 'count',
		family: 'territory',
		noun: NOUNS.settlements,
		cue: CUES.capture,
		subject: 'agent',
	},
];
