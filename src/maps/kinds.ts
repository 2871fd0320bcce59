/**
 * What the map draws: three kinds of report, each with its own colour, shape and size measure. Adding a
 * kind is one entry here and its colour in src/styles/maps.css.
 */
import { isLossMetric } from '../charts/losses/model.ts';
import { STRIKE_METRICS } from '../charts/strikes/model.ts';
import type { FigureRecord } from '../schemas/index.ts';

/** The kinds of report the map draws, in drawing and key order. */
export const MAP_KIND_IDS = ['strikes', 'casualties', 'events'] as const;
export type MapKindId = (typeof MAP_KIND_IDS)[number];

/** One kind of report. */
export interface MapKind {
	id: MapKindId;
	/** Plural label for the key, filters and table ("Strikes"). */
	label: string;
	/** Singular and plural nouns for counts ("1 strike report", "3 strike reports"). */
	one: string;
	many: string;
	/** What the mark's area stands for, for the key and the accessible description. */
	sizedBy: string;
	/** The mark's shape: shapes as well as colours tell the kinds apart. */
	shape: 'circle' | 'square' | 'diamond';
	/** True when a figure is a report of this kind (events come from events.json, not figures). */
	figure: (figure: FigureRecord) => boolean;
}

const STRIKE_FIGURES: readonly string[] = [...STRIKE_METRICS, 'locations_hit'];

export const MAP_KINDS: readonly MapKind[] = [
	{
		id: 'strikes',
		label: 'Strikes',
		one: 'strike report',
		many: 'strike reports',
		sizedBy: 'the largest number of drones, missiles or sites hit reported there',
		shape: 'circle',
		figure: (figure) => STRIKE_FIGURES.includes(figure.metric),
	},
	{
		id: 'casualties',
		label: 'Casualties',
		one: 'casualty report',
		many: 'casualty reports',
		sizedBy: 'the largest number of people reported killed or injured there',
		shape: 'square',
		figure: (figure) => isLossMetric(figure.metric),
	},
	{
		id: 'events',
		label: 'Events',
		one: 'dated event',
		many: 'dated events',
		sizedBy: 'the number of dated events on the timeline there',
		shape: 'diamond',
		figure: () => false,
	},
];

/** The kind with this id. */
export function mapKind(id: MapKindId): MapKind {
	return MAP_KINDS.find((kind) => kind.id === id)!;
}

/** The kind of report a figure is, or null when the map does not draw it (aid, territory, prisoners …). */
export function figureKind(figure: FigureRecord): MapKindId | null {
	return MAP_KINDS.find((kind) => kind.figure(figure))?.id ?? null;
}
