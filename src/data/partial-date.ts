/** Comparing dates of different precision ("2025-12", "2025-11-27") without claiming more than either says. */

/**
 * Compares two ISO dates at the coarser of their precisions: "2025-12" is after "2025-11-27", but neither before nor
 * after "2025-12-06" (0). Negative when `a` is earlier.
 */
export function compareCoarse(a: string, b: string): number {
	const length = Math.min(a.length, b.length);
	const x = a.slice(0, length);
	const y = b.slice(0, length);
	return x < y ? -1 : x > y ? 1 : 0;
}
