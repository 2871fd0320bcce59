/**
 * The land and country borders the maps draw: Natural Earth's 1:50m admin-0 countries (public domain),
 * as packaged by `world-atlas`. Natural Earth draws borders as they are held on the ground; a map of this
 * war draws them as the United Nations recognises them, so the territories listed in
 * `RECOGNISED_BORDERS` are given back to the country they belong to before anything is drawn.
 */

import { geoBounds, geoContains } from 'd3';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-50m.json' with { type: 'json' };
import type { Coordinates } from '../schemas/index.ts';

/** A territory Natural Earth draws inside one country that the UN recognises as part of another. */
export interface BorderCorrection {
	territory: string;
	/** Natural Earth's name of the country it is drawn in, and of the one it belongs to. */
	from: string;
	to: string;
	/** A point inside the territory, which picks out its polygon. */
	inside: Coordinates;
	/** The recognition the correction rests on. */
	basis: string;
}

export const RECOGNISED_BORDERS: readonly BorderCorrection[] = [
	{
		territory: 'Crimea',
		from: 'Russia',
		to: 'Ukraine',
		inside: [34.1, 45.3],
		basis: 'UN General Assembly resolution 68/262 (2014) on the territorial integrity of Ukraine',
	},
];

type CountryProperties = { name: string };
type CountryGeometry = GeometryObject<CountryProperties>;
type Countries = Topology<{ countries: GeometryCollection<CountryProperties>; land: GeometryCollection }>;

/** A country's outline with its bounding box, for skipping countries outside a map's frame. */
export interface CountryShape {
	name: string;
	feature: Feature<Polygon | MultiPolygon, CountryProperties>;
	/** `[[west, south], [east, north]]` in degrees. */
	bounds: [[number, number], [number, number]];
}

/** The drawn world: each country's outline, and the borders between countries as one line geometry. */
export interface Basemap {
	countries: CountryShape[];
	borders: MultiLineString;
}

/** The polygons (as arc lists) of a country geometry. */
function polygonsOf(geometry: CountryGeometry): number[][][] {
	if (geometry.type === 'Polygon') return [geometry.arcs];
	if (geometry.type === 'MultiPolygon') return geometry.arcs;
	return [];
}

/** The topology with each correction's polygon moved from one country's geometry to the other's. */
export function applyBorderCorrections(topology: Countries, corrections: readonly BorderCorrection[]): Countries {
	const geometries = topology.objects.countries.geometries.map((geometry) => ({ ...geometry }));
	const byName = (name: string) =>
		geometries.find((geometry) => (geometry.properties as CountryProperties | undefined)?.name === name);
	for (const correction of corrections) {
		const from = byName(correction.from);
		const to = byName(correction.to);
		if (!from || !to)
			throw new Error(
				`Border correction for ${correction.territory}: no country "${correction.from}" or "${correction.to}" in Natural Earth's names.`,
			);
		const polygons = polygonsOf(from);
		const index = polygons.findIndex((arcs) =>
			geoContains(feature(topology, { type: 'Polygon', arcs } as GeometryObject) as Feature, correction.inside),
		);
		if (index === -1)
			throw new Error(
				`Border correction for ${correction.territory}: no polygon of ${correction.from} contains ${correction.inside.join(', ')}.`,
			);
		const moved = polygons[index]!;
		Object.assign(from, { type: 'MultiPolygon', arcs: polygons.filter((_, at) => at !== index) });
		Object.assign(to, { type: 'MultiPolygon', arcs: [...polygonsOf(to), moved] });
	}
	return { ...topology, objects: { ...topology.objects, countries: { ...topology.objects.countries, geometries } } };
}

let cached: Basemap | null = null;

/** The basemap, built once: Natural Earth 1:50m countries with the recognised borders applied. */
export function basemap(): Basemap {
	if (cached) return cached;
	const topology = applyBorderCorrections(world as unknown as Countries, RECOGNISED_BORDERS);
	const collection = feature(topology, topology.objects.countries) as FeatureCollection<
		Polygon | MultiPolygon,
		CountryProperties
	>;
	cached = {
		countries: collection.features.map((shape) => ({
			name: shape.properties.name,
			feature: shape,
			bounds: geoBounds(shape),
		})),
		borders: mesh(topology, topology.objects.countries, (a, b) => a !== b),
	};
	return cached;
}

/** The Natural Earth country a point lies in, or null at sea. */
export function countryAt(point: Coordinates): string | null {
	return basemap().countries.find((country) => geoContains(country.feature, point))?.name ?? null;
}
