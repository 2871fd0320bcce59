/**
 * The map of where the articles report strikes, casualties and dated events, as data: the fitted frame,
 * the land and borders as path strings, one mark per place and kind (sized by the reported figure or the
 * number of events, linked to its source sentence), labels, the key and the table of every place. The
 * `.astro` components only draw it. Laid out at the wide width; the narrow layout is the same drawing
 * scaled, with its own mark sizes and labels so that text never shrinks below 12 px.
 */
import { geoPath } from 'd3';
import { figureLinkLabel, fitText, longDate, textWidth } from '../charts/format.ts';
import { NARROW, WIDE } from '../charts/layout.ts';
import type { ChartArticle, SourceLink } from '../charts/types.ts';
import { formatDate } from '../format/date.ts';
import { metricLabel } from '../format/metric.ts';
import { formatNumber } from '../format/number.ts';
import { countOf } from '../format/plural.ts';
import type { Coordinates, EntityRecord } from '../schemas/index.ts';
import { basemap, boundsMeet, clipCountry } from './basemap.ts';
import { chooseFramed, distanceKm, type Frame, fitFrame } from './frame.ts';
import { MAP_KINDS, type MapKind, type MapKindId, mapKind } from './kinds.ts';
import type { Located, MapReport, PlaceReports } from './locate.ts';
import { relativePath } from './relative-path.ts';
import { thinProjection } from './thin-stream.ts';

/** Everything the map reads: the located reports and lookups for links and labels. No I/O. */
export interface MapInput {
	located: Located;
	articles: ReadonlyMap<string, ChartArticle>;
	/** Display names of entities by id (claimants, sides). */
	names: ReadonlyMap<string, string>;
	/** Places that label the map's background (countries with coordinates). */
	countries: readonly EntityRecord[];
}

/** Which reports a map shows. */
export interface MapOptions {
	/** Only reports from these articles (a topic's or a briefing's map); the frame fits them. */
	articles?: ReadonlySet<string>;
	/**
	 * Only these reports, by figure or event id (a topic's map: the topic's own events and figures, not every number
	 * its articles state); the frame fits them.
	 */
	reports?: ReadonlySet<string>;
	/** Only this kind of report (the frame stays that of all kinds, so the filtered maps line up). */
	kind?: MapKindId | null;
	/** Only reports dated in this month, `YYYY-MM` (the frame stays that of all months). */
	month?: string | null;
}

/** One mark: a place's reports of one kind. */
export interface MapMark {
	place: string;
	kind: MapKindId;
	shape: MapKind['shape'];
	x: number;
	y: number;
	/** Radius of the circle of the same area (a square's or diamond's size follows from it). */
	r: number;
	/** The SVG path of the shape. */
	d: string;
	/** The number the area stands for: the largest reported figure, or the number of events. */
	value: number;
	count: number;
	link: SourceLink;
}

/** A name placed on the map. */
export interface MapLabel {
	x: number;
	y: number;
	text: string;
	anchor: 'start' | 'middle' | 'end';
	/** A place with reports, or a country naming the background. */
	role: 'place' | 'country';
}

/** The marks and labels for one width. */
export interface MapLayout {
	variant: 'wide' | 'narrow';
	width: number;
	height: number;
	/** Factor from the wide drawing's coordinates (the land and borders are drawn once, at the wide size). */
	scale: number;
	marks: MapMark[];
	labels: MapLabel[];
	font: number;
}

/** One kind in the key: its shape and what its size means, with the smallest and largest values drawn. */
export interface MapKeyEntry {
	kind: MapKindId;
	label: string;
	shape: MapKind['shape'];
	sizedBy: string;
	smallest: number;
	largest: number;
}

/** A source sentence listed in the table. */
export interface MapSource {
	href: string;
	title: string;
	date: string | null;
}

