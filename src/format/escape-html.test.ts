import { parseFragment } from 'parse5';
import { describe, expect, it } from 'vitest';
import { HOSTILE_STRINGS } from '../../test/hostile-strings.ts';
import { attribute, elementsOf, textOf } from '../../test/markup-scan.ts';
import { escapeHtml } from './escape-html.ts';

describe('escapeHtml', () => {
	it('turns markup characters into references', () => {
		expect(escapeHtml(`</title><svg onload='x'> & "q"`)).toBe(
			'&#60;/title&#62;&#60;svg onload=&#39;x&#39;&#62; &#38; &#34;q&#34;',
		);
	});
	it.each(HOSTILE_STRINGS)('gives %j back as the text of an element and as a quoted attribute value', (text) => {
		const fragment = parseFragment(`<p title="${escapeHtml(text)}">${escapeHtml(text)}</p>`);
		const elements = [...elementsOf(fragment)];
		expect(elements.map((element) => element.tagName)).toEqual(['p']);
		expect(textOf(elements[0]!)).toBe(text);
		expect(attribute(elements[0]!, 'title')).toBe(text);
	});
	it('leaves ordinary text alone', () => {
		expect(escapeHtml('Kyiv, 3 December')).toBe('Kyiv, 3 December');
	});
});
