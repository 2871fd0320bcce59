/**
 * Figures over time: small multiples, one panel per metric and side, each dated report a dot on a
 * shared time axis with a zero-based value axis. Key events from the timeline (talks, deadlines,
 * summits) run through every panel as numbered markers. The view grows as articles are added.
 */

import { line, scaleLinear, scaleUtc, symbol, symbolCircle, symbolDiamond } from 'd3';
import { figureDateWords } from '../../format/figure-date.ts';
import { SPAN_WORDS, spanOf } from '../../format/figure-span.ts';
import { metricLabel } from '../../format/metric.ts';
import { formatNumber } from '../../format/number.ts';
import { countOf } from '../../format/plural.ts';
import { type FigureRecord, type FigureSpan, metricById } from '../../schemas/index.ts';
import { linearTicks, timeTicks, zeroBasedDomain } from '../axis.ts';
import { groupReports, type ReportGroup } from '../conflicts.ts';
import {
	claimText,
	figureValue,
	fitText,
	longDate,
	onDate,
	rangeValue,
	shortDate,
	sidesWords,
	textWidth,
} from '../format.ts';
import { type EventMarker, eventMarkers, keyEvents } from '../key-events.ts';
import { measures } from '../layout.ts';
import { monthLinker, sourceArticles, sourceLink, timelineLinker, timelinePageOf } from '../links.ts';
import { once } from '../memo.ts';
import { SPAN_CSV_COLUMNS, spanCells, spanColumns } from '../span-columns.ts';
import { cell } from '../table.ts';
import { elsewhereNote } from '../theatres.ts';
import { compareDates, dateToUtc, monthDomain } from '../time.ts';
import type {
	ChartFrame,
	ChartInput,
	ChartOptions,
	ChartSize,
	SourceLink,
	TableCell,
	TextLabel,
	Tick,
} from '../types.ts';

/** Marker shapes (d3-shape symbols centred on 0,0): a dot for a day, a diamond for a month or year. */
const CIRCLE = symbol(symbolCircle, 50).digits(1)()!;
const DIAMOND = symbol(symbolDiamond, 70).digits(1)()!;

/** How many panels are drawn at most; the ones with the most dated reports win. */
export const MAX_PANELS = 6;
/** How many reports a panel draws at most (the most recent). Each drawn report is a linked, labelled mark at
 * both widths, so this bounds the page (12 keeps the charts and timeline pages under 300 KB): the table and
 * the CSV hold the rest. */
export const MAX_POINTS = 12;

/** One dated report (or several agreeing reports) as a dot; month- or year-precise dates are hollow diamonds. */
export interface TimePoint {
	x: number;
	y: number;
	date: string;
	value: number;
	/** SVG path of the marker, centred on 0,0 (d3-shape symbol). */
	symbol: string;
	/** True when the date is only a month or year, drawn at its middle. */
	approximate: boolean;
	link: SourceLink | null;
	focus: boolean;
}

/** Conflicting reports of one number on one date: a vertical line from the lowest to the highest. */
export interface TimeRange {
	x: number;
	y1: number;
	y2: number;
}

/** One metric and side over time. */
export interface TimePanel {
	key: string;
	metric: string;
	subject: string | null;
	unit: string;
	title: TextLabel;
	/** Top and bottom of the plot area (value 0 sits at `bottom`). */
	top: number;
	bottom: number;
	domain: [number, number];
	ticks: Tick[];
	points: TimePoint[];
	ranges: TimeRange[];
	/** A thin line through the reports in date order, when there are at least two dates. */
	path: string | null;
	/** Direct labels on the latest and the largest report. */
	labels: TextLabel[];
	/** How many reports the panel holds (before capping). */
	reports: number;
}

/** The laid-out figures-over-time chart. */
export interface OverTimeModel extends ChartFrame {
	panels: TimePanel[];
	x0: number;
	x1: number;
	timeDomain: [Date, Date] | null;
	timeTicks: Tick<Date>[];
	/** Baseline of the time tick labels. */
	timeTickY: number;
	markers: EventMarker[];
	/** Height of the marker badges strip at the top. */
	markerStrip: number;
	/** Top and bottom of the marker lines. */
	plotTop: number;
	plotBottom: number;
}

