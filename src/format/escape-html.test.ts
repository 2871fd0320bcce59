import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escape-html.ts';

describe('escapeHtml', () => {
	it('turns markup characters into references', () => {
		expect(escapeHtml(`</title><svg onload='x'> & "q"`)).toBe(
			'&#60;/title&#62;&#60;svg onload=&#39;x&#39;&#62; &#38; &#34;q&#34;',
		);
	});
	it('leaves ordinary text alone', () => {
		expect(escapeHtml('Kyiv, 3 December')).toBe('Kyiv, 3 December');
	});
});
