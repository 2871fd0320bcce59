/**
 * The briefing's window on the state of play: what was said or reported more than this long before the newest report
 * on the same question or topic is no longer the state of play. Shown as earlier, or left out.
 */

/** Days a statement or a question may lag the newest report on its question and still stand as current. */
export const STATE_WINDOW_DAYS = 45;

/** The first day an ISO date at any precision can mean ("2025-04" is 1 April 2025). */
const firstDay = (iso: string) =>
	iso.length === 4 ? `${iso}-01-01` : iso.length === 7 ? `${iso}-01` : iso.slice(0, 10);
/** The last day it can mean ("2025-04" is 30 April 2025). */
function lastDay(iso: string): string {
	if (iso.length === 4) return `${iso}-12-31`;
	if (iso.length === 7) {
		const [year, month] = iso.split('-').map(Number) as [number, number];
		return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
	}
	return iso.slice(0, 10);
}

/**
 * How many days `date` certainly lies before `newest`, each at its own precision: from the last day `date` can mean to
 * the first day `newest` can mean, never below 0 ("2025-12" is not stale against "2025-12-06").
 */
export function staleBy(date: string, newest: string): number {
	return Math.max(0, (Date.parse(firstDay(newest)) - Date.parse(lastDay(date))) / 86_400_000);
}
