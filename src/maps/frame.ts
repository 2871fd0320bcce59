/**
 * The map's frame, computed from the places it draws: the weighted middle of the places, the places
 * near enough to it to share one map, and an equal-area projection fitted around them. A corpus about
 * another war gets its own frame; a talks venue a continent away is listed, not allowed to shrink the
 * front line to a dot.
 */
import { type GeoProjection, geoAzimuthalEqualArea, geoDistance, geoPath } from 'd3';
import type { MultiPoint } from 'geojson';
import type { Coordinates } from '../schemas/index.ts';

const EARTH_KM = 6371;

/** A place to frame, weighted by how many reports it carries. */
export interface FramePoint {
	coordinates: Coordinates;
	weight: number;
}

/** How far from the middle a place may be and still share the map: this many times the typical (weighted median) distance… */
export const SPREAD = 3;
/** …but never less than this radius (km), so that a few places close together still get some surroundings. */
export const MIN_RADIUS_KM = 350;

/** Kilometres between two points on the globe. */
export function distanceKm(a: Coordinates, b: Coordinates): number {
	return geoDistance(a, b) * EARTH_KM;
}

/** The weighted median of values (each counted `weight` times). */
function weightedMedian(values: { value: number; weight: number }[]): number {
	const sorted = [...values].sort((a, b) => a.value - b.value);
	const half = sorted.reduce((sum, item) => sum + item.weight, 0) / 2;
	let seen = 0;
	for (const item of sorted) {
		seen += item.weight;
		if (seen >= half) return item.value;
	}
	return 0;
}

/** The middle of the places (the one with the least weighted distance to all others) and which places share its map. */
export function chooseFramed(points: readonly FramePoint[]): { middle: Coordinates; inside: boolean[] } {
	if (points.length === 0) return { middle: [0, 0], inside: [] };
	let middle = points[0]!;
	let best = Number.POSITIVE_INFINITY;
	for (const candidate of points) {
		const cost = points.reduce(
			(sum, other) => sum + other.weight * distanceKm(candidate.coordinates, other.coordinates),
			0,
		);
		if (cost < best - 1e-9) {
			best = cost;
			middle = candidate;
		}
	}
	const distances = points.map((point) => distanceKm(middle.coordinates, point.coordinates));
	const typical = weightedMedian(distances.map((value, index) => ({ value, weight: points[index]!.weight })));
	const radius = Math.max(MIN_RADIUS_KM, SPREAD * typical);
	return { middle: middle.coordinates, inside: distances.map((distance) => distance <= radius) };
}

/** Points at `km` north, south, east and west of a point: the least the frame shows around it. */
export function surroundings([lon, lat]: Coordinates, km: number): Coordinates[] {
	const dLat = (km / EARTH_KM) * (180 / Math.PI);
	const dLon = dLat / Math.max(0.2, Math.cos((lat * Math.PI) / 180));
	return [
		[lon, Math.min(89, lat + dLat)],
		[lon, Math.max(-89, lat - dLat)],
		[lon + dLon, lat],
		[lon - dLon, lat],
	];
}

/** A fitted frame: the projection and the drawing's size. */
export interface Frame {
	projection: GeoProjection;
	width: number;
	height: number;
}

/** Land kept around every framed place (km). */
const PAD_KM = 120;

/** Height limits as shares of the width: a frame of one north–south line is not drawn as a needle. */
const MIN_ASPECT = 0.5;
const MAX_ASPECT = 1.05;

/**
 * An equal-area projection centred on `middle`, fitted so that `points` and `minKm` around the middle
 * fit inside `width` with `margin` pixels to spare; the height follows the points' shape within limits,
 * or is `aspect` times the width when given.
 */
export function fitFrame(
	middle: Coordinates,
	points: readonly Coordinates[],
	{ width, margin, minKm, aspect }: { width: number; margin: number; minKm: number; aspect?: number },
): Frame {
	// Each place keeps some land around it, so that a place at the edge is not drawn on the frame's border.
	const geometry: MultiPoint = {
		type: 'MultiPoint',
		coordinates: [...points.flatMap((point) => surroundings(point, PAD_KM)), ...surroundings(middle, minKm)],
	};
	const projection = geoAzimuthalEqualArea().rotate([-middle[0], -middle[1]]).clipAngle(90).precision(0.5);
	projection.fitExtent(
		[
			[margin, margin],
			[width - margin, width * 10],
		],
		geometry,
	);
	const [[, top], [, bottom]] = geoPath(projection).bounds(geometry);
	const height = Math.round(
		aspect ? aspect * width : Math.min(MAX_ASPECT * width, Math.max(MIN_ASPECT * width, bottom - top + 2 * margin)),
	);
	projection.fitExtent(
		[
			[margin, margin],
			[width - margin, height - margin],
		],
		geometry,
	);
	projection.clipExtent([
		[0, 0],
		[width, height],
	]);
	return { projection, width, height };
}
