/** The rows of the open data `places.csv`: every place, its coordinates and what the map places at it. */
import { type EntityRecord, PLACE_COLUMNS } from '../schemas/index.ts';
import { MAP_KIND_IDS, type MapKindId } from './kinds.ts';
import { isPlaceable, type LocateInput, locateReports } from './locate.ts';

/** One row of `places.csv`. */
export type PlaceRow = {
	id: string;
	name: string;
	placeType: string | null;
	longitude: number | null;
	latitude: number | null;
	/** True when the map can draw it at a point (a region, settlement or site with coordinates). */
	onMap: boolean;
	strikes: number;
	casualties: number;
	events: number;
	url: string;
};

/** The columns of `places.csv`, in order, as the open-data registry declares them (each a field of a row). */
export const PLACE_ROW_COLUMNS: readonly (keyof PlaceRow)[] = PLACE_COLUMNS;

/** Every place of the corpus by id, with the number of strike reports, casualty figures and dated events the map places at it. */
export function placeRows(input: LocateInput): PlaceRow[] {
	const counts = new Map<string, Record<MapKindId, number>>();
	for (const { place, reports } of locateReports(input).placed) {
		const tally = Object.fromEntries(MAP_KIND_IDS.map((kind) => [kind, 0])) as Record<MapKindId, number>;
		for (const report of reports) tally[report.kind]++;
		counts.set(place.id, tally);
	}
	return input.entities
		.filter((entity): entity is EntityRecord => entity.type === 'place')
		.map((place) => {
			const tally = counts.get(place.id);
			return {
				id: place.id,
				name: place.name,
				placeType: place.placeType,
				longitude: place.coordinates?.[0] ?? null,
				latitude: place.coordinates?.[1] ?? null,
				onMap: isPlaceable(place),
				strikes: tally?.strikes ?? 0,
				casualties: tally?.casualties ?? 0,
				events: tally?.events ?? 0,
				url: place.url,
			};
		});
}
