/** Partial ISO dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) as UTC instants for time scales. */
import { utcMonth } from 'd3';

/**
 * The instant a date is drawn at: the day itself, or the middle of its month or year (a month-precise date is
 * not a day).
 */
export function dateToUtc(iso: string): Date {
	const [year, month, day] = iso.split('-').map(Number) as [number, number?, number?];
	if (day !== undefined && month !== undefined) return new Date(Date.UTC(year, month - 1, day));
	if (month !== undefined) {
		const start = Date.UTC(year, month - 1, 1);
		return new Date(start + (Date.UTC(year, month, 1) - start) / 2);
	}
	return new Date(Date.UTC(year, 6, 2));
}

/** The first instant of a date's period (its day, month or year). */
export function periodStart(iso: string): Date {
	const [year, month, day] = iso.split('-').map(Number) as [number, number?, number?];
	return new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
}

/** Orders dates chronologically; undated (null) last. Equal instants keep the more precise date first. */
export function compareDates(a: string | null, b: string | null): number {
	if (a === b) return 0;
	if (a === null) return 1;
	if (b === null) return -1;
	return periodStart(a).getTime() - periodStart(b).getTime() || b.length - a.length;
}

/** A time domain padded out to whole months around the given dates (at least one month wide). */
export function monthDomain(dates: readonly Date[]): [Date, Date] {
	const times = dates.map((date) => date.getTime());
	const start = utcMonth.floor(new Date(Math.min(...times)));
	let end = utcMonth.ceil(new Date(Math.max(...times) + 1));
	if (end.getTime() <= start.getTime()) end = utcMonth.offset(start, 1);
	return [start, end];
}

/** The `YYYY-MM` key of a date, or null for a year-precise one. */
export function monthOf(iso: string): string | null {
	return iso.length >= 7 ? iso.slice(0, 7) : null;
}
