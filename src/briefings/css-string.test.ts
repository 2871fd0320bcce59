import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { HOSTILE_STRINGS } from '../../test/hostile-strings.ts';
import { elementsOf, textOf } from '../../test/markup-scan.ts';
import { cssString } from './css-string.ts';

/** What a browser reads from a CSS string literal holding only characters and `\hex ` escapes. */
const readCssString = (literal: string) =>
	literal.slice(1, -1).replace(/\\([0-9a-f]{1,6}) ?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));

describe('cssString', () => {
	it('keeps letters, digits and spaces and escapes the rest', () => {
		expect(cssString('Air war briefing')).toBe('"Air war briefing"');
		expect(cssString('US–Russia "talks"')).toBe('"US\\2013 Russia \\22 talks\\22 "');
	});
	it.each(HOSTILE_STRINGS)('gives %j back as the string of a running header, inside one <style> element', (title) => {
		const css = `@page { @top-right { content: ${cssString(title)}; } }`;
		const elements = [...elementsOf(parse(`<!doctype html><head><style>${css}</style></head>`))];
		expect(elements.map((element) => element.tagName)).toEqual(['html', 'head', 'style', 'body']);
		expect(textOf(elements[2]!)).toBe(css);
		expect(readCssString(cssString(title))).toBe(title);
	});
	it('cannot close the style element or the string', () => {
		const css = cssString('</style><script>"\\');
		expect(css).not.toContain('<');
		expect(css).not.toContain('>');
		expect(css.slice(1, -1)).not.toContain('"');
		expect(css).toBe('"\\3c \\2f style\\3e \\3c script\\3e \\22 \\5c "');
	});
});
