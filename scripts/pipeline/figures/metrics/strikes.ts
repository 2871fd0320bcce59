/** Metrics of air strikes: what was launched, what was shot down, what was hit. */
import { CUES, NOUNS } from '../lexicon.ts';
import type { MetricRuleSpec } from '../metric-rule.ts';

export const strikeMetrics: MetricRuleSpec[] = [
	{
		id: 'figures:drones-launched',
		description: 'Drones counted with a launch cue ("Russia launched 120 Shahed drones").',
		metric: 'drones_launched',
		noun: NOUNS.drones,
		weapons: 'drone',
		cue: CUES.launch,
		subject: 'agent',
	},
	{
		id: 'figures:missiles-launched',
		description: 'Missiles counted with a launch cue ("fired eight cruise missiles").',
		metric: 'missiles_launched',
		noun: NOUNS.missiles,
		weapons: 'missile',
		cue: CUES.launch,
		subject: 'agent',
	},
	{
		id: 'figures:bombs-dropped',
		description: 'Glide or aerial bombs counted with a launch cue ("dropped 40 guided bombs").',
		metric: 'bombs_dropped',
		noun: NOUNS.bombs,
		weapons: 'bomb',
		cue: CUES.launch,
		subject: 'agent',
	},
	{
		id: 'figures:drones-intercepted',
		description: 'Drones counted with an interception cue ("97 drones were shot down"); whose is the launcher.',
		metric: 'drones_intercepted',
		noun: NOUNS.drones,
		weapons: 'drone',
		cue: CUES.intercept,
		subject: 'launcher',
		launchedAs: 'drones_launched',
	},
	{
		id: 'figures:missiles-intercepted',
		description: 'Missiles counted with an interception cue ("downed 30 missiles"); whose is the launcher.',
		metric: 'missiles_intercepted',
		noun: NOUNS.missiles,
		weapons: 'missile',
		cue: CUES.intercept,
		subject: 'launcher',
		launchedAs: 'missiles_launched',
	},
	{
		id: 'figures:locations-hit',
		description: 'Places or targets counted with a hit cue ("hit 29 locations").',
		metric: 'locations_hit',
		noun: NOUNS.locations,
		// "23 drones hit targets" counts drones that struck, not the places they struck.
		unless: new RegExp(`${NOUNS.drones.source}|${NOUNS.missiles.source}|${NOUNS.bombs.source}`, 'i'),
		cue: CUES.hit,
		subject: 'attacker',
	},
	{
		id: 'figures:regions-hit',
		description: 'Regions counted with a hit cue ("struck eight regions").',
		metric: 'regions_hit',
		noun: NOUNS.regions,
		cue: CUES.hit,
		subject: 'attacker',
	},
	{
		id: 'figures:buildings-damaged',
		description: 'Homes and buildings counted with a hit cue ("damaged 40 apartment buildings").',
		metric: 'buildings_damaged',
		noun: NOUNS.buildings,
		cue: CUES.hit,
		subject: 'attacker',
	},
];
