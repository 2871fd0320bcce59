/**
 * Full-site link check: every internal href, src and #fragment of every built page resolves, in
 * the root build (`dist/`) and in a second build under the base path `/frontline-brief/`. The
 * second build runs as on a machine without Chromium and without SITE_URL: it must succeed, say
 * once that the briefings have no PDFs and once that no domain is set, show no PDF link and name
 * no made-up domain anywhere.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempCheckout, type TempCheckout } from '../../scripts/bench/temp-checkout.ts';
import { findBriefings } from '../../scripts/export-briefings.ts';
import { NO_SITE_URL_NOTICE, normalizeSite } from '../../src/config/site.ts';
import { checkLinks, describeBroken, startTags } from './link-check.ts';
import { BASE, builtFilesMatching, DIST, ROOT, requireBuild } from './site.ts';

// Without SITE_URL no page names an origin; any stands in for resolving relative links.
const ORIGIN = normalizeSite(process.env.SITE_URL) ?? 'http://localhost';
const SUB_BASE = '/frontline-brief/';
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
/** The folder of one built topic page (`topics/<id>`). */
const findTopicPage = (dist: string) => {
	const id = readdirSync(join(dist, 'topics')).find((name) => existsSync(join(dist, 'topics', name, 'index.html')));
	return `topics/${id}`;
};
const NO_CHROMIUM = '/nonexistent/chromium';
/** The placeholder domain builds once fell back to, or any other address made up for the example. */
const MADE_UP_DOMAIN = /example\.(org|com|net)\b/;

describe('checkLinks', () => {
	let dir: string;
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'link-check-'));
		const page = (path: string, html: string) => {
			mkdirSync(join(dir, path, '..'), { recursive: true });
			writeFileSync(join(dir, path), `<!doctype html><html><body>${html}</body></html>`);
		};
		page(
			'index.html',
			'<a href="/x/a/">a</a> <a href="/x/a/#here">here</a> <a href="https://elsewhere.example/">out</a> <img src="/x/pic.png" alt="">',
		);
		page(
			'a/index.html',
			'<h2 id="here">Here</h2><a href="../">home</a> <a href="/x/a/#gone">gone</a> <a href="/x/missing/">missing</a>',
		);
		page(
			'b/index.html',
			'<a href="/x/a">no slash</a> <a href="/elsewhere/">outside</a> <a href="javascript:alert(1)">js</a> ' +
				'<script>var a = "<a href=\'/x/nope/\'>";</script> <a href="/x/later.pdf" hidden>later</a> <a ' +
				'href="/x/shown.pdf">shown</a>',
		);
		writeFileSync(join(dir, 'pic.png'), '');
		writeFileSync(
			join(dir, 'sitemap.xml'),
			'<urlset><url><loc>https://site.example/x/a/</loc></url><url><loc>https://site.example/a/</loc></url></urlset>',
		);
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('reports missing pages and ids, missing trailing slashes, links outside the base, javascript: URLs and bad sitemap entries', () => {
		const result = checkLinks(dir, '/x/', 'https://site.example');
		expect(result.pages).toBe(3);
		expect(result.broken.map(({ page, link }) => `${page} ${link}`).sort()).toEqual(
			[
				'/x/a/ /x/a/#gone',
				'/x/a/ /x/missing/',
				'/x/b/ /x/a',
				'/x/b/ /elsewhere/',
				'/x/b/ javascript:alert(1)',
				'/x/b/ /x/shown.pdf',
				'/x/sitemap.xml https://site.example/a/',
			].sort(),
		);
	});
});

describe('links of the built site', () => {
	beforeAll(() => requireBuild());

	it.skipIf(process.env.SITE_URL)('name no made-up domain, built without SITE_URL', () => {
		expect(builtFilesMatching(MADE_UP_DOMAIN)).toEqual([]);
	});

	it(`resolve in ${DIST} (base ${BASE})`, () => {
		const result = checkLinks(DIST, BASE, ORIGIN);
		expect(result.pages).toBeGreaterThan(10);
		expect(
			result.broken.length
				? `${result.broken.length} of ${result.links} links are broken:\n${describeBroken(result.broken)}`
				: '',
		).toBe('');
	});
});

describe(`the site built under the base path ${SUB_BASE} without Chromium and without SITE_URL`, () => {
	let checkout: TempCheckout;
	let output: string;
	beforeAll(async () => {
		checkout = await makeTempCheckout(ROOT, 'base-path-');
		const env = { BASE_PATH: SUB_BASE, ASTRO_TELEMETRY_DISABLED: '1', CHROMIUM_PATH: NO_CHROMIUM, SITE_URL: '' };
		await checkout.run(process.execPath, ['scripts/content.ts'], env);
		const build = await checkout.run(process.execPath, [ASTRO, 'build'], env);
		output = build.stdout + build.stderr;
	});
	afterAll(async () => {
		if (process.env.KEEP_CHECKOUT) console.log(`kept the base-path build in ${checkout.dir}`);
		else await checkout?.remove();
	});

	it('builds, saying once that the briefings have no PDFs, and shows no PDF link', () => {
		expect(output.split(`Chromium was not found at ${NO_CHROMIUM}`).length - 1).toBe(1);
		const dist = join(checkout.dir, 'dist');
		const briefings = findBriefings(dist);
		expect(briefings.length).toBeGreaterThan(1);
		for (const id of briefings) {
			expect(existsSync(join(dist, 'briefings', `${id}.pdf`))).toBe(false);
			const pdfLinks = startTags(readFileSync(join(dist, 'briefings', id, 'index.html'), 'utf8')).filter(
				({ attributes }) => attributes.has('data-fb-pdf'),
			);
			expect(pdfLinks).toHaveLength(1);
			expect(pdfLinks[0]!.attributes.has('hidden')).toBe(true);
		}
	});

	it('says once that SITE_URL is not set, and names no made-up domain on any page, feed or data file', () => {
		const dist = join(checkout.dir, 'dist');
		expect(output.split(NO_SITE_URL_NOTICE).length - 1).toBe(1);
		expect(builtFilesMatching(MADE_UP_DOMAIN, dist)).toEqual([]);
		expect(builtFilesMatching(/rel="canonical"|property="og:url"/, dist)).toEqual([]);
		expect(existsSync(join(dist, 'rss.xml'))).toBe(false);
		expect(existsSync(join(dist, 'sitemap-index.xml'))).toBe(false);
		// A citation gives the page's path alone.
		const topic = findTopicPage(dist);
		expect(readFileSync(join(dist, topic, 'index.html'), 'utf8')).toContain(
			`Frontline Brief. ${SUB_BASE}${topic}/ (accessed`,
		);
	});

	it('has links that resolve, none leaving the base path', () => {
		const result = checkLinks(join(checkout.dir, 'dist'), SUB_BASE, ORIGIN);
		expect(result.pages).toBeGreaterThan(10);
		expect(
			result.broken.length
				? `${result.broken.length} of ${result.links} links are broken:\n${describeBroken(result.broken)}`
				: '',
		).toBe('');
	});
});