/** One row of the table beside the map: a place and what is reported there. */
export interface MapRow {
	id: string;
	name: string;
	url: string;
	/** False for a place outside the map's frame (listed, not drawn). */
	drawn: boolean;
	counts: Record<MapKindId, number>;
	/** The largest strike and casualty figures in words ("118 drones intercepted"); null when none. */
	largest: Partial<Record<MapKindId, string>>;
	/** The newest source sentences first, at most `SOURCES_PER_ROW`. */
	sources: MapSource[];
	/** Source sentences beyond those listed. */
	more: number;
}

/** A place the text names that the map cannot place, with its number of reports. */
export interface UnplacedPlace {
	name: string;
	url: string;
	count: number;
}

/** The laid-out map. */
export interface MapModel {
	title: string;
	/** One sentence computed from the data. */
	takeaway: string;
	/** The SVG's accessible description. */
	description: string;
	/** Said instead of drawing when nothing can be placed. */
	empty: string | null;
	width: number;
	height: number;
	/** Land (every country in the frame) and the borders between countries, as path data at the wide size. */
	land: string;
	borders: string;
	layouts: [MapLayout, MapLayout];
	key: MapKeyEntry[];
	rows: MapRow[];
	unplaced: UnplacedPlace[];
	/** The months and kinds with reports before the month and kind filters: the filter links. */
	months: string[];
	kinds: MapKindId[];
	/** The articles the reports come from, oldest first. */
	sources: ChartArticle[];
	/** Reports shown (after the filters). */
	reportCount: number;
}

/** How many source sentences a table row lists. */
export const SOURCES_PER_ROW = 4;

const MARGIN = 40;
/** The least distance shown around the middle of the map (km), so one place still has surroundings. */
const MIN_KM = 300;
const SIZES = {
	wide: { rMin: 4.5, rMax: 20, font: 13, labels: 14 },
	narrow: { rMin: 4, rMax: 12, font: 12, labels: 6 },
} as const;
/** Geometry detail kept, in wide pixels: finer than this is not visible at the drawn size. */
const THIN_TOLERANCE = 2.5;

const plural = (count: number, kind: MapKind) => countOf(count, kind.one, kind.many);

/** The reports a map shows: those of its articles, then of its kind and month. */
function filterReports(reports: readonly MapReport[], options: MapOptions, stage: 'scope' | 'all'): MapReport[] {
	return reports.filter((report) => {
		if (options.articles && !report.sources.some((source) => options.articles!.has(source.article))) return false;
		if (options.reports && !options.reports.has(report.id)) return false;
		if (stage === 'scope') return true;
		if (options.kind && report.kind !== options.kind) return false;
		if (options.month && report.date?.slice(0, 7) !== options.month) return false;
		return true;
	});
}

/** The path of a mark's shape: a circle, or a square or diamond of the same area. */
export function markPath(shape: MapKind['shape'], x: number, y: number, r: number): string {
	const n = (value: number) => String(Math.round(value * 10) / 10);
	if (shape === 'circle')
		return `M${n(x - r)},${n(y)}a${n(r)},${n(r)} 0 1,0 ${n(2 * r)},0a${n(r)},${n(r)} 0 1,0 ${n(-2 * r)},0Z`;
	const half = (r * Math.sqrt(Math.PI)) / 2;
	if (shape === 'square') return `M${n(x - half)},${n(y - half)}h${n(2 * half)}v${n(2 * half)}h${n(-2 * half)}Z`;
	const reach = half * Math.SQRT2;
	return `M${n(x)},${n(y - reach)}L${n(x + reach)},${n(y)}L${n(x)},${n(y + reach)}L${n(x - reach)},${n(y)}Z`;
}

/** The figure a strike or casualty mark stands for: the largest reported. */
function largestReport(reports: readonly MapReport[]): MapReport {
	return reports.reduce((best, report) => ((report.value ?? 0) > (best.value ?? 0) ? report : best));
}

/** The newest event of a set (undated last). */
function latestReport(reports: readonly MapReport[]): MapReport {
	return reports.reduce((best, report) => ((report.date ?? '') > (best.date ?? '') ? report : best));
}

