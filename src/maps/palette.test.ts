import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../charts/palette.ts';
import { MAP_KIND_IDS } from './kinds.ts';

const css = readFileSync(new URL('../styles/maps.css', import.meta.url), 'utf8');

/** The custom properties declared in the first rule whose selector is exactly `selector`. */
function block(selector: string): Map<string, string> {
	const start = css.indexOf(`${selector} {`);
	const body = css.slice(start + selector.length + 2, css.indexOf('}', start));
	return new Map(
		[...body.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})/gi)].map((match) => [match[1]!, match[2]!.toLowerCase()]),
	);
}

const themes = { dark: block(':root'), light: block(":root[data-theme='light']") };

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
