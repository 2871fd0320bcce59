/**
 * Full-site link check: every internal href, src and #fragment of every built page resolves, in
 * the root build (`dist/`) and in a second build under the base path `/frontline-brief/`. The
 * second build runs as on a machine without Chromium: it must succeed, say once that the
 * briefings have no PDFs, and show no PDF link.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempCheckout, type TempCheckout } from '../../scripts/bench/temp-checkout.ts';
import { findBriefings } from '../../scripts/export-briefings.ts';
import { normalizeSite } from '../../src/config/site.ts';
import { checkLinks, describeBroken, startTags } from './link-check.ts';
import { BASE, DIST, ROOT, requireBuild } from './site.ts';

const ORIGIN = normalizeSite(process.env.SITE_URL);
const SUB_BASE = '/frontline-brief/';
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const NO_CHROMIUM = '/nonexistent/chromium';

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
			'<a href="/x/a">no slash</a> <a href="/elsewhere/">outside</a> <a href="javascript:alert(1)">js</a> <script>var a = "<a href=\'/x/nope/\'>";</script> <a href="/x/later.pdf" hidden>later</a> <a href="/x/shown.pdf">shown</a>',
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

describe(`the site built under the base path ${SUB_BASE} on a machine without Chromium`, () => {
	let checkout: TempCheckout;
	let output: string;
	beforeAll(async () => {
		checkout = await makeTempCheckout(ROOT, 'base-path-');
		const env = { BASE_PATH: SUB_BASE, ASTRO_TELEMETRY_DISABLED: '1', CHROMIUM_PATH: NO_CHROMIUM };
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