/** The link of a mark: to the sentence of its largest figure or newest event, named with the place, the count and that report. */
function markLink(
	place: EntityRecord,
	kind: MapKind,
	reports: readonly MapReport[],
	input: MapInput,
): SourceLink | null {
	const shown = kind.id === 'events' ? latestReport(reports) : largestReport(reports);
	const source = shown.sources.find((item) => input.articles.has(item.article));
	if (!source) return null;
	const article = input.articles.get(source.article)!;
	const what = shown.figure
		? `largest: ${figureLinkLabel(shown.figure, input.names, article.title)}`
		: `latest: ${shown.event!.title} (${longDate(shown.date)}). Source: ${article.title}`;
	return {
		href: `${article.url}#${source.sentence}`,
		label: `${place.name}: ${plural(reports.length, kind)}; ${what}`,
		focus: false,
	};
}

/** A figure in words for the table ("118 drones intercepted"). */
function figureWords(report: MapReport): string {
	const figure = report.figure!;
	return `${formatNumber(figure.value)} ${metricLabel(figure.metric).toLowerCase()}`;
}

interface Group {
	place: EntityRecord;
	byKind: Map<MapKindId, MapReport[]>;
	total: number;
	point: [number, number] | null;
}

/** Axis-aligned box. */
type Box = [number, number, number, number];
const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** Lays out marks and labels at one width from the wide frame's projected points. */
function layout(
	variant: 'wide' | 'narrow',
	frame: Frame,
	groups: readonly Group[],
	countries: readonly { name: string; point: [number, number] }[],
	links: Map<string, SourceLink>,
	maxima: Map<MapKindId, number>,
): MapLayout {
	const scale = variant === 'wide' ? 1 : NARROW / WIDE;
	const width = frame.width * scale;
	const height = Math.round(frame.height * scale * 10) / 10;
	const size = SIZES[variant];
	const marks: MapMark[] = [];
	const markBoxes: { place: string; box: Box }[] = [];
	// Larger places first, so smaller marks are drawn on top and stay reachable.
	const byValue = [...groups].filter((group) => group.point).reverse();
	for (const group of byValue) {
		const [px, py] = group.point!;
		const x0 = px * scale;
		const y0 = py * scale;
		const kinds = MAP_KINDS.filter((kind) => group.byKind.has(kind.id));
		const radii = kinds.map((kind) => {
			const reports = group.byKind.get(kind.id)!;
			const value = kind.id === 'events' ? reports.length : (largestReport(reports).value ?? 0);
			const top = maxima.get(kind.id) ?? 1;
			return { kind, reports, value, r: Math.max(size.rMin, size.rMax * Math.sqrt(Math.max(0, value) / top)) };
		});
		// Several kinds at one place sit side by side, centred on it.
		const span = radii.reduce((sum, item) => sum + 2 * item.r, 0) + 2 * (radii.length - 1);
		let left = x0 - span / 2;
		for (const item of radii) {
			const x = left + item.r;
			left += 2 * item.r + 2;
			const link = links.get(`${group.place.id}|${item.kind.id}`)!;
			marks.push({
				place: group.place.id,
				kind: item.kind.id,
				shape: item.kind.shape,
				x,
				y: y0,
				r: item.r,
				d: markPath(item.kind.shape, x, y0, item.r),
				value: item.value,
				count: item.reports.length,
				link,
			});
		}
		markBoxes.push({ place: group.place.id, box: [x0 - span / 2, y0 - size.rMax, x0 + span / 2, y0 + size.rMax] });
	}
	for (const entry of markBoxes) {
		const own = marks.filter((mark) => mark.place === entry.place);
		const top = Math.min(...own.map((mark) => mark.y - mark.r));
		const bottom = Math.max(...own.map((mark) => mark.y + mark.r));
		entry.box = [entry.box[0], top, entry.box[2], bottom];
	}

	const labels: MapLabel[] = [];
	const taken: Box[] = [];
	const fits = (box: Box, place: string | null) =>
		box[0] >= 2 &&
		box[2] <= width - 2 &&
		box[1] >= 2 &&
		box[3] <= height - 2 &&
		!taken.some((other) => overlaps(box, other)) &&
		!markBoxes.some((entry) => entry.place !== place && overlaps(box, entry.box));
	const place = (text: string, role: MapLabel['role'], around: Box, id: string | null) => {
		const w = textWidth(text, size.font);
		const h = size.font;
		const [l, t, r, b] = around;
		const mid = (t + b) / 2;
		const candidates: { box: Box; label: MapLabel }[] = [
			{
				box: [r + 3, mid - h / 2, r + 3 + w, mid + h / 2],
				label: { x: r + 3, y: mid + h * 0.35, text, anchor: 'start', role },
			},
			{
				box: [l - 3 - w, mid - h / 2, l - 3, mid + h / 2],
				label: { x: l - 3, y: mid + h * 0.35, text, anchor: 'end', role },
			},
			{
				box: [(l + r) / 2 - w / 2, t - 3 - h, (l + r) / 2 + w / 2, t - 3],
				label: { x: (l + r) / 2, y: t - 3 - h * 0.15, text, anchor: 'middle', role },
			},
			{
				box: [(l + r) / 2 - w / 2, b + 3, (l + r) / 2 + w / 2, b + 3 + h],
				label: { x: (l + r) / 2, y: b + 3 + h * 0.85, text, anchor: 'middle', role },
			},
		];
		const chosen = candidates.find((candidate) => fits(candidate.box, id));
		if (!chosen) return;
		taken.push(chosen.box);
		labels.push(chosen.label);
	};
	for (const group of groups) {
		if (labels.length >= size.labels) break;
		const entry = markBoxes.find((item) => item.place === group.place.id);
		if (entry) place(fitText(group.place.name, width / 3, size.font), 'place', entry.box, group.place.id);
	}
	for (const country of countries) {
		const [x, y] = [country.point[0] * scale, country.point[1] * scale];
		place(country.name, 'country', [x, y, x, y], null);
	}
	return { variant, width, height, scale, marks: marks.reverse(), labels, font: size.font };
}

