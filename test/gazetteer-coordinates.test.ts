/** The gazetteer's coordinates, checked against Natural Earth: every place is placed, and inside the country it names. */
import { describe, expect, it } from 'vitest';
import { countryAt } from '../src/maps/basemap.ts';
import type { Coordinates } from '../src/schemas/index.ts';
import { loadGazetteer } from './fixtures/entities/corpus.ts';

const gazetteer = loadGazetteer();
const places = gazetteer.filter((entry) => entry.type === 'place');
const byId = new Map(gazetteer.map((entry) => [entry.id, entry]));

/** The country at a point, looking up to ~10 km around it for a port that Natural Earth's coast leaves at sea. */
function countryNear([lon, lat]: Coordinates): string | null {
	for (const step of [0, 0.05, 0.1])
		for (const [dx, dy] of [
			[0, 0],
			[step, 0],
			[-step, 0],
			[0, step],
			[0, -step],
		] as const) {
			const found = countryAt([lon + dx, lat + dy]);
			if (found) return found;
		}
	return null;
}

/** A gazetteer country's names, to match Natural Earth's ("United States" is "United States of America"). */
const namesOf = (id: string) => {
	const entry = byId.get(id)!;
	return [entry.name, ...entry.aliases];
};

describe('content/gazetteer.yaml coordinates', () => {
	it('gives every place coordinates and a place type', () => {
		expect(places.filter((place) => !place.coordinates || !place.placeType).map((place) => place.name)).toEqual([]);
	});

	it('puts every place that names its country inside that country', () => {
		const wrong = places
			.filter((place) => place.country)
			.map((place) => ({ place: place.name, found: countryNear(place.coordinates!), names: namesOf(place.country!) }))
			.filter(({ found, names }) => found === null || !names.includes(found));
		expect(wrong).toEqual([]);
	});

	it('puts every country’s point inside the country itself', () => {
		const wrong = places
			.filter((place) => place.placeType === 'country' && place.id !== 'soviet-union')
			.map((place) => ({ place: place.name, found: countryNear(place.coordinates!), names: namesOf(place.id!) }))
			.filter(({ found, names }) => found === null || !names.includes(found));
		expect(wrong).toEqual([]);
	});

	it('puts Crimea and Sevastopol in Ukraine and the Black Sea at sea', () => {
		expect(countryAt(byId.get('crimea')!.coordinates!)).toBe('Ukraine');
		expect(countryAt(byId.get('sevastopol')!.coordinates!)).toBe('Ukraine');
		expect(countryAt(byId.get('black-sea')!.coordinates!)).toBeNull();
	});
});