interface Series {
	key: string;
	metric: string;
	subject: string | null;
	/** What the subject is for these figures (attacker, victim, place …). */
	subjectRole: FigureRecord['subjectRole'];
	/** For interceptions: who shot them down. */
	interceptedBy: string | null;
	/** What each report counts: one attack or day, a period, the total so far; never mixed on one line. */
	span: FigureSpan;
	unit: string;
	groups: ReportGroup[];
}

/**
 * A series' sides in words, without the place or attacker of any one report: " (launched by Russia, intercepted by
 * Ukraine)" in a sentence, " · launched by Russia, intercepted by Ukraine" in a panel title; nothing for no side.
 */
function seriesSides(
	series: Pick<Series, 'metric' | 'subject' | 'subjectRole' | 'interceptedBy'>,
	names: ReadonlyMap<string, string>,
	separator: ' (' | ' · ' = ' (',
): string {
	const words = sidesWords({ ...series, inflictedBy: null, place: null }, names);
	if (words === '—' || words === 'side not stated') return '';
	return separator === ' (' ? ` (${words})` : ` · ${words}`;
}

const UNIT_WORDS: Record<string, string> = {
	count: '',
	km2: ' (km²)',
	usd: ' (US$)',
	eur: ' (€)',
	hours: ' (hours)',
};

/** A panel's title: the metric, the series' sides and the unit ("Drones launched · by Russia"). */
function panelTitle(series: Series, names: ReadonlyMap<string, string>): string {
	const unit = UNIT_WORDS[series.unit] ?? ` (${series.unit})`;
	const counts = series.span === 'incident' ? '' : ` · ${SPAN_WORDS[series.span]}`;
	return `${metricLabel(series.metric)}${seriesSides(series, names, ' · ')}${counts}${unit}`;
}

/** Which series win a panel when they have as many reports: attacks and territory first, as readers follow them. */
const PRIORITY = [
	'drones_launched',
	'missiles_launched',
	'territory_captured_km2',
	'drones_intercepted',
	'missiles_intercepted',
	'killed',
	'civilians_killed',
	'injured',
];
const priority = (metric: string) => (PRIORITY.includes(metric) ? PRIORITY.indexOf(metric) : PRIORITY.length);

/**
 * True for a metric worth following over time (the registry draws it on this chart): strikes, losses,
 * territory, prisoners and aid. One-off counts (plan points, troop caps) stay in the open data.
 */
export function isTimeMetric(metric: string): boolean {
	return metricById(metric)?.charts.includes('over-time') ?? false;
}

/**
 * Dated, whole figures of time metrics grouped into series of one metric, side and unit: the series with the
 * most reports first, then strikes and territory.
 */
export function timeSeries(figures: readonly FigureRecord[]): Series[] {
	const byKey = new Map<string, FigureRecord[]>();
	for (const figure of figures) {
		if (figure.date === null || figure.scope !== null || !isTimeMetric(figure.metric)) continue;
		// One series per metric and sides: Russia's drones downed by Ukraine never share a panel with Ukraine's drones.
		const key = [
			figure.metric,
			figure.subject ?? '',
			figure.subjectRole ?? '',
			figure.interceptedBy ?? '',
			figure.unit,
			// A running total and one night's count never share a line or a scale.
			spanOf(figure),
		].join('|');
		const list = byKey.get(key);
		if (list) list.push(figure);
		else byKey.set(key, [figure]);
	}
	const series = [...byKey].map(([key, list]): Series => {
		const first = list[0]!;
		const groups = groupReports(list).sort((a, b) => compareDates(a.figures[0]!.date, b.figures[0]!.date));
		return {
			key,
			metric: first.metric,
			subject: first.subject,
			subjectRole: first.subjectRole,
			interceptedBy: first.interceptedBy,
			span: spanOf(first),
			unit: first.unit,
			groups,
		};
	});
	const latest = (item: Series) => item.groups.at(-1)!.figures[0]!.date;
	return series.sort(
		(a, b) =>
			b.groups.length - a.groups.length ||
			priority(a.metric) - priority(b.metric) ||
			compareDates(latest(b), latest(a)) ||
			a.key.localeCompare(b.key),
	);
}

