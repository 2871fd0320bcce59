/**
 * Casualties and losses: reported killed, injured and other losses by category and side, one labelled
 * bar per reported number with its qualifier ("at least 8"). Single attacks and days, counts over a stated period and
 * totals so far are drawn in sections with a zero-based scale each, never on one axis.
 */
import { scaleLinear } from 'd3';
import { figureDateWords } from '../../format/figure-date.ts';
import { SPAN_HEADINGS, SPAN_WORDS, SPANS, spanOf } from '../../format/figure-span.ts';
import { metricLabel } from '../../format/metric.ts';
import { countOf, nounFor } from '../../format/plural.ts';
import { type FigureRecord, type FigureSpan, metricById } from '../../schemas/index.ts';
import { getOrCreate } from '../../shared/get-or-create.ts';
import { linearTicks, zeroBasedDomain } from '../axis.ts';
import { groupReports, type ReportGroup, rangeEnds } from '../conflicts.ts';
import {
	claimText,
	displayName,
	figureValue,
	fitText,
	rangeValue,
	shortDate,
	sidesWords,
	textWidth,
} from '../format.ts';
import { measures } from '../layout.ts';
import { sourceArticles, sourceLink, timelineLinker, timelinePageOf } from '../links.ts';
import { once } from '../memo.ts';
import { SPAN_CSV_COLUMNS, spanCells, spanColumns } from '../span-columns.ts';
import { cell } from '../table.ts';
import { elsewhereNote } from '../theatres.ts';
import { compareDates } from '../time.ts';
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

/** The loss metrics drawn first, in this order; other loss metrics of the registry follow. */
export const LOSS_METRICS = [
	'killed',
	'civilians_killed',
	'soldiers_killed',
	'officers_killed',
	'generals_killed',
	'injured',
] as const;

/** True for a metric that counts people killed, injured or otherwise lost: the registry draws it on this chart. */
export function isLossMetric(metric: string): boolean {
	return metricById(metric)?.charts.includes('losses') ?? false;
}

/** How many bars are drawn at most; the CSV lists all. */
export const MAX_ROWS = 14;

/** One reported loss: its category, side, bar, linked value and any range of conflicting reports. */
export interface LossRow {
	metric: string;
	subject: string | null;
	group: ReportGroup;
	label: TextLabel;
	value: TextLabel;
	/** The linked value text and bar share the first report's link. */
	link: SourceLink | null;
	bar: { x: number; y: number; width: number; height: number };
	range: { x1: number; x2: number; y: number; ends: { x: number; value: number; link: SourceLink | null }[] } | null;
	focus: boolean;
}

/** A category heading ("Officers killed") over its rows. */
export interface LossCategory {
	metric: string;
	title: TextLabel;
	rows: LossRow[];
}

/**
 * The bars of one span (single attacks and days, a stated period, totals so far) on a scale of their own: a war's
 * toll is never measured against one night's.
 */
export interface LossSection {
	span: FigureSpan;
	title: TextLabel;
	categories: LossCategory[];
	domain: [number, number];
	ticks: Tick[];
	tickY: number;
	gridTop: number;
	gridBottom: number;
}

/** The laid-out losses chart. */
export interface LossesModel extends ChartFrame {
	sections: LossSection[];
	/** Every category of every section, in drawing order. */
	categories: LossCategory[];
	x0: number;
	x1: number;
	/** Every reported loss (after merging reports of one number). */
	groups: ReportGroup[];
}

const categoryRank = (metric: string) => {
	const index = (LOSS_METRICS as readonly string[]).indexOf(metric);
	return index === -1 ? LOSS_METRICS.length : index;
};

/** Orders loss groups for drawing: by category, then largest first. */
function byCategory(a: ReportGroup, b: ReportGroup): number {
	const [fa, fb] = [a.figures[0]!, b.figures[0]!];
	return (
		categoryRank(fa.metric) - categoryRank(fb.metric) ||
		fa.metric.localeCompare(fb.metric) ||
		b.high - a.high ||
		compareDates(fa.date, fb.date)
	);
}

