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

/** One stretch of border between two countries, with its bounding box. */
export interface BorderLine {
	coordinates: [number, number][];
	bounds: [[number, number], [number, number]];
}

/** The drawn world: each country's outline, and the borders between countries. */
export interface Basemap {
	countries: CountryShape[];
	borders: BorderLine[];
}

/** True when a bounding box (which may cross the antimeridian, west > east) meets a box that does not. */
export function boundsMeet(
	[[west, south], [east, north]]: [[number, number], [number, number]],
	box: { west: number; east: number; south: number; north: number },
): boolean {
	if (south > box.north || north < box.south) return false;
	const spans: [number, number][] =
		west <= east
			? [[west, east]]
			: [
					[west, 180],
					[-180, east],
				];
	return spans.some(([from, to]) => from <= box.east && to >= box.west);
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
		borders: (mesh(topology, topology.objects.countries, (a, b) => a !== b) as MultiLineString).coordinates.map(
			(line) => {
				const coordinates = line as [number, number][];
				return { coordinates, bounds: geoBounds({ type: 'LineString', coordinates }) };
			},
		),
	};
	return cached;
}

/** The Natural Earth country a point lies in, or null at sea. */
export function countryAt(point: Coordinates): string | null {
	return basemap().countries.find((country) => geoContains(country.feature, point))?.name ?? null;
}

/** A box in degrees that does not cross the antimeridian. */
export interface DegreeBox {
	west: number;
	east: number;
	south: number;
	north: number;
}

type Ring = [number, number][];

/** Cuts a ring to one side of a line `value(point) >= limit` (Sutherland–Hodgman). */
function cutRing(
	ring: Ring,
	inside: (point: [number, number]) => boolean,
	cross: (a: [number, number], b: [number, number]) => [number, number],
): Ring {
	const out: Ring = [];
	for (let index = 0; index < ring.length; index++) {
		const current = ring[index]!;
		const previous = ring[(index + ring.length - 1) % ring.length]!;
		if (inside(current)) {
			if (!inside(previous)) out.push(cross(previous, current));
			out.push(current);
		} else if (inside(previous)) out.push(cross(previous, current));
	}
	return out;
}

/** A ring cut to a box in degrees, its edges along the box densified to a degree so that they stay near the parallels and meridians once projected. */
export function clipRing(ring: readonly [number, number][], box: DegreeBox): Ring | null {
	const open = ring.slice(0, -1) as Ring;
	const atX = (a: [number, number], b: [number, number], x: number): [number, number] => [
		x,
		a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0]),
	];
	const atY = (a: [number, number], b: [number, number], y: number): [number, number] => [
		a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]),
		y,
	];
	let cut = cutRing(
		open,
		(p) => p[0] >= box.west,
		(a, b) => atX(a, b, box.west),
	);
	cut = cutRing(
		cut,
		(p) => p[0] <= box.east,
		(a, b) => atX(a, b, box.east),
	);
	cut = cutRing(
		cut,
		(p) => p[1] >= box.south,
		(a, b) => atY(a, b, box.south),
	);
	cut = cutRing(
		cut,
		(p) => p[1] <= box.north,
		(a, b) => atY(a, b, box.north),
	);
	if (cut.length < 3) return null;
	const onEdge = (p: [number, number]) =>
		p[0] === box.west || p[0] === box.east || p[1] === box.south || p[1] === box.north;
	const dense: Ring = [];
	for (let index = 0; index < cut.length; index++) {
		const a = cut[index]!;
		const b = cut[(index + 1) % cut.length]!;
		dense.push(a);
		if (onEdge(a) && onEdge(b)) {
			const steps = Math.floor(Math.max(Math.abs(b[0] - a[0]), Math.abs(b[1] - a[1])));
			for (let step = 1; step < steps; step++)
				dense.push([a[0] + ((b[0] - a[0]) * step) / steps, a[1] + ((b[1] - a[1]) * step) / steps]);
		}
	}
	dense.push(dense[0]!);
	return dense;
}

/** A country's outline cut to a box in degrees (cheap, before projecting), or null when nothing is left. */
export function clipCountry(shape: CountryShape, box: DegreeBox): Feature<MultiPolygon> | null {
	const polygons =
		shape.feature.geometry.type === 'Polygon'
			? [shape.feature.geometry.coordinates]
			: shape.feature.geometry.coordinates;
	const kept = polygons
		.map((polygon) => polygon.map((ring) => clipRing(ring as [number, number][], box)).filter((ring) => ring !== null))
		.filter((polygon) => polygon.length > 0);
	if (kept.length === 0) return null;
	return { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: kept } };
}