/** The one-line finding: how the busiest series moved between its first and latest report, or the latest report. */
export function overTimeTakeaway(series: readonly Series[], names: ReadonlyMap<string, string>): string {
	if (series.length === 0) return 'No dated figures yet.';
	const busiest = series[0]!;
	const counts = busiest.span === 'incident' ? '' : `, ${SPAN_WORDS[busiest.span]}`;
	const name = `${metricLabel(busiest.metric)}${seriesSides(busiest, names)}${counts}`;
	const words = (group: ReportGroup) =>
		group.conflict ? rangeValue(group.low, group.high, busiest.unit) : figureValue(group.figures[0]!);
	const last = busiest.groups.at(-1)!;
	if (busiest.groups.length >= 2) {
		const first = busiest.groups[0]!;
		const direction = last.high > first.high ? 'up from' : last.high < first.high ? 'down from' : 'the same as';
		return (
			`${name}: ${words(last)} ${onDate(last.figures[0]!.date)}, ` +
			`${direction} ${words(first)} ${onDate(first.figures[0]!.date)}; ${busiest.groups.length} dated reports.`
		);
	}
	const total = series.reduce((sum, item) => sum + item.groups.length, 0);
	const latest = [...series].sort((a, b) =>
		compareDates(b.groups.at(-1)!.figures[0]!.date, a.groups.at(-1)!.figures[0]!.date),
	)[0]!;
	const lead = latest.groups.at(-1)!;
	const latestName = `${metricLabel(latest.metric).toLowerCase()}${seriesSides(latest, names)}`;
	const value = lead.conflict ? rangeValue(lead.low, lead.high, latest.unit) : figureValue(lead.figures[0]!);
	const spread =
		series.length === 1 ? '1 series' : `${countOf(series.length, 'series', 'series')}, each reported once so far`;
	return (
		`${countOf(total, 'dated figure')} in ${spread}; the latest: ` +
		`${value} ${latestName} ${onDate(lead.figures[0]!.date)}.`
	);
}

/**
 * Lays out the figures-over-time chart for a width: key-event badges, then one panel per series on a shared
 * time axis.
 */
