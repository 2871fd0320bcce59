/** Metrics of air strikes: what was launched, what was shot down, what was hit. */
import { CUES, NOUNS } from '../lexicon.ts';
import type { MetricRule } from '../metric-rule.ts';

export const strikeMetrics: MetricRule[] = [
	{
		metric: 'drones_launched',
		unit: 'count',
		family: 'strikes',
		noun: NOUNS.drones,
		cue: CUES.launch,
		subject: 'agent',
	},
	{
		metric: 'missiles_launched',
		unit: 'count',
		family: 'strikes',
		noun: NOUNS.missiles,
		cue: CUES.launch,
		subject: 'agent',
	},
	{ metric: 'bombs_dropped', unit: 'count', family: 'strikes', noun: NOUNS.bombs, cue: CUES.launch, subject: 'agent' },
	{
		metric: 'drones_intercepted',
		unit: 'count',
		family: 'strikes',
		noun: NOUNS.drones,
		cue: CUES.intercept,
		subject: 'launcher',
		launchedAs: 'drones_launched',
	},
	{
		metric: 'missiles_intercepted',
		unit: 'count',
		family: 'strikes',
		noun: NOUNS.missiles,
		cue: CUES.intercept,
		subject: 'launcher',
		launchedAs: 'missiles_launched',
	},
	{
		metric: 'locations_hit',
		unit: 'count',
		family: 'strikes',
		noun: NOUNS.locations,
		cue: CUES.hit,
		subject: 'attacker',
	},
	{ metric: 'regions_hit', unit: 'count', family: 'strikes', noun: NOUNS.regions, cue: CUES.hit, subject: 'attacker' },
	{
		metric: 'buildings_damaged',
		unit: 'count',
		family: 'strikes',
		noun: NOUNS.buildings,
		cue: CUES.hit,
		subject: 'attacker',
	},
];
