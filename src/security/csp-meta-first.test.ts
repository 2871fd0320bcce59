import { describe, expect, it } from 'vitest';
import { cspMetaFirst } from './csp-meta-first.ts';

const CSP = `<meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-abc='">`;

describe('cspMetaFirst', () => {
	it('moves the policy before the title, the other meta tags and the inline scripts, right after the charset', () => {
		const html =
			`<!doctype html><html lang="en"><head><meta charset="utf-8"/><meta name="viewport" content="x"/>` +
			`<title>T</title><script>a()</script>${CSP}<link rel="stylesheet" href="/a.css"></head><body></body>` +
			`</html>`;
		expect(cspMetaFirst(html)).toBe(
			`<!doctype html><html lang="en"><head><meta charset="utf-8"/>${CSP}<meta name="viewport" ` +
				`content="x"/><title>T</title><script>a()</script><link rel="stylesheet" href="/a.css"></head><body>` +
				`</body></html>`,
		);
	});
	it('puts it first in the head when there is no charset declaration', () => {
		expect(cspMetaFirst(`<html><head data-x="1"><title>T</title>${CSP}</head></html>`)).toBe(
			`<html><head data-x="1">${CSP}<title>T</title></head></html>`,
		);
	});
	it('leaves a page without a policy, or a policy outside any head, as it is', () => {
		expect(cspMetaFirst('<html><head><title>T</title></head></html>')).toBe(
			'<html><head><title>T</title></head></html>',
		);
		expect(cspMetaFirst(`${CSP}<p>x</p>`)).toBe(`${CSP}<p>x</p>`);
	});
	it('keeps everything else byte for byte', () => {
		const html = `<html><head><meta charset="utf-8">\n<title>A &#60;b&#62;</title>\n${CSP}\n</head><body>${'x'.repeat(50)}</body></html>`;
		const moved = cspMetaFirst(html);
		expect(moved.length).toBe(html.length);
		expect(moved.replace(CSP, '')).toBe(html.replace(CSP, ''));
		expect(moved.indexOf(CSP)).toBeLessThan(moved.indexOf('<title>'));
	});
});