export function overTimeModel(input: ChartInput, size: ChartSize, options: ChartOptions = {}): OverTimeModel {
	const m = measures(size.width);
	const { all, series, shared, key } = once(input, 'over-time', () => {
		const all = timeSeries(input.figures);
		const series = all.slice(0, MAX_PANELS);
		const groups = series.flatMap((item) => item.groups);
		const timeline = timelineLinker(input.events, input.timelineUrl, timelinePageOf(input));
		const shared = {
			id: 'over-time',
			title: 'Figures over time',
			takeaway: overTimeTakeaway(all, input.names),
			units:
				'Each panel has its own zero-based scale in the unit of its metric (counts unless marked); ' +
				'the time axis is shared.',
			sources: sourceArticles(
				groups.flatMap((group) => group.figures),
				input.articles,
			),
			table: overTimeTable(groups, input, timeline),
		};
		return { all, series, shared, key: keyEvents(input.events, input.keyEventTopics) };
	});
	const drawn = series.map((item) => ({ ...item, groups: item.groups.slice(-MAX_POINTS) }));
	const frame = {
		...shared,
		width: size.width,
		drawn: new Set(drawn.flatMap((item) => item.groups.flatMap((group) => group.figures.map((figure) => figure.id)))),
	};
	if (series.length === 0)
		return {
			...frame,
			description: 'No dated figures yet.',
			empty: 'No dated figures yet.',
			notes: [],
			height: 0,
			panels: [],
			x0: 0,
			x1: size.width,
			timeDomain: null,
			timeTicks: [],
			timeTickY: 0,
			markers: [],
			markerStrip: 0,
			plotTop: 0,
			plotBottom: 0,
		};

	// A panel grows with its reports: a lone dot needs little height and two ticks, a trend needs room.
	const plotHeight = (reports: number) => (reports >= 3 ? (size.width < 480 ? 84 : 96) : reports === 2 ? 72 : 56);
	const tickCount = (reports: number) => (reports >= 2 ? 3 : 2);
	const yScales = drawn.map((item) =>
		scaleLinear()
			.domain(zeroBasedDomain(Math.max(...item.groups.map((group) => group.high))))
			.nice(tickCount(item.groups.length)),
	);
	const yTickSets = yScales.map((scale, index) => scale.ticks(tickCount(drawn[index]!.groups.length)));
	const widest = Math.max(...yTickSets.flat().map((value) => textWidth(formatNumber(value), m.small)));
	const x0 = Math.ceil(widest) + 10;
	const x1 = size.width - 12;
	const dates = drawn.flatMap((item) => item.groups.map((group) => dateToUtc(group.figures[0]!.date!)));
	const timeDomain = monthDomain(dates);
	const x = scaleUtc().domain(timeDomain).range([x0, x1]);

	const badge = 22;
	const markers = eventMarkers(key, x, input.timelineUrl, badge, 3, timelinePageOf(input));
	const markerRows = markers.length ? Math.max(...markers.map((marker) => marker.row)) + 1 : 0;
	const markerStrip = markerRows * (badge + 4);

	let y = markerStrip;
	const plotTop = y;
	const panels: TimePanel[] = drawn.map((item, index) => {
		const title: TextLabel = {
			x: x0,
			y: y + m.line - 4,
			text: fitText(panelTitle(item, input.names), x1 - x0, m.font),
			anchor: 'start',
		};
		const top = y + m.line + 22;
		const bottom = top + plotHeight(item.groups.length);
		const scale = yScales[index]!.range([bottom, top]);
		const points: TimePoint[] = [];
		const ranges: TimeRange[] = [];
		for (const group of item.groups) {
			const lead = group.figures[0]!;
			const approximate = lead.date!.length < 10;
			const px = x(dateToUtc(lead.date!));
			const shape = approximate ? DIAMOND : CIRCLE;
			if (group.conflict) ranges.push({ x: px, y1: scale(group.low), y2: scale(group.high) });
			const distinct = group.conflict ? group.figures : [lead];
			for (const figure of distinct)
				points.push({
					x: px,
					y: scale(figure.value),
					date: figure.date!,
					value: figure.value,
					symbol: shape,
					approximate,
					link: sourceLink(figure, input, options),
					focus: options.focus?.has(figure.article) ?? false,
				});
		}
		const centres = item.groups.map(
			(group) => [x(dateToUtc(group.figures[0]!.date!)), scale((group.low + group.high) / 2)] as [number, number],
		);
		const path =
			new Set(item.groups.map((group) => group.figures[0]!.date)).size >= 2 ? line().digits(1)(centres) : null;
		const labelFor = (group: ReportGroup): TextLabel => {
			const px = x(dateToUtc(group.figures[0]!.date!));
			const text = group.conflict ? rangeValue(group.low, group.high, item.unit) : figureValue(group.figures[0]!);
			const half = textWidth(text, m.small) / 2;
			const anchor = px + half > x1 ? 'end' : px - half < x0 ? 'start' : 'middle';
			return {
				x: anchor === 'end' ? px + 6 : anchor === 'start' ? px - 6 : px,
				y: scale(group.high) - 9,
				text,
				anchor,
			};
		};
		const last = item.groups.at(-1)!;
		const largest = item.groups.reduce((best, group) => (group.high > best.high ? group : best));
		const labels = [labelFor(last), ...(largest !== last ? [labelFor(largest)] : [])];
		y = bottom + 22;
		return {
			key: item.key,
			metric: item.metric,
			subject: item.subject,
			unit: item.unit,
			title,
			top,
			bottom,
			domain: scale.domain() as [number, number],
			ticks: linearTicks(scale, tickCount(item.groups.length)),
			points,
			ranges,
			path,
			labels,
			reports: all[index]!.groups.length,
		};
	});
	const plotBottom = panels.at(-1)!.bottom;
	const timeTickY = plotBottom + m.small + 8;
	const ticks = timeTicks(
		x,
		size.width < 480 ? 64 : 72,
		monthLinker(input.events, input.timelineUrl, timelinePageOf(input)),
	);

	const notes: string[] = [];
	const elsewhere = elsewhereNote(
		input.elsewhere ?? [],
		input.names,
		(figure) => figure.date !== null && isTimeMetric(figure.metric),
	);
	if (elsewhere) notes.push(elsewhere);
	if (all.length > series.length)
		notes.push(
			`Showing the ${series.length} series with the most dated reports of ${all.length}; ` +
				`the rest are in the open data (figures.csv).`,
		);
	if (drawn.some((item, index) => item.groups.length < all[index]!.groups.length))
		notes.push(`Each panel draws at most the ${MAX_POINTS} most recent reports.`);
	if (panels.some((panel) => panel.points.some((point) => point.approximate)))
		notes.push(
			'A hollow diamond is a figure dated only to a month (or year), drawn at its middle; a filled dot has an exact day.',
		);
	if (panels.some((panel) => panel.ranges.length))
		notes.push(
			'A vertical line joins differing reports of the same number on one date, with a linked dot for each source.',
		);
	const others = new Set(
		input.figures
			.filter((figure) => figure.date !== null && figure.scope === null && !isTimeMetric(figure.metric))
			.map((figure) => figure.metric),
	);
	if (others.size)
		notes.push(
			`Other dated numbers (${[...others]
				.sort()
				.slice(0, 4)
				.map((metric) => metricLabel(metric).toLowerCase())
				.join(', ')}${others.size > 4 ? ' …' : ''}) are one-off counts, not drawn here; they are in the open data.`,
		);
	if (markers.length)
		notes.push('Numbered lines mark key events from the timeline (talks, deadlines, summits), listed below the chart.');

	const firstDate = series.flatMap((item) => item.groups.map((group) => group.figures[0]!.date)).sort(compareDates)[0];
	const titles = panels.map((panel) => panel.title.text).join('; ');
	return {
		...frame,
		description: `${countOf(panels.length, 'panel')} of dated figures from ${longDate(firstDate ?? null)}: ${titles}.`,
		empty: null,
		notes,
		height: timeTickY + 6,
		panels,
		x0,
		x1,
		timeDomain,
		timeTicks: ticks,
		timeTickY,
		markers,
		markerStrip,
		plotTop,
		plotBottom,
	};
}

