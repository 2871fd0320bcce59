import { describe, expect, it } from 'vitest';
import { themeColours } from '../../test/theme-colours.ts';
import { contrastRatio, MARK_COLOURS, PAGE_COLOUR, TEXT_COLOURS } from './palette.ts';

const themes = themeColours(new URL('../styles/charts.css', import.meta.url));

describe('chart palette', () => {
	for (const [theme, colours] of Object.entries(themes)) {
		const page = colours.get(PAGE_COLOUR)!;

		it(`gives every mark colour at least 3:1 against the ${theme} page`, () => {
			for (const name of MARK_COLOURS)
				expect({ name, ratio: contrastRatio(colours.get(name)!, page) >= 3 }).toEqual({ name, ratio: true });
		});

		it(`gives every text colour at least 4.5:1 against the ${theme} page`, () => {
			for (const name of TEXT_COLOURS)
				expect({ name, ratio: contrastRatio(colours.get(name)!, page) >= 4.5 }).toEqual({ name, ratio: true });
		});
	}

	it('matches the page colours to Starlight’s backgrounds', () => {
		expect(themes.light.get(PAGE_COLOUR)).toBe('#ffffff');
		expect(themes.dark.get(PAGE_COLOUR)).toBe('#17181c'); // hsl(224, 10%, 10%)
	});

	it('computes the WCAG ratio of black on white as 21', () => {
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 6);
	});
});