const largestFirst = new WeakMap<readonly ReportGroup[], ReportGroup[]>();

/** The groups drawn: every focus group, then the largest, at most `limit`. */
export function capLosses(groups: readonly ReportGroup[], limit: number, focus?: ReadonlySet<string>): ReportGroup[] {
	const inFocus = (group: ReportGroup) => (focus ? group.figures.some((figure) => focus.has(figure.article)) : false);
	const kept = new Set(groups.filter(inFocus).slice(0, limit));
	// Every article page caps the same groups with its own focus: sort them by size once.
	const bySize = getOrCreate(largestFirst, groups, () => [...groups].sort((a, b) => b.high - a.high));
	for (const group of bySize) {
		if (kept.size >= limit) break;
		kept.add(group);
	}
	return groups.filter((group) => kept.has(group));
}

/** The one-line finding: the largest reported loss, whose, as claimed by whom, out of how many. */
export function lossesTakeaway(
	groups: readonly ReportGroup[],
	names: ReadonlyMap<string, string>,
	sources: ChartInput['articles'] = new Map(),
): string {
	if (groups.length === 0) return 'No casualty figures yet.';
	// The largest of each kind of count: a total so far is never called larger than one night's loss.
	const LEADS: Record<FigureSpan, string> = {
		incident: 'Largest loss in a single attack or day',
		period: 'largest over a stated period',
		cumulative: 'largest total so far',
	};
	const parts = SPANS.flatMap((span) => {
		const inSpan = groups.filter((group) => spanOf(group.figures[0]!) === span);
		if (inSpan.length === 0) return [];
		const largest = [...inSpan].sort((a, b) => b.high - a.high)[0]!;
		const lead = largest.figures.at(-1)!;
		const value = largest.conflict ? rangeValue(largest.low, largest.high, lead.unit) : figureValue(lead);
		const when = figureDateWords(lead, shortDate, sources.get(lead.article)?.publishedShort ?? null);
		const claimant = displayName(lead.claimedBy, names);
		return [
			`${LEADS[span]}: ${value} ${metricLabel(lead.metric).toLowerCase()} ` +
				`(${sidesWords(lead, names)}, ${when})${claimant ? `, claimed by ${claimant}` : ''}`,
		];
	});
	const sentence = parts.join('; ');
	const articles = new Set(groups.flatMap((group) => group.figures.map((figure) => figure.article))).size;
	const count = `${countOf(groups.length, 'loss figure')} from ${countOf(articles, 'article')}`;
	return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}; ${count}.`;
}

/**
 * Lays out the losses chart for a width: one section per span, each with category headings, one bar per reported
 * number and a zero-based scale of its own.
 */
export function lossesModel(input: ChartInput, size: ChartSize, options: ChartOptions = {}): LossesModel {
	const m = measures(size.width);
	const { parts, groups, timeline, takeaway, sources, table } = once(input, 'losses', () => {
		const lossFigures = input.figures.filter((figure) => isLossMetric(figure.metric));
		const parts = lossFigures.filter((figure) => figure.scope !== null);
		const groups = groupReports(lossFigures.filter((figure) => figure.scope === null)).sort(byCategory);
		const timeline = timelineLinker(input.events, input.timelineUrl, timelinePageOf(input));
		return {
			parts,
			groups,
			timeline,
			takeaway: lossesTakeaway(groups, input.names, input.articles),
			sources: sourceArticles(lossFigures, input.articles),
			table: lossesTable(groups, parts, input, timeline),
		};
	});
	const shown = capLosses(groups, options.limit ?? MAX_ROWS, options.focus);
	const link = (figure: FigureRecord) => sourceLink(figure, input, options);

	const x0 = 0;
	const x1 = size.width - 8;
	const tickCount = size.width < 480 ? 3 : 6;
	const sections: LossSection[] = [];
	let y = 0;
	for (const span of SPANS) {
		const inSpan = shown.filter((group) => spanOf(group.figures[0]!) === span);
		if (inSpan.length === 0) continue;
		y += sections.length ? m.gap + 6 : 0;
		const title: TextLabel = { x: x0, y: y + m.line - 4, text: SPAN_HEADINGS[span], anchor: 'start' };
		y += m.line + 6;
		const top = Math.max(0, ...inSpan.map((group) => group.high));
		const scale = scaleLinear().domain(zeroBasedDomain(top)).nice(tickCount).range([x0, x1]);
		const gridTop = y;
		const categories: LossCategory[] = [];
		for (const group of inSpan) {
			const lead = group.figures[0]!;
			let category = categories.at(-1);
			if (!category || category.metric !== lead.metric) {
				y += categories.length ? 4 : 0;
				category = {
					metric: lead.metric,
					title: { x: x0, y: y + m.line - 4, text: metricLabel(lead.metric), anchor: 'start' },
					rows: [],
				};
				categories.push(category);
				y += m.line + 4;
			}
			const value = group.conflict
				? `${rangeValue(group.low, group.high, lead.unit)} (reports differ)`
				: figureValue(lead);
			const room = x1 - x0 - textWidth(value, m.font) - 12;
			const side = sidesWords(lead, input.names);
			// A running total is reached by its date, a count happened on it; a date the text does not give is when it was
			// reported.
			const when = figureDateWords(lead, shortDate, input.articles.get(lead.article)?.publishedShort ?? null);
			const withClaim = `${side} · ${when} · ${claimText(lead.claimedBy, input.names)}`;
			const labelText = textWidth(withClaim, m.font) <= room ? withClaim : fitText(`${side} · ${when}`, room, m.font);
			const barY = y + m.line + 2;
			const width = lead.value > 0 ? Math.max(2, scale(group.low) - x0) : 0;
			category.rows.push({
				metric: lead.metric,
				subject: lead.subject,
				group,
				label: { x: x0, y: y + m.line - 5, text: labelText, anchor: 'start', href: timeline(lead.date) },
				value: { x: x1, y: y + m.line - 5, text: value, anchor: 'end' },
				link: link(lead),
				bar: { x: x0, y: barY, width, height: m.bar },
				range: group.conflict
					? {
							x1: scale(group.low),
							x2: scale(group.high),
							y: barY + m.bar / 2,
							ends: rangeEnds(group).map((figure) => ({
								x: scale(figure.value),
								value: figure.value,
								link: link(figure),
							})),
						}
					: null,
				focus: options.focus ? group.figures.some((figure) => options.focus!.has(figure.article)) : false,
			});
			y = barY + m.bar + m.gap;
		}
		const gridBottom = y - m.gap + 4;
		const tickY = gridBottom + m.small + 2;
		sections.push({
			span,
			title,
			categories,
			domain: scale.domain() as [number, number],
			ticks: linearTicks(scale, tickCount),
			tickY,
			gridTop,
			gridBottom,
		});
		y = tickY;
	}
	const categories = sections.flatMap((section) => section.categories);

	const notes: string[] = [];
	const elsewhere = elsewhereNote(input.elsewhere ?? [], input.names, (figure) => isLossMetric(figure.metric));
	if (elsewhere) notes.push(elsewhere);
	if (shown.length < groups.length)
		notes.push(`Showing the ${shown.length} largest of ${groups.length} reported loss figures; the CSV lists all.`);
	if (groups.some((group) => group.conflict))
		notes.push(
			'Where articles give different numbers for the same loss, ' +
				'a line spans the reported values with a linked mark for each source; the bar stops at the lowest.',
		);
	if (parts.length > 0)
		notes.push(
			`${countOf(parts.length, 'figure counts', 'figures count')} part of a larger loss (one place or group); ` +
				`${nounFor(parts.length, 'it is', 'they are')} in the table, not drawn.`,
		);
	if (sections.length > 1)
		notes.push(
			`Each kind of count has its own scale (${sections.map((section) => SPAN_WORDS[section.span]).join('; ')}), ` +
				'and bars of different kinds must not be compared: a total so far counts a whole period, a single attack one day.',
		);
	const killedKinds = new Set(
		groups.map((group) => group.figures[0]!.metric).filter((metric) => metric.endsWith('killed')),
	);
	if (killedKinds.size > 1)
		notes.push(
			'Categories overlap: “killed” may include the civilians, soldiers or officers counted in other ' +
				'rows, so the bars must not be added up.',
		);

	return {
		id: 'losses',
		title: 'Reported casualties and losses',
		takeaway,
		units:
			'People killed, injured or otherwise lost, per reported figure, ' +
			'as the articles word them (“at least 8”). Single attacks and days, counts over a stated period and ' +
			'totals so far each have their own scale starting at zero.',
		description:
			groups.length === 0
				? 'No casualty figures yet.'
				: `Horizontal bars in sections by what they count (${sections.map((section) => SPAN_WORDS[section.span]).join(', ')}), ` +
					`grouped by category ` +
					`(${categories.map((category) => category.title.text.toLowerCase()).join(', ')}), ` +
					`one per reported figure, labelled with the side, date and the number as worded.`,
		empty: groups.length === 0 ? 'No casualty figures yet.' : null,
		notes: groups.length === 0 ? [] : notes,
		sources,
		table,
		drawn: new Set(shown.flatMap((group) => group.figures.map((figure) => figure.id))),
		width: size.width,
		height: groups.length === 0 ? 0 : y + 6,
		sections,
		categories,
		x0,
		x1,
		groups,
	};
}

/** Every loss figure as a table row, in the chart's order, then parts of larger figures. */
function lossesTable(
	groups: readonly ReportGroup[],
	parts: readonly FigureRecord[],
	input: ChartInput,
	timeline: (date: string | null) => string,
): LossesModel['table'] {
	const row = (figure: FigureRecord, conflict: boolean): Record<string, TableCell> => {
		const article = input.articles.get(figure.article);
		const href = article ? `${article.url}#${figure.sentence}` : null;
		return {
			figure_id: cell(figure.id),
			category: cell(figure.metric, metricLabel(figure.metric)),
			sides: cell(sidesWords(figure, input.names)),
			victims: cell(figure.subject),
			victims_are: cell(figure.subjectRole),
			inflicted_by: cell(figure.inflictedBy),
			place: cell(figure.place),
			...spanCells(figure),
			qualifier: cell(figure.qualifier),
			// "reported Dec 2025" when the date is the article's own, "to 21 Nov 2025" for a total: never a day the text
			// does not give to what the figure counts.
			date: cell(figure.date, figureDateWords(figure, shortDate), timeline(figure.date)),
			scope: cell(figure.scope, figure.scope ?? 'whole'),
			claimed_by: cell(figure.claimedBy, claimText(figure.claimedBy, input.names)),
			conflict: cell(conflict ? 'yes' : 'no', conflict ? 'differs between articles' : ''),
			source: cell(href, article?.title ?? figure.article, href ?? undefined),
		};
	};
	return {
		caption: 'Casualty and loss figures behind the chart, with who claims each',
		columns: [
			{ key: 'figure_id', label: 'Figure id', csvOnly: true },
			{ key: 'category', label: 'Category' },
			{ key: 'sides', label: 'Whose losses, where, by whom' },
			{ key: 'victims', label: 'Victims (entity id)', csvOnly: true },
			{ key: 'victims_are', label: 'Victims read as', csvOnly: true },
			{ key: 'inflicted_by', label: 'Attack by (entity id)', csvOnly: true },
			{ key: 'place', label: 'Where (entity id)', csvOnly: true },
			...spanColumns([...groups.flatMap((group) => group.figures), ...parts]),
			{ key: 'qualifier', label: 'Qualifier' },
			{ key: 'date', label: 'Date' },
			{ key: 'scope', label: 'Scope' },
			{ key: 'claimed_by', label: 'Claimed by' },
			{ key: 'conflict', label: 'Conflicting reports' },
			{ key: 'source', label: 'Source' },
			...SPAN_CSV_COLUMNS,
		],
		rows: [
			...groups.flatMap((group) => group.figures.map((figure) => row(figure, group.conflict))),
			...[...parts].sort((a, b) => compareDates(a.date, b.date)).map((figure) => row(figure, false)),
		],
	};
}