/** Lays out the map of the located reports under the given filters. */
export function mapModel(input: MapInput, options: MapOptions = {}): MapModel {
	const filtered = options.kind || options.month;
	const kindWords = options.kind ? mapKind(options.kind).label.toLowerCase() : 'strikes, casualties and dated events';
	const what = options.kind ? `reported ${kindWords}` : 'reported strikes, casualties and events';
	const title = `Where the ${what} are${options.month ? `, ${formatDate(options.month)}` : ''}`;
	const scoped = input.located.placed
		.map(({ place, reports }) => ({ place, reports: filterReports(reports, options, 'scope') }))
		.filter((entry) => entry.reports.length > 0);
	const shown: PlaceReports[] = scoped
		.map(({ place, reports }) => ({ place, reports: filterReports(reports, options, 'all') }))
		.filter((entry) => entry.reports.length > 0);
	const months = [...new Set(scoped.flatMap(({ reports }) => reports.map((report) => report.date?.slice(0, 7))))]
		.filter((month): month is string => month !== undefined && month.length === 7)
		.sort();
	const kinds = MAP_KINDS.map((kind) => kind.id).filter((kind) =>
		scoped.some(({ reports }) => reports.some((report) => report.kind === kind)),
	);
	const unplaced = input.located.unplaced
		.map(({ place, reports }) => ({
			name: place.name,
			url: place.url,
			count: filterReports(reports, options, 'all').length,
		}))
		.filter((entry) => entry.count > 0);

	// The frame fits every place in scope, whatever the kind and month filters, so filtered maps line up.
	const { middle, inside } = chooseFramed(
		scoped.map(({ place, reports }) => ({ coordinates: place.coordinates as Coordinates, weight: reports.length })),
	);
	const framed = new Set(scoped.filter((_, index) => inside[index]).map(({ place }) => place.id));
	const frame = fitFrame(
		middle,
		scoped.filter(({ place }) => framed.has(place.id)).map(({ place }) => place.coordinates as Coordinates),
		{ width: WIDE, margin: MARGIN, minKm: MIN_KM },
	);

	const groups: Group[] = shown.map(({ place, reports }) => {
		const byKind = new Map<MapKindId, MapReport[]>();
		for (const report of reports) byKind.set(report.kind, [...(byKind.get(report.kind) ?? []), report]);
		const point = framed.has(place.id)
			? (frame.projection(place.coordinates as Coordinates) as [number, number] | null)
			: null;
		return { place, byKind, total: reports.length, point };
	});
	const links = new Map<string, SourceLink>();
	for (const group of groups)
		for (const [kind, reports] of group.byKind) {
			const link = markLink(group.place, mapKind(kind), reports, input);
			if (link) links.set(`${group.place.id}|${kind}`, link);
			else group.byKind.delete(kind);
		}
	const drawnGroups = groups.filter((group) => group.point && group.byKind.size > 0);
	const maxima = new Map<MapKindId, number>();
	for (const group of drawnGroups)
		for (const [kind, reports] of group.byKind) {
			const value = kind === 'events' ? reports.length : (largestReport(reports).value ?? 0);
			maxima.set(kind, Math.max(maxima.get(kind) ?? 0, value));
		}

	// Countries label the background where their point falls well inside the frame and no place is near.
	const countries = input.countries
		.filter((country) => country.coordinates && distanceKm(middle, country.coordinates) < 2500)
		.map((country) => ({
			name: country.name,
			point: frame.projection(country.coordinates!) as [number, number] | null,
		}))
		.filter((country): country is { name: string; point: [number, number] } => {
			const point = country.point;
			return (
				point !== null &&
				point[0] > MARGIN &&
				point[0] < frame.width - MARGIN &&
				point[1] > MARGIN &&
				point[1] < frame.height - MARGIN
			);
		});

	const { land, borders } = drawBasemap(frame);
	const layouts: [MapLayout, MapLayout] = [
		layout('wide', frame, drawnGroups, countries, links, maxima),
		layout('narrow', frame, drawnGroups, countries, links, maxima),
	];

	const key: MapKeyEntry[] = MAP_KINDS.filter((kind) => maxima.has(kind.id)).map((kind) => {
		const values = layouts[0].marks.filter((mark) => mark.kind === kind.id).map((mark) => mark.value);
		return {
			kind: kind.id,
			label: kind.label,
			shape: kind.shape,
			sizedBy: kind.sizedBy,
			smallest: Math.min(...values),
			largest: Math.max(...values),
		};
	});

	const rows = groups
		.filter((group) => group.byKind.size > 0)
		.map((group) => placeRow(group, input))
		.sort((a, b) => Number(b.drawn) - Number(a.drawn));
	const reportCount = new Set(shown.flatMap(({ reports }) => reports.map((report) => report.id))).size;
	const outside = rows.filter((row) => !row.drawn).map((row) => row.name);
	const articleIds = new Set(
		shown.flatMap(({ reports }) => reports.flatMap((report) => report.sources.map((source) => source.article))),
	);
	const sources = [...articleIds]
		.map((id) => input.articles.get(id))
		.filter((article) => article !== undefined)
		.sort((a, b) => (a.published ?? '9999').localeCompare(b.published ?? '9999') || a.id.localeCompare(b.id));

	const empty =
		drawnGroups.length === 0
			? filtered
				? `No ${kindWords}${options.month ? ` in ${formatDate(options.month)}` : ''} are placed at a town, city or region.`
				: 'No strikes, casualties or dated events are placed at a town, city or region yet.'
			: null;
	const top = drawnGroups.reduce<Group | null>(
		(best, group) => (!best || group.total > best.total ? group : best),
		null,
	);
	const topWords = top
		? MAP_KINDS.filter((kind) => top.byKind.has(kind.id))
				.map((kind) => plural(top.byKind.get(kind.id)!.length, kind))
				.join(' and ')
		: '';
	const placeCount = rows.length;
	const takeaway =
		empty ??
		`The articles place ${countOf(reportCount, 'report')} at ${countOf(placeCount, 'place')}${
			placeCount > 1 ? `; ${top!.place.name} has the most: ${topWords}` : `: ${top!.place.name}, ${topWords}`
		}.`;
	const shapes = key.map((entry) => `${entry.shape}s for ${entry.label.toLowerCase()}`).join(', ');
	const description = empty
		? empty
		: `Map with country borders; ${shapes}, each sized by what the key says and linked to its source sentence.${
				outside.length ? ` Outside the map's frame, listed in the table: ${outside.join(', ')}.` : ''
			}`;

	return {
		title,
		takeaway,
		description,
		empty,
		width: frame.width,
		height: frame.height,
		land,
		borders,
		layouts,
		key,
		rows,
		unplaced,
		months,
		kinds,
		sources,
		reportCount,
	};
}

/** The table row of a place: counts per kind, its largest figures and its newest source sentences. */
function placeRow(group: Group, input: MapInput): MapRow {
	const counts = Object.fromEntries(
		MAP_KINDS.map((kind) => [kind.id, group.byKind.get(kind.id)?.length ?? 0]),
	) as Record<MapKindId, number>;
	const largest: Partial<Record<MapKindId, string>> = {};
	for (const kind of ['strikes', 'casualties'] as const) {
		const reports = group.byKind.get(kind);
		if (reports) largest[kind] = figureWords(largestReport(reports));
	}
	const seen = new Set<string>();
	const all: MapSource[] = [];
	const reports = [...group.byKind.values()].flat().sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
	// One link per report and article: a report told by two sentences of one article is one report, not two.
	for (const report of reports)
		for (const source of report.sources) {
			const article = input.articles.get(source.article);
			const href = article ? `${article.url}#${source.sentence}` : null;
			const once = `${report.id}|${source.article}`;
			if (!article || !href || seen.has(href) || seen.has(once)) continue;
			seen.add(href);
			seen.add(once);
			all.push({ href, title: article.title, date: report.date });
		}
	return {
		id: group.place.id,
		name: group.place.name,
		url: group.place.url,
		drawn: group.point !== null,
		counts,
		largest,
		sources: all.slice(0, SOURCES_PER_ROW),
		more: Math.max(0, all.length - SOURCES_PER_ROW),
	};
}

