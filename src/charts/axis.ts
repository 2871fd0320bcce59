/** Axis ticks as data: positions and formatted labels from a D3 scale, no DOM. */
import type { ScaleLinear, ScaleTime } from 'd3';
import { type CountableTimeInterval, type TimeInterval, utcDay, utcMonday, utcMonth, utcYear } from 'd3';
import { formatCalendar } from '../format/date.ts';
import { formatNumber } from '../format/number.ts';
import type { Tick } from './types.ts';

/** A zero-based linear scale over [0, max], niced, onto [start, end]. An all-zero domain still spans 0..1. */
export function zeroBasedDomain(max: number): [number, number] {
	return [0, max > 0 ? max : 1];
}

/** Ticks of a linear scale, about `count` of them, labelled for people (120, 4,250, 8.2 bn). */
export function linearTicks(
	scale: ScaleLinear<number, number>,
	count: number,
	format: (value: number) => string = formatNumber,
): Tick[] {
	return scale.ticks(count).map((value) => ({ value, position: scale(value), label: format(value) }));
}

/** Tick intervals from finest to coarsest, with their typical length in days. */
const INTERVALS: { days: number; interval: CountableTimeInterval | TimeInterval; level: 'day' | 'month' | 'year' }[] = [
	{ days: 1, interval: utcDay, level: 'day' },
	{ days: 7, interval: utcMonday, level: 'day' },
	{ days: 15, interval: utcDay.filter((date) => date.getUTCDate() === 1 || date.getUTCDate() === 15), level: 'day' },
	{ days: 30.4, interval: utcMonth, level: 'month' },
	{ days: 61, interval: utcMonth.every(2)!, level: 'month' },
	{ days: 91, interval: utcMonth.every(3)!, level: 'month' },
	{ days: 182, interval: utcMonth.every(6)!, level: 'month' },
	{ days: 365, interval: utcYear, level: 'year' },
	{ days: 730, interval: utcYear.every(2)!, level: 'year' },
	{ days: 1826, interval: utcYear.every(5)!, level: 'year' },
	{ days: 3652, interval: utcYear.every(10)!, level: 'year' },
];

/**
 * Ticks of a time scale, as many as leave room for labels `labelWidth` units wide: days ("15 Nov"),
 * months ("Dec", with the year on January and the first tick: "Nov 2025") or years. Day and month
 * ticks link to that month on the timeline when `monthHref` gives an address.
 */
export function timeTicks(
	scale: ScaleTime<number, number>,
	labelWidth: number,
	monthHref: (month: string) => string | undefined = () => undefined,
): Tick<Date>[] {
	const [start, end] = scale.domain() as [Date, Date];
	const [from, to] = scale.range() as [number, number];
	const perDay = Math.abs(to - from) / Math.max(1, utcDay.count(start, end));
	const choice = INTERVALS.find((candidate) => candidate.days * perDay >= labelWidth) ?? INTERVALS.at(-1)!;
	const month = (date: Date) => `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
	return choice.interval.range(start, utcDay.offset(end, 1)).map((date, index) => {
		const withYear = index === 0 || date.getUTCMonth() === 0;
		const label = formatCalendar(
			date,
			choice.level === 'year' ? 'year' : choice.level === 'month' ? (withYear ? 'mon year' : 'mon') : 'day mon',
		);
		const href = choice.level === 'year' ? undefined : monthHref(month(date));
		return { value: date, position: scale(date), label, ...(href === undefined ? {} : { href }) };
	});
}
