import { describe, expect, it } from 'vitest';
import {
	CSP_DIRECTIVES,
	contentSecurityPolicy,
	cspHash,
	inlineScriptsOf,
	TRUSTED_INLINE_SCRIPTS,
	trustedInlineScriptHashes,
} from './csp.ts';

describe('cspHash', () => {
	it('is the base64 SHA-256 of the exact text, as browsers compute it', () => {
		expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
		expect(cspHash('alert(1)')).not.toBe(cspHash('alert(1) '));
	});
});

describe('inlineScriptsOf', () => {
	it('returns the bodies of is:inline scripts only, whitespace kept', () => {
		const source =
			'<script is:inline>\n\ta();\n</script>\n<script>b();</script>\n<script is:inline aria-hidden="true">c()</script>';
		expect(inlineScriptsOf(source)).toEqual(['\n\ta();\n', 'c()']);
	});
});

describe('trustedInlineScriptHashes', () => {
	it("hashes each of Starlight's listed inline scripts from the installed components", () => {
		const hashes = trustedInlineScriptHashes();
		expect(hashes).toHaveLength(TRUSTED_INLINE_SCRIPTS.reduce((sum, script) => sum + script.count, 0));
		for (const hash of hashes) expect(hash).toMatch(/^sha256-[A-Za-z0-9+/]{43}=$/);
	});
	it('stops the build when a component holds a different number of inline scripts than listed', () => {
		expect(() =>
			trustedInlineScriptHashes([
				{ component: '@astrojs/starlight/components/ThemeProvider.astro', count: 2, purpose: '' },
			]),
		).toThrow(/ThemeProvider\.astro now holds 1 inline scripts, not 2/);
	});
});

describe('contentSecurityPolicy', () => {
	it('allows scripts only from the site and by hash, WebAssembly for search, no plugins and no foreign <base>', () => {
		const policy = contentSecurityPolicy();
		expect(policy.scriptDirective.resources).toEqual(["'self'", "'wasm-unsafe-eval'"]);
		expect(policy.scriptDirective.resources).not.toContain("'unsafe-inline'");
		expect(CSP_DIRECTIVES).toContain("object-src 'none'");
		expect(CSP_DIRECTIVES).toContain("base-uri 'self'");
		expect(policy.styleDirective.resources).toEqual(["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }]);
	});
});
