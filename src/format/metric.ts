/** Labels for figure metrics ("drones_launched" → "Drones launched"). */

const LABELS: Record<string, string> = {
	drones_launched: 'Drones launched',
	missiles_launched: 'Missiles launched',
	drones_intercepted: 'Drones intercepted',
	missiles_intercepted: 'Missiles intercepted',
	locations_hit: 'Locations hit',
	killed: 'Killed',
	injured: 'Injured',
	civilians_killed: 'Civilians killed',
	soldiers_killed: 'Soldiers killed',
	officers_killed: 'Officers killed',
	generals_killed: 'Generals killed',
	territory_captured_km2: 'Territory captured',
	prisoners_released: 'Prisoners released',
	aid_usd: 'Aid and financing',
};

/** A readable label for any metric, known or new. */
export function metricLabel(metric: string): string {
	return LABELS[metric] ?? metric.replace(/_/g, ' ').replace(/^./, (char) => char.toUpperCase());
}
