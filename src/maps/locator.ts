/**
 * A small locator map for a place's own page: the place marked at the middle of a frame a few hundred
 * kilometres across, with the borders and countries around it. Laid out at one width; it holds no text
 * smaller than 12 px and no links of its own (the page is the place).
 */
import type { Coordinates, EntityRecord } from '../schemas/index.ts';
import { distanceKm, fitFrame } from './frame.ts';
import { isPlaceable } from './locate.ts';
import { drawBasemap } from './model.ts';

/** The laid-out locator map. */
export interface LocatorModel {
	width: number;
	height: number;
	land: string;
	borders: string;
	/** Where the place is drawn. */
	x: number;
	y: number;
	/** Country names placed clear of the marker. */
	labels: { x: number; y: number; text: string; anchor: 'middle' }[];
	/** The nearest well-known settlement, drawn as a dot with its name when it falls inside the frame. */
	reference: { x: number; y: number; text: string; anchor: 'start' | 'end' } | null;
	/** The accessible description ("Kharkiv, in Ukraine, about 410 km east of Kyiv"). */
	description: string;
}

/** The locator's width in pixels, and the distance it shows around the place (km). */
export const LOCATOR_WIDTH = 320;
const AROUND_KM = 650;

/** The locator map of a place, or null when the map cannot place it (no coordinates, or a country or sea). */
export function locatorModel(
	place: EntityRecord,
	context: { countries: readonly EntityRecord[]; capitals?: readonly EntityRecord[] },
): LocatorModel | null {
	if (!isPlaceable(place)) return null;
	const at = place.coordinates as Coordinates;
	const frame = fitFrame(at, [at], { width: LOCATOR_WIDTH, margin: 8, minKm: AROUND_KM, aspect: 0.75 });
	const [x, y] = frame.projection(at) as [number, number];
	const { land, borders } = drawBasemap(frame);
	const labels = context.countries
		.filter((country) => country.coordinates && distanceKm(at, country.coordinates) < 1500)
		.map((country) => {
			const [cx, cy] = (frame.projection(country.coordinates!) as [number, number] | null) ?? [-1, -1];
			return { x: cx, y: cy, text: country.name, anchor: 'middle' as const };
		})
		.filter((label) => {
			const half = label.text.length * 3.6 + 4;
			return (
				label.x - half > 0 &&
				label.x + half < frame.width &&
				label.y > 16 &&
				label.y < frame.height - 6 &&
				Math.hypot(label.x - x, label.y - y) > 30
			);
		});
	const nearest = (context.capitals ?? [])
		.filter((other) => other.id !== place.id && other.coordinates)
		.map((other) => ({ other, km: distanceKm(at, other.coordinates!) }))
		.sort((a, b) => a.km - b.km)[0];
	const near =
		nearest && nearest.km > 15 ? `, about ${Math.round(nearest.km / 10) * 10} km from ${nearest.other.name}` : '';
	let reference: LocatorModel['reference'] = null;
	if (nearest && nearest.km > 15) {
		const point = frame.projection(nearest.other.coordinates!) as [number, number] | null;
		const width = nearest.other.name.length * 12 * 0.56;
		if (point && point[0] > 6 && point[0] < frame.width - 6 && point[1] > 16 && point[1] < frame.height - 6) {
			const anchor = point[0] + 6 + width < frame.width ? 'start' : 'end';
			reference = { x: point[0], y: point[1], text: nearest.other.name, anchor };
		}
	}
	return {
		width: frame.width,
		height: frame.height,
		land,
		borders,
		x,
		y,
		labels: labels.filter(
			(label) => !reference || Math.abs(label.y - reference.y) > 16 || Math.abs(label.x - reference.x) > 80,
		),
		reference,
		description: `Locator map: ${place.name} marked at the centre${near}, with country borders.`,
	};
}
