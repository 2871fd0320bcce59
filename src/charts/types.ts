/** The shapes every chart model shares: what it reads, the size it is laid out for, and what it hands the markup. */
import type { EventRecord, FigureRecord } from '../schemas/index.ts';
import type { Theatre } from './theatres.ts';

/** The few article fields a chart needs to link and credit a source. */
export interface ChartArticle {
	id: string;
	url: string;
	title: string;
	published: string | null;
	/**
	 * The publication date as its evidence supports it (`formatPublished`: "between 22 and 26 November 2025", "on or
	 * after 27 November 2025"); `published` formatted when absent.
	 */
	publishedWords?: string;
	/** The same, short (`formatPublishedShort`: "22–26 Nov 2025"), for figures dated by it. */
	publishedShort?: string;
}

/** Everything a chart model reads: typed records, lookups and the timeline address. No I/O. */
export interface ChartInput {
	figures: readonly FigureRecord[];
	events: readonly EventRecord[];
	articles: ReadonlyMap<string, ChartArticle>;
	/** Display names of entities by id; a claimant that is not an id is shown as worded. */
	names: ReadonlyMap<string, string>;
	/** Base-aware URL of the timeline page (`paths.timeline()`). */
	timelineUrl: string;
	/**
	 * The page that holds a period's events (`YYYY-MM`, or `YYYY` for year-precise dates) when the timeline is
	 * split into pages; all on `timelineUrl` when absent.
	 */
	timelinePage?: (period: string) => string;
	/** Topics whose events are key events on time charts (`keyEvents: true` in `content/topics.yaml`). */
	keyEventTopics: ReadonlySet<string>;
	/** Figures about other conflicts than the one drawn, left out of the axes with a note (see `theatres.ts`). */
	elsewhere?: readonly Theatre[];
}

/** The width a chart is laid out for, in SVG user units (1 unit = 1 CSS pixel at natural size). */
export interface ChartSize {
	width: number;
}

/** Options shared by every chart. */
export interface ChartOptions {
	/** Article ids whose marks are emphasised and kept when marks are capped (an article or topic page). */
	focus?: ReadonlySet<string>;
	/** Draw at most this many rows of marks (attacks, loss rows) instead of the chart's own maximum. */
	limit?: number;
}

/** A link from a mark to the sentence its number comes from. */
export interface SourceLink {
	href: string;
	/** Accessible name of the link: the number, what it counts, whose, when and who claims it. */
	label: string;
	/** True when the article is one of the focus articles. */
	focus: boolean;
}

/** A line of text placed in the SVG. */
export interface TextLabel {
	x: number;
	y: number;
	text: string;
	anchor: 'start' | 'middle' | 'end';
	href?: string;
}

/** A tick of an axis: its value, where it sits and its formatted label. */
export interface Tick<T = number> {
	value: T;
	position: number;
	label: string;
	/** Where a date tick links (that month on the timeline). */
	href?: string;
}

/** One cell of the data table: the raw value for the CSV, the text for people, an optional link. */
export interface TableCell {
	value: string | number | null;
	text: string;
	href?: string;
}

/** One column of the data table. */
export interface TableColumn {
	key: string;
	label: string;
	numeric?: boolean;
	/** In the CSV only (ids for joining with figures.json), not in the HTML table. */
	csvOnly?: boolean;
	/** In the HTML table only (a number split into columns by what it counts; the CSV keeps one raw value). */
	htmlOnly?: boolean;
}

/** The data table beside a chart; the CSV download holds exactly these rows. */
export interface ChartTable {
	caption: string;
	columns: TableColumn[];
	rows: Record<string, TableCell>[];
}

/** What every chart model carries besides its marks. */
export interface ChartFrame {
	/** Chart id from the registry. */
	id: string;
	title: string;
	/** One sentence computed from the data. */
	takeaway: string;
	/** What the numbers count ("drones and missiles, counted as reported"). */
	units: string;
	/** A sentence describing what the marks show, for the SVG's accessible description. */
	description: string;
	/** Said instead of drawing when there is nothing to draw ("No strike figures yet."). */
	empty: string | null;
	/** Notes under the chart: capped marks, parts of larger figures. */
	notes: string[];
	/** The articles the numbers come from, oldest first. */
	sources: ChartArticle[];
	table: ChartTable;
	/** Ids of the figures the marks draw (the table may hold more: capped marks, parts). */
	drawn: ReadonlySet<string>;
	width: number;
	height: number;
}

/** A chart's model builder: typed data and a size in, a laid-out model out. */
export type ChartBuilder<M extends ChartFrame> = (input: ChartInput, size: ChartSize, options?: ChartOptions) => M;