/** The dated figures of the drawn series as table rows, oldest first. */
function overTimeTable(
	groups: readonly ReportGroup[],
	input: ChartInput,
	timeline: (date: string | null) => string,
): OverTimeModel['table'] {
	const conflicted = new Set(groups.filter((group) => group.conflict).flatMap((group) => group.figures));
	const rows = groups
		.flatMap((group) => group.figures)
		.sort((a, b) => compareDates(a.date, b.date) || a.metric.localeCompare(b.metric) || a.value - b.value)
		.map((figure): Record<string, TableCell> => {
			const conflict = conflicted.has(figure);
			const article = input.articles.get(figure.article);
			const href = article ? `${article.url}#${figure.sentence}` : null;
			return {
				figure_id: cell(figure.id),
				// "reported Dec 2025" when the date is the article's own, "to 21 Nov 2025" for a total: never a day the text
				// does not give to what the figure counts.
				date: cell(figure.date, figureDateWords(figure, shortDate), timeline(figure.date)),
				metric: cell(figure.metric, metricLabel(figure.metric)),
				sides: cell(sidesWords(figure, input.names)),
				subject: cell(figure.subject),
				subject_role: cell(figure.subjectRole),
				intercepted_by: cell(figure.interceptedBy),
				inflicted_by: cell(figure.inflictedBy),
				place: cell(figure.place),
				...spanCells(figure),
				unit: cell(figure.unit),
				qualifier: cell(figure.qualifier),
				claimed_by: cell(figure.claimedBy, claimText(figure.claimedBy, input.names)),
				conflict: cell(conflict ? 'yes' : 'no', conflict ? 'differs between articles' : ''),
				source: cell(href, article?.title ?? figure.article, href ?? undefined),
			};
		});
	return {
		caption: 'Dated figures behind the chart, oldest first',
		columns: [
			{ key: 'figure_id', label: 'Figure id', csvOnly: true },
			{ key: 'date', label: 'Date' },
			{ key: 'metric', label: 'What' },
			{ key: 'sides', label: 'Who and where' },
			{ key: 'subject', label: 'Subject (entity id)', csvOnly: true },
			{ key: 'subject_role', label: 'Subject is', csvOnly: true },
			{ key: 'intercepted_by', label: 'Intercepted by (entity id)', csvOnly: true },
			{ key: 'inflicted_by', label: 'Attack by (entity id)', csvOnly: true },
			{ key: 'place', label: 'Where (entity id)', csvOnly: true },
			...spanColumns(rows.map((row) => ({ span: (row.span?.value ?? null) as FigureSpan | null }))),
			{ key: 'unit', label: 'Unit' },
			{ key: 'qualifier', label: 'Qualifier' },
			{ key: 'claimed_by', label: 'Claimed by' },
			{ key: 'conflict', label: 'Conflicting reports' },
			{ key: 'source', label: 'Source' },
			...SPAN_CSV_COLUMNS,
		],
		rows,
	};
}
