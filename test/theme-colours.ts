/**
 * The colours a style sheet declares per Starlight theme, as custom properties, for the palette tests of the
 * charts and maps (each checks its own contrast rules against these).
 */
import { readFileSync } from 'node:fs';

/** The custom properties declared in the first rule whose selector is exactly `selector`. */
function declaredColours(css: string, selector: string): Map<string, string> {
	const start = css.indexOf(`${selector} {`);
	const body = css.slice(start + selector.length + 2, css.indexOf('}', start));
	return new Map(
		[...body.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})/gi)].map((match) => [match[1]!, match[2]!.toLowerCase()]),
	);
}

/** Each theme's colours in the style sheet at `url`: dark in `:root`, light under `data-theme='light'`. */
export function themeColours(url: URL): { dark: Map<string, string>; light: Map<string, string> } {
	const css = readFileSync(url, 'utf8');
	return { dark: declaredColours(css, ':root'), light: declaredColours(css, ":root[data-theme='light']") };
}
