import { describe, expect, it } from 'vitest';
import { PLACES } from './fixtures.ts';
import { LOCATOR_WIDTH, locatorModel } from './locator.ts';

describe('locatorModel', () => {
	const kharkiv = locatorModel(PLACES.kharkiv, {
		countries: [PLACES.ukraine, PLACES.russia],
		capitals: [PLACES.kyiv, PLACES.moscow],
	})!;

	it('marks the place in the middle of its frame', () => {
		expect(kharkiv.width).toBe(LOCATOR_WIDTH);
		expect(kharkiv.x).toBeCloseTo(kharkiv.width / 2, 0);
		expect(kharkiv.y).toBeCloseTo(kharkiv.height / 2, 0);
		expect(kharkiv.land.length).toBeGreaterThan(100);
		expect(kharkiv.borders).toMatch(/^M/);
	});

	it('names the distance from the nearest well-known settlement, and draws it when it is inside the frame', () => {
		expect(kharkiv.description).toBe(
			'Locator map: Kharkiv marked at the centre, about 410 km from Kyiv, with country borders.',
		);
		expect(kharkiv.reference).toMatchObject({ text: 'Kyiv' });
		expect(kharkiv.reference!.x).toBeLessThan(kharkiv.x);
	});

	it('has no locator for a country, a sea or a place without coordinates', () => {
		expect(locatorModel(PLACES.ukraine, { countries: [] })).toBeNull();
		expect(locatorModel(PLACES.blackSea, { countries: [] })).toBeNull();
		expect(locatorModel(PLACES.nordStream, { countries: [] })).toBeNull();
	});
});