/** The land and borders inside a frame as thinned path data (in relative moves unless told otherwise), countries
 * outside its bounds skipped. */
export function drawBasemap(frame: Frame, { relative = true } = {}): { land: string; borders: string } {
	const { projection, width, height } = frame;
	// The frame's extent in degrees, from its edges, to skip countries that cannot show.
	const edge: [number, number][] = [];
	for (let step = 0; step <= 8; step++) {
		const t = step / 8;
		edge.push([t * width, 0], [t * width, height], [0, t * height], [width, t * height]);
	}
	const corners = edge.map((point) => projection.invert!(point)).filter((point) => point !== null) as [
		number,
		number,
	][];
	const west = Math.max(-180, Math.min(...corners.map(([lon]) => lon)) - 2);
	const east = Math.min(180, Math.max(...corners.map(([lon]) => lon)) + 2);
	const south = Math.max(-90, Math.min(...corners.map(([, lat]) => lat)) - 2);
	const north = Math.min(90, Math.max(...corners.map(([, lat]) => lat)) + 2);
	const path = geoPath(thinProjection(projection, THIN_TOLERANCE)).digits(1);
	const world = basemap();
	const box = { west, east, south, north };
	// Cutting outlines to the frame in degrees first spares projecting all of Russia for a map of Kharkiv.
	const land = world.countries
		.filter((country) => boundsMeet(country.bounds, box))
		.map((country) => (west < east && east - west < 120 ? clipCountry(country, box) : country.feature))
		.map((shape) => (shape ? (path(shape) ?? '') : ''))
		.join('');
	const lines = world.borders.filter((line) => boundsMeet(line.bounds, box)).map((line) => line.coordinates);
	const borders = path({ type: 'MultiLineString', coordinates: lines }) ?? '';
	// Relative moves: the same points in about half the bytes (the basemap is most of a map page's weight).
	return relative ? { land: relativePath(land), borders: relativePath(borders) } : { land, borders };
}
