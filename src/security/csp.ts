/**
 * The site's Content Security Policy (Astro's `security.csp`), a second line of defence behind escaping: if
 * article text ever did become a `<script>` or `<style>` element, the browser would refuse to run it, because
 * only scripts and styles whose hashes the build knows may run.
 *
 * Astro hashes the scripts and styles it bundles or inlines itself. Inline scripts written with `is:inline`
 * are not hashed by Astro; Starlight has five, listed in `TRUSTED_INLINE_SCRIPTS` and hashed here from the
 * installed component files, so an upgrade that changes one is picked up by the next build.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** A CSP source hash, `sha256-<base64>`, as Astro's config takes it. */
export type CspHash = `sha256-${string}`;

/** The SHA-256 CSP hash of a script's or style's exact text. */
export function cspHash(text: string): CspHash {
	return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** An `is:inline` script of a component the site uses, with why the page needs it. */
export interface TrustedInlineScript {
	/** Module specifier of the `.astro` component that writes the script. */
	component: string;
	/** How many `<script is:inline>` elements the component holds (all are trusted). */
	count: number;
	/** What the script does. */
	purpose: string;
}

/** Starlight's inline scripts: each runs before first paint, which is why Starlight does not bundle them. */
export const TRUSTED_INLINE_SCRIPTS: TrustedInlineScript[] = [
	{
		component: '@astrojs/starlight/components/ThemeProvider.astro',
		count: 1,
		purpose: 'applies the stored light or dark theme before the page paints',
	},
	{
		component: '@astrojs/starlight/components/ThemeSelect.astro',
		count: 1,
		purpose: 'shows the stored theme in the theme picker',
	},
	{
		component: '@astrojs/starlight/components/Search.astro',
		count: 1,
		purpose: 'opens the search dialog with Ctrl+K or / before the search bundle loads',
	},
	{
		component: '@astrojs/starlight/components/SidebarPersister.astro',
		count: 2,
		purpose: 'restores the sidebar’s open groups and scroll position between pages',
	},
];

const INLINE_SCRIPT = /<script\b[^>]*\bis:inline\b[^>]*>([\s\S]*?)<\/script>/g;

/** The bodies of the `<script is:inline>` elements in an `.astro` component's source, as Astro writes them to the page. */
export function inlineScriptsOf(source: string): string[] {
	return [...source.matchAll(INLINE_SCRIPT)].map((match) => match[1]!);
}

/** The hashes of the trusted inline scripts, read from the installed components; throws when one no longer matches its entry. */
export function trustedInlineScriptHashes(scripts = TRUSTED_INLINE_SCRIPTS): CspHash[] {
	return scripts.flatMap(({ component, count }) => {
		const file = createRequire(import.meta.url).resolve(component);
		const bodies = inlineScriptsOf(readFileSync(file, 'utf8'));
		if (bodies.length !== count)
			throw new Error(
				`${component} now holds ${bodies.length} inline scripts, not ${count}. Read them, then update TRUSTED_INLINE_SCRIPTS in src/security/csp.ts.`,
			);
		return bodies.map(cspHash);
	});
}

/**
 * Directives besides `script-src` and `style-src`: everything from this origin only; no plugins, no `<base>`
 * from elsewhere, no form posting elsewhere; images also as `data:` URLs (Starlight's and Pagefind's icons).
 * `frame-ancestors` cannot be set from a `<meta>` element: a server that wants it sends it as a header.
 */
export const CSP_DIRECTIVES = [
	"default-src 'self'",
	"img-src 'self' data:",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
] as const;

/** Astro's `security.csp` setting for this site. */
export function contentSecurityPolicy() {
	return {
		algorithm: 'SHA-256' as const,
		directives: [...CSP_DIRECTIVES],
		scriptDirective: {
			// Pagefind compiles its search index reader from WebAssembly; 'wasm-unsafe-eval' allows that and not eval().
			resources: ["'self'", "'wasm-unsafe-eval'"],
			hashes: trustedInlineScriptHashes(),
		},
		styleDirective: {
			// Starlight, Expressive Code and Pagefind set `style` attributes (icon sizes, nesting depth, colours).
			// They cannot run script; `<style>` elements still need a hash.
			resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' as const }],
		},
	};
}
