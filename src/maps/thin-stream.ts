/**
 * A projection wrapper that drops points closer than a tolerance (in pixels) to the last point kept on
 * the same line or ring, and rings that shrink below a triangle. Natural Earth's 1:50m coast has more
 * detail than a 600-pixel map can show; thinning it keeps a map page's weight bounded.
 */
import type { GeoProjection, GeoStream } from 'd3';

type Point = [number, number];

/** Passes a projected stream through, keeping only points at least `tolerance` apart within each line or ring. */
function thinned(sink: GeoStream, tolerance: number): GeoStream {
	let inPolygon = false;
	let line: Point[] | null = null;
	// The last point skipped: a line keeps its end even when it is close to the last point kept.
	let skipped: Point | null = null;
	const squared = tolerance * tolerance;
	return {
		point(x, y) {
			if (!line) {
				sink.point(x, y);
				return;
			}
			const last = line.at(-1);
			if (!last || (x - last[0]) ** 2 + (y - last[1]) ** 2 >= squared) {
				line.push([x, y]);
				skipped = null;
			} else skipped = [x, y];
		},
		lineStart() {
			line = [];
			skipped = null;
		},
		lineEnd() {
			const points = line!;
			if (!inPolygon && skipped) points.push(skipped);
			line = null;
			// d3 streams a ring without its closing point: a ring needs three corners, a line two points.
			if (points.length < (inPolygon ? 3 : 2)) return;
			sink.lineStart();
			for (const [x, y] of points) sink.point(x, y);
			sink.lineEnd();
		},
		polygonStart() {
			inPolygon = true;
			sink.polygonStart();
		},
		polygonEnd() {
			inPolygon = false;
			sink.polygonEnd();
		},
		sphere() {
			sink.sphere?.();
		},
	};
}

/** A projection-like object for `geoPath` that thins the projected geometry to `tolerance` pixels. */
export function thinProjection(
	projection: GeoProjection,
	tolerance: number,
): { stream: (sink: GeoStream) => GeoStream } {
	return { stream: (sink) => projection.stream(thinned(sink, tolerance)) };
}
