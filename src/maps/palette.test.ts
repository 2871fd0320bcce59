import { describe, expect, it } from 'vitest';
import { themeColours } from '../../test/theme-colours.ts';
import { contrastRatio } from '../charts/palette.ts';
import { MAP_KIND_IDS } from './kinds.ts';

const themes = themeColours(new URL('../styles/maps.css', import.meta.url));

describe('map palette', () => {
	for (const [theme, colours] of Object.entries(themes)) {
		it(`gives every kind's mark at least 3:1 against the ${theme} land and sea`, () => {
			for (const kind of MAP_KIND_IDS)
				for (const ground of ['--fb-map-land', '--fb-map-sea']) {
					const ratio = contrastRatio(colours.get(`--fb-map-${kind}`)!, colours.get(ground)!);
					expect({ kind, ground, enough: ratio >= 3 }).toEqual({ kind, ground, enough: true });
				}
		});

		it(`gives the labels at least 4.5:1 against the ${theme} land`, () => {
			for (const text of ['--fb-map-text', '--fb-map-muted'])
				expect({ text, enough: contrastRatio(colours.get(text)!, colours.get('--fb-map-land')!) >= 4.5 }).toEqual({
					text,
					enough: true,
				});
		});
	}
});
