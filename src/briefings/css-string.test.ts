import { describe, expect, it } from 'vitest';
import { cssString } from './css-string.ts';

describe('cssString', () => {
	it('keeps letters, digits and spaces and escapes the rest', () => {
		expect(cssString('Air war briefing')).toBe('"Air war briefing"');
		expect(cssString('US–Russia "talks"')).toBe('"US\\2013 Russia \\22 talks\\22 "');
	});
	it('cannot close the style element or the string', () => {
		const css = cssString('</style><script>"\\');
		expect(css).not.toContain('<');
		expect(css).not.toContain('>');
		expect(css.slice(1, -1)).not.toContain('"');
		expect(css).toBe('"\\3c \\2f style\\3e \\3c script\\3e \\22 \\5c "');
	});
});
