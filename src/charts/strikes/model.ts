/**
 * Strikes: drones and missiles launched versus intercepted, one row per reported attack, by date. A
 * full bar is the number launched; its solid part the number intercepted. Parts of larger figures
 * (a region's share) are kept for the table and notes, never drawn beside the wholes.
 */

import { max, scaleLinear } from 'd3';
import { figureDateWords } from '../../format/figure-date.ts';
import { spanOf, spanWords } from '../../format/figure-span.ts';
import { formatNumber } from '../../format/number.ts';
import { countOf } from '../../format/plural.ts';
import type { FigureRecord } from '../../schemas/index.ts';
import { linearTicks, zeroBasedDomain } from '../axis.ts';
import { type ReportGroup, rangeEnds, reportGroup } from '../conflicts.ts';
import {
	claimText,
	displayName,
	figureValue,
	fitText,
	longDate,
	onDate,
	percent,
	rangeValue,
	shortDate,
	sideName,
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

/** The metrics this chart reads. */
export const STRIKE_METRICS = [
	'drones_launched',
	'drones_intercepted',
	'missiles_launched',
	'missiles_intercepted',
] as const;

/** The weapons drawn, each in its own panel with its own zero-based scale. */
export const WEAPONS = [
	{ key: 'drones', label: 'Drones', launched: 'drones_launched', intercepted: 'drones_intercepted' },
	{ key: 'missiles', label: 'Missiles', launched: 'missiles_launched', intercepted: 'missiles_intercepted' },
] as const;
export type Weapon = (typeof WEAPONS)[number]['key'];

/** How many attacks are drawn at most; the CSV lists all. */
export const MAX_ATTACKS = 10;

/** One reported attack: the figures of one side on one date, paired within an article and merged across articles. */
export interface Attack {
	key: string;
	date: string | null;
	/** Who launched (an entity id), or null when not stated. */
	subject: string | null;
	/** Who shot them down (an entity id), or null when no interception figure of the attack says. */
	interceptedBy: string | null;
	/** Launched and intercepted reports per weapon (null when not reported). */
	slots: Record<Weapon, { launched: ReportGroup | null; intercepted: ReportGroup | null }>;
	/** Article ids this attack is reported in. */
	articles: string[];
}

/**
 * What a bar segment shows: intercepted (solid), the launched remainder not reported intercepted (hatched),
 * or launched with no interception figure (outlined).
 */
export type SegmentKind = 'intercepted' | 'remainder' | 'launched';

/** One linked bar segment. */
export interface Segment {
	kind: SegmentKind;
	x: number;
	y: number;
	width: number;
	height: number;
	link: SourceLink | null;
}

/** Differing reports of one number: a line from the lowest to the highest value with a linked end per reported value (`rangeEnds`). */
export interface RangeMark {
	x1: number;
	x2: number;
	y: number;
	ends: { x: number; link: SourceLink | null; value: number }[];
}

/** One attack's row in a weapon panel. */
export interface StrikeRow {
	attack: string;
	/** Date and side, linked to that day on the timeline. */
	label: TextLabel;
	/** Who launched and who intercepted, on a line of its own when it does not fit beside the date; else null. */
	sides: TextLabel | null;
	/** The numbers in words, right-aligned ("97 of 120 intercepted (81%)"). */
	value: TextLabel;
	segments: Segment[];
	ranges: RangeMark[];
	focus: boolean;
}

/** One weapon's panel: heading, zero-based scale ticks and rows. */
export interface StrikePanel {
	weapon: Weapon;
	title: TextLabel;
	y: number;
	height: number;
	/** Left and right end of the scale (value 0 sits at `x0`). */
	x0: number;
	x1: number;
	domain: [number, number];
	ticks: Tick[];
	/** Baseline of the tick labels. */
	tickY: number;
	/** Top and bottom of the gridlines. */
	gridTop: number;
	gridBottom: number;
	rows: StrikeRow[];
}

/** The laid-out strikes chart. */
export interface StrikesModel extends ChartFrame {
	panels: StrikePanel[];
	attacks: Attack[];
	/** Attacks drawn (after capping), oldest first. */
	shown: Attack[];
}

const TITLE = 'Drones and missiles launched and intercepted';
const isStrike = (figure: FigureRecord) => (STRIKE_METRICS as readonly string[]).includes(figure.metric);

/**
 * Pairs launched and intercepted figures of one article, date and side; then merges the same attack (same day
 * and side, or linked as conflicting) across articles.
 */
export function groupAttacks(figures: readonly FigureRecord[]): Attack[] {
	const units = new Map<string, FigureRecord[]>();
	for (const figure of figures) {
		// A part of an attack, or a count over a period or since a start, is no attack of its own.
		if (!isStrike(figure) || figure.scope !== null || spanOf(figure) !== 'incident') continue;
		const key = [figure.article, figure.date ?? '', figure.subject ?? ''].join('|');
		const unit = units.get(key);
		if (unit) unit.push(figure);
		else units.set(key, [figure]);
	}
	// Union units that report the same day and side, or whose figures are linked as conflicting.
	const keys = [...units.keys()];
	const parent = keys.map((_, index) => index);
	const find = (index: number): number => {
		if (parent[index] !== index) parent[index] = find(parent[index]!);
		return parent[index]!;
	};
	const byDaySide = new Map<string, number>();
	const byFigure = new Map<string, number>();
	keys.forEach((key, index) => {
		for (const figure of units.get(key)!) byFigure.set(figure.id, index);
	});
	keys.forEach((key, index) => {
		const unit = units.get(key)!;
		const first = unit[0]!;
		if (first.date !== null && first.date.length === 10) {
			const daySide = `${first.date}|${first.subject ?? ''}`;
			const other = byDaySide.get(daySide);
			if (other === undefined) byDaySide.set(daySide, index);
			else parent[find(index)] = find(other);
		}
		for (const figure of unit)
			for (const id of figure.conflictsWith) {
				const other = byFigure.get(id);
				if (other !== undefined) parent[find(index)] = find(other);
			}
	});
	const merged = new Map<number, FigureRecord[]>();
	keys.forEach((key, index) => {
		const root = find(index);
		merged.set(root, [...(merged.get(root) ?? []), ...units.get(key)!]);
	});
	const attacks = [...merged.values()].map((group): Attack => {
		const first = group[0]!;
		const slot = (metric: string) => {
			const reports = group.filter((figure) => figure.metric === metric);
			return reports.length ? reportGroup(reports) : null;
		};
		const slots = Object.fromEntries(
			WEAPONS.map((weapon) => [weapon.key, { launched: slot(weapon.launched), intercepted: slot(weapon.intercepted) }]),
		) as Attack['slots'];
		const launched = group.find((figure) => figure.metric.endsWith('_launched'));
		return {
			key: `${first.date ?? 'undated'}-${(launched ?? first).subject ?? 'unknown'}-${first.id}`,
			date: first.date,
			subject: (launched ?? first).subject,
			interceptedBy: group.find((figure) => figure.interceptedBy !== null)?.interceptedBy ?? null,
			slots,
			articles: [...new Set(group.map((figure) => figure.article))],
		};
	});
	return attacks.sort((a, b) => compareDates(a.date, b.date) || a.key.localeCompare(b.key));
}

/** The attacks drawn: every focus attack, then the most recent, at most `limit`, oldest first. */
export function capAttacks(attacks: readonly Attack[], limit: number, focus?: ReadonlySet<string>): Attack[] {
	const inFocus = (attack: Attack) => (focus ? attack.articles.some((id) => focus.has(id)) : false);
	const kept = new Set(attacks.filter(inFocus).slice(-limit));
	for (let index = attacks.length - 1; index >= 0 && kept.size < limit; index--) kept.add(attacks[index]!);
	return attacks.filter((attack) => kept.has(attack));
}

/**
 * Who launched and who intercepted, in words: "launched by Russia, intercepted by Ukraine", or in a narrow row
 * "by Russia · downed by Ukraine".
 */
export function attackSides(
	attack: Pick<Attack, 'subject' | 'interceptedBy'>,
	names: ReadonlyMap<string, string>,
	short = false,
): string {
	const launcher = attack.subject ? sideName(attack.subject, names) : null;
	const interceptor = attack.interceptedBy ? sideName(attack.interceptedBy, names) : null;
	if (short)
		return `${launcher ? `by ${launcher}` : 'launcher not stated'}${interceptor ? ` · downed by ${interceptor}` : ''}`;
	const launched = launcher ? `launched by ${launcher}` : 'launcher not stated';
	return interceptor ? `${launched}, intercepted by ${interceptor}` : launched;
}

/** The numbers of one weapon of one attack in words ("97 of 120 intercepted (81%)"). */
export function slotText(slot: Attack['slots'][Weapon]): string {
	const words = (group: ReportGroup) =>
		group.conflict ? rangeValue(group.low, group.high, 'count') : figureValue(group.figures[0]!);
	const { launched, intercepted } = slot;
	if (launched && intercepted) {
		const share = launched.conflict || intercepted.conflict ? '' : ` (${percent(intercepted.low, launched.low)})`;
		return `${words(intercepted)} of ${words(launched)} intercepted${share}`;
	}
	if (launched) return `${words(launched)} launched`;
	if (intercepted) return `${words(intercepted)} intercepted`;
	return '';
}

/** The one-line finding: the share intercepted in the latest attack with both numbers, as claimed. */
export function strikesTakeaway(attacks: readonly Attack[], names: ReadonlyMap<string, string>): string {
	if (attacks.length === 0) return 'No strike figures yet.';
	const paired = [...attacks]
		.reverse()
		.find((attack) =>
			WEAPONS.some((weapon) => attack.slots[weapon.key].launched && attack.slots[weapon.key].intercepted),
		);
	if (!paired) {
		const latest = attacks.at(-1)!;
		const count = countOf(attacks.length, 'reported attack');
		return (
			`${count}, none with both launched and intercepted numbers; the latest: ` +
			`${slotText(latest.slots.drones) || slotText(latest.slots.missiles)} ${onDate(latest.date)}.`
		);
	}
	const parts = WEAPONS.flatMap((weapon) => {
		const { launched, intercepted } = paired.slots[weapon.key];
		if (!launched || !intercepted) return [];
		const noun = weapon.label.toLowerCase();
		return [
			`${formatNumber(intercepted.low)} of ${formatNumber(launched.low)} ${noun} ` +
				`(${percent(intercepted.low, launched.low)})`,
		];
	});
	// The claimant of the interception figures themselves: who says the drones were shot down, not who spoke nearby.
	const intercepts = WEAPONS.map((weapon) => paired.slots[weapon.key].intercepted);
	const claimant = intercepts.map((group) => group?.figures[0]?.claimedBy ?? null).find((id) => id !== null) ?? null;
	const by = paired.subject ? ` launched by ${sideName(paired.subject, names)}` : ' (launcher not stated)';
	const interceptor = paired.interceptedBy ? sideName(paired.interceptedBy, names) : null;
	const who = displayName(claimant, names);
	const list = parts.join(' and ');
	const lead = interceptor ? `${interceptor} intercepted` : 'Intercepted (interceptor not stated):';
	return `${lead} ${list}${by} ${onDate(paired.date)}${who ? `, according to ${who}` : ', not attributed'}.`;
}

/** Lays out the strikes chart for a width: one panel per weapon, one row per attack, bars from zero. */
export function strikesModel(input: ChartInput, size: ChartSize, options: ChartOptions = {}): StrikesModel {
	const m = measures(size.width);
	const { parts, attacks, timeline, takeaway, sources, table } = once(input, 'strikes', () => {
		const strikeFigures = input.figures.filter(isStrike);
		// Parts of an attack and counts over a period or since a start: in the table and a note, never a bar beside
		// one night's attack.
		const parts = strikeFigures.filter((figure) => figure.scope !== null || spanOf(figure) !== 'incident');
		const attacks = groupAttacks(strikeFigures);
		const timeline = timelineLinker(input.events, input.timelineUrl, timelinePageOf(input));
		return {
			parts,
			attacks,
			timeline,
			takeaway: strikesTakeaway(attacks, input.names),
			sources: sourceArticles(strikeFigures, input.articles),
			table: strikesTable(attacks, parts, input, timeline),
		};
	});
	const shown = capAttacks(attacks, options.limit ?? MAX_ATTACKS, options.focus);
	const link = (figure: FigureRecord | undefined) => (figure ? sourceLink(figure, input, options) : null);

	const x0 = 0;
	const x1 = size.width - 8;
	const panels: StrikePanel[] = [];
	let y = 0;
	for (const weapon of WEAPONS) {
		const rowsOf = shown.filter((attack) => attack.slots[weapon.key].launched || attack.slots[weapon.key].intercepted);
		if (rowsOf.length === 0) continue;
		const top =
			max(rowsOf, (attack) =>
				Math.max(attack.slots[weapon.key].launched?.high ?? 0, attack.slots[weapon.key].intercepted?.high ?? 0),
			) ?? 0;
		const tickCount = size.width < 480 ? 3 : 6;
		const scale = scaleLinear().domain(zeroBasedDomain(top)).nice(tickCount).range([x0, x1]);
		const px = (value: number) => scale(value);
		const barWidth = (from: number, to: number) => Math.max(to > from ? 1 : 0, px(to) - px(from));
		const panelTop = y;
		const title: TextLabel = { x: x0, y: panelTop + m.line - 4, text: weapon.label, anchor: 'start' };
		let rowY = panelTop + m.line + 8;
		const gridTop = rowY;
		const rows: StrikeRow[] = rowsOf.map((attack) => {
			const slot = attack.slots[weapon.key];
			// Date and sides on one line when they fit; else the sides on a line of their own, never cut mid-name.
			const date = shortDate(attack.date);
			const sides = attackSides(attack, input.names);
			const together = `${date} · ${sides}`;
			const sidesApart =
				textWidth(together, m.font) <= x1 - x0
					? null
					: textWidth(sides, m.font) <= x1 - x0
						? sides
						: attackSides(attack, input.names, true);
			const labelText = sidesApart === null ? together : date;
			const sidesY = rowY + 2 * m.line - 5;
			if (sidesApart !== null) rowY += m.line;
			const barY = rowY + m.line + 2;
			const mid = barY + m.bar / 2;
			const segments: Segment[] = [];
			const { launched, intercepted } = slot;
			if (intercepted)
				segments.push({
					kind: 'intercepted',
					x: x0,
					y: barY,
					width: barWidth(0, intercepted.low),
					height: m.bar,
					link: link(intercepted.figures[0]),
				});
			if (launched && intercepted && launched.low > intercepted.low)
				segments.push({
					kind: 'remainder',
					x: px(intercepted.low),
					y: barY,
					width: barWidth(intercepted.low, launched.low),
					height: m.bar,
					link: link(launched.figures[0]),
				});
			if (launched && (!intercepted || launched.low < intercepted.low))
				segments.push({
					kind: 'launched',
					x: x0,
					y: barY,
					width: barWidth(0, launched.low),
					height: m.bar,
					link: link(launched.figures[0]),
				});
			const ranges: RangeMark[] = [launched, intercepted]
				.filter((group): group is ReportGroup => group?.conflict === true)
				.map((group, index) => ({
					x1: px(group.low),
					x2: px(group.high),
					y: mid + (index === 0 ? 0 : 3),
					ends: rangeEnds(group).map((figure) => ({ x: px(figure.value), value: figure.value, link: link(figure) })),
				}));
			const valueText = slotText(slot);
			const labelY = sidesApart === null ? rowY + m.line - 5 : rowY - 5;
			// When date, side and numbers do not share a line, the numbers go on their own line under the bar.
			const oneLine = textWidth(labelText, m.font) + textWidth(valueText, m.font) + 12 <= x1 - x0;
			const valueY = oneLine ? labelY : barY + m.bar + m.line - 4;
			const row: StrikeRow = {
				attack: attack.key,
				label: {
					x: x0,
					y: labelY,
					text: fitText(labelText, x1 - x0, m.font),
					anchor: 'start',
					href: timeline(attack.date),
				},
				sides:
					sidesApart === null
						? null
						: { x: x0, y: sidesY, text: fitText(sidesApart, x1 - x0, m.font), anchor: 'start' },
				value: oneLine
					? { x: x1, y: valueY, text: valueText, anchor: 'end' }
					: { x: x0, y: valueY, text: valueText, anchor: 'start' },
				segments,
				ranges,
				focus: options.focus ? attack.articles.some((id) => options.focus!.has(id)) : false,
			};
			if (!oneLine) rowY += m.line;
			rowY += m.line + 2 + m.bar + m.gap;
			return row;
		});
		const gridBottom = rowY - m.gap + 4;
		const tickY = gridBottom + m.small + 2;
		const ticks = linearTicks(scale, tickCount);
		const height = tickY + 6 - panelTop;
		panels.push({
			weapon: weapon.key,
			title,
			y: panelTop,
			height,
			x0,
			x1,
			domain: scale.domain() as [number, number],
			ticks,
			tickY,
			gridTop,
			gridBottom,
			rows,
		});
		y = panelTop + height + 20;
	}

	const notes: string[] = [];
	const elsewhere = elsewhereNote(input.elsewhere ?? [], input.names, isStrike);
	if (elsewhere) notes.push(elsewhere);
	if (shown.length < attacks.length)
		notes.push(`Showing the ${shown.length} most recent of ${attacks.length} reported attacks; the CSV lists all.`);
	if (
		attacks.some((attack) =>
			WEAPONS.some(
				(weapon) => attack.slots[weapon.key].launched?.conflict || attack.slots[weapon.key].intercepted?.conflict,
			),
		)
	)
		notes.push(
			'Where articles give different numbers for one attack, a line spans the reported values with a ' +
				'linked mark for each source; the bar stops at the lowest.',
		);
	if (parts.length > 0) {
		const listed = parts
			.slice(0, 3)
			.map(
				(figure) =>
					`${figureValue(figure)} ${figure.metric.replace(/_/g, ' ')}, ` +
					`${figure.scope ?? spanWords(figure) ?? ''} (${shortDate(figure.date)})`,
			);
		notes.push(
			`Parts of larger figures, and counts over a period or since a start, are in the table, not drawn beside ` +
				`single attacks: ${listed.join('; ')}${parts.length > 3 ? `; and ${parts.length - 3} more` : ''}.`,
		);
	}

	const first = shown[0];
	const last = shown.at(-1);
	const span = first?.date ? `from ${longDate(first.date)} to ${longDate(last?.date ?? null)}` : 'by date';
	return {
		id: 'strikes',
		title: TITLE,
		takeaway,
		units:
			'Number of drones and missiles per reported attack, as stated in the articles. ' +
			'Each weapon has its own scale, starting at zero.',
		description:
			attacks.length === 0
				? 'No strike figures yet.'
				: `Horizontal bars, one per reported attack and weapon, ${span}: the full bar is the number launched, ` +
					'its solid part the number intercepted, the hatched part launched but not reported intercepted. ' +
					'Bars with only an outline have no interception figure.',
		empty: attacks.length === 0 ? 'No strike figures yet.' : null,
		notes,
		sources,
		table,
		drawn: new Set(
			shown.flatMap((attack) =>
				WEAPONS.flatMap((weapon) => [attack.slots[weapon.key].launched, attack.slots[weapon.key].intercepted]).flatMap(
					(group) => group?.figures.map((figure) => figure.id) ?? [],
				),
			),
		),
		width: size.width,
		height: Math.max(0, y - 20),
		panels,
		attacks,
		shown,
	};
}

/** Every strike figure as a table row (wholes by attack, then parts), with the same numbers the bars show. */
/** Every figure of an attack. */
function attackFigures(attack: Attack): FigureRecord[] {
	return WEAPONS.flatMap((weapon) => {
		const { launched, intercepted } = attack.slots[weapon.key];
		return [...(launched?.figures ?? []), ...(intercepted?.figures ?? [])];
	});
}

function strikesTable(
	attacks: readonly Attack[],
	parts: readonly FigureRecord[],
	input: ChartInput,
	timeline: (date: string | null) => string,
): StrikesModel['table'] {
	const rows: Record<string, TableCell>[] = [];
	const add = (
		figure: FigureRecord,
		weapon: (typeof WEAPONS)[number],
		role: 'launched' | 'intercepted',
		share: number | null,
		conflict: boolean,
	) => {
		const article = input.articles.get(figure.article);
		const href = article ? `${article.url}#${figure.sentence}` : null;
		rows.push({
			figure_id: cell(figure.id),
			// "reported Dec 2025" when the date is the article's own, "to 21 Nov 2025" for a total: never a day the text
			// does not give to what the figure counts.
			date: cell(figure.date, figureDateWords(figure, shortDate), timeline(figure.date)),
			launched_by: cell(figure.subject, sideName(figure.subject, input.names)),
			intercepted_by: cell(
				figure.interceptedBy,
				role === 'intercepted' ? (displayName(figure.interceptedBy, input.names) ?? 'not stated') : '',
			),
			place: cell(figure.place, displayName(figure.place, input.names) ?? ''),
			weapon: cell(weapon.key, weapon.label),
			measure: cell(role),
			...spanCells(figure),
			qualifier: cell(figure.qualifier),
			intercepted_share: cell(
				share === null ? null : Math.round(share * 1000) / 1000,
				share === null ? '' : percent(share, 1),
			),
			scope: cell(figure.scope, figure.scope ?? 'whole attack'),
			claimed_by: cell(figure.claimedBy, claimText(figure.claimedBy, input.names)),
			conflict: cell(conflict ? 'yes' : 'no', conflict ? 'differs between articles' : ''),
			source: cell(href, article?.title ?? figure.article, href ?? undefined),
		});
	};
	for (const attack of attacks)
		for (const weapon of WEAPONS) {
			const { launched, intercepted } = attack.slots[weapon.key];
			for (const figure of launched?.figures ?? []) add(figure, weapon, 'launched', null, launched!.conflict);
			for (const figure of intercepted?.figures ?? []) {
				const share =
					launched && !launched.conflict && !intercepted!.conflict && launched.low > 0
						? figure.value / launched.low
						: null;
				add(figure, weapon, 'intercepted', share, intercepted!.conflict);
			}
		}
	for (const figure of [...parts].sort((a, b) => compareDates(a.date, b.date))) {
		const weapon = WEAPONS.find((candidate) => figure.metric.startsWith(candidate.key))!;
		add(figure, weapon, figure.metric.endsWith('_launched') ? 'launched' : 'intercepted', null, false);
	}
	return {
		caption:
			'Strike figures behind the chart: every launched and intercepted number, including parts of larger figures',
		columns: [
			{ key: 'figure_id', label: 'Figure id', csvOnly: true },
			{ key: 'date', label: 'Date' },
			{ key: 'launched_by', label: 'Launched by' },
			{ key: 'intercepted_by', label: 'Intercepted by' },
			{ key: 'place', label: 'Where', csvOnly: true },
			{ key: 'weapon', label: 'Weapon' },
			{ key: 'measure', label: 'Measure' },
			...spanColumns([...attacks.flatMap(attackFigures), ...parts]),
			{ key: 'qualifier', label: 'Qualifier' },
			{ key: 'intercepted_share', label: 'Share intercepted', numeric: true },
			{ key: 'scope', label: 'Scope' },
			{ key: 'claimed_by', label: 'Claimed by' },
			{ key: 'conflict', label: 'Conflicting reports' },
			{ key: 'source', label: 'Source' },
			...SPAN_CSV_COLUMNS,
		],
		rows,
	};
}
