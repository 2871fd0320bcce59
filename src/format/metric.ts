/** Labels for figure metrics ("drones_launched" → "Drones launched"), from the metric registry. */
import { metricById } from '../schemas/index.ts';

/** A readable label for any metric: the registry's, or the id in words for a name it lacks. */
export function metricLabel(metric: string): string {
	return metricById(metric)?.label ?? metric.replace(/_/g, ' ').replace(/^./, (char) => char.toUpperCase());
}
