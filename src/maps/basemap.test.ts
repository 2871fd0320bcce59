import { describe, expect, it } from 'vitest';
import { basemap, countryAt } from './basemap.ts';

describe('basemap', () => {
	it('draws Crimea as part of Ukraine, as the UN recognises it', () => {
		expect(countryAt([34.1, 44.95])).toBe('Ukraine');
		expect(countryAt([33.52, 44.6])).toBe('Ukraine');
	});

	it('keeps every other place in its Natural Earth country', () => {
		expect(countryAt([37.62, 55.76])).toBe('Russia');
		expect(countryAt([30.52, 50.45])).toBe('Ukraine');
		expect(countryAt([33.8, 43.5])).toBeNull();
	});

	it('draws no border across the Perekop isthmus, and still the one between Ukraine and Russia', () => {
		const near = (lon: number, lat: number, tolerance: number) =>
			basemap().borders.some((line) =>
				line.coordinates.some(([x, y]) => Math.abs(x - lon) < tolerance && Math.abs(y - lat) < tolerance),
			);
		expect(near(33.7, 46.1, 0.15)).toBe(false);
		expect(near(36.6, 50.3, 0.3)).toBe(true);
	});
});
