/**
 * Prints every briefing page of a built site to `dist/briefings/<id>.pdf` with the system Chromium
 * (print media, background graphics, A4 unless `--paper=letter`), a running header with the
 * briefing's title and a footer with "page N of M". The site is served from `dist/` on 127.0.0.1
 * under BASE_PATH, the same base it was built with. Each exported briefing's page then gets its
 * (hidden until now) "Download as PDF" link revealed.
 *
 * `npm run build` does this at its end (src/integrations/briefing-pdfs.ts); `npm run briefings`
 * prints them again, e.g. on Letter paper:
 *
 *   npm run briefings [-- --paper=letter] [-- --dist=path] [-- situation peace-plan …]
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { normalizeBase, SITE_TITLE } from '../src/config/site.ts';
import { escapeHtml } from '../src/format/escape-html.ts';
import { countOf } from '../src/format/plural.ts';
import { chromiumInstalledAt, chromiumPath, installHint, launchChromium } from './chromium.ts';
import { serveStatic } from './serve-static.ts';

/** Paper sizes the export knows, as Chromium names them. */
export type Paper = 'A4' | 'Letter';

/** Page margins of the PDFs: room for the header and footer, and suited to A4 and Letter alike. */
export const PDF_MARGIN = { top: '22mm', bottom: '20mm', left: '18mm', right: '18mm' };

/** What `npm run briefings` exports. */
export interface ExportOptions {
	/** The built site, usually `dist/`. */
	dist: string;
	/** Base path the site was built with (`/` or `/sub/`). */
	base: string;
	/** Where the PDFs go; defaults to `<dist>/briefings/`. */
	out?: string;
	/** Only these briefing ids; all when empty. */
	only?: string[];
	paper?: Paper;
	/** The Chromium binary; defaults to CHROMIUM_PATH or /usr/bin/chromium. */
	chromium?: string;
	/** Progress lines go here. */
	log?: (line: string) => void;
}

/** One exported PDF. */
export interface ExportedBriefing {
	id: string;
	title: string;
	file: string;
	bytes: number;
}

/** A problem that stops the export, with what to do about it. */
export class ExportError extends Error {
	override name = 'ExportError';
}

const TEMPLATE_STYLE =
	"font-family: Georgia, 'Times New Roman', serif; font-size: 8pt; color: #444; width: 100%; " +
	'margin: 0 18mm; display: flex; justify-content: space-between; gap: 6mm;';

/** The running header: site name left, briefing title right. */
export function headerTemplate(title: string): string {
	return (
		`<div style="${TEMPLATE_STYLE}"><span>${escapeHtml(SITE_TITLE)}</span><span ` +
		`style="font-style: italic; text-align: right;">${escapeHtml(title)}</span></div>`
	);
}

/** The running footer: how current the briefing is left, "Page N of M" right (Chromium fills the numbers). */
export function footerTemplate(asOf: string | null): string {
	return (
		`<div style="${TEMPLATE_STYLE}"><span>${escapeHtml(asOf ?? '')}</span><span>Page <span ` +
		`class="pageNumber"></span> of <span class="totalPages"></span></span></div>`
	);
}

/** Briefing ids in the build: each `briefings/<id>/index.html`, the situation briefing first. */
export function findBriefings(dist: string): string[] {
	const folder = join(dist, 'briefings');
	if (!existsSync(folder)) return [];
	const ids = readdirSync(folder).filter(
		(name) => existsSync(join(folder, name, 'index.html')) && statSync(join(folder, name)).isDirectory(),
	);
	return ids.sort((a, b) => (a === 'situation' ? -1 : b === 'situation' ? 1 : a.localeCompare(b)));
}

/** A path as the user would type it: relative inside the project, absolute outside. */
function displayPath(path: string): string {
	const inside = relative(process.cwd(), path);
	return inside && !inside.startsWith('..') ? inside : path;
}

/** Fails with the fix when the build is missing or was made for another base path. */
export function checkBuild(dist: string, base: string): void {
	const shown = displayPath(dist);
	if (!existsSync(join(dist, 'index.html')))
		throw new ExportError(
			`There is no built site in ${shown}/ to print. Run \`npm run build\` first, then \`npm run briefings\`.`,
		);
	const situation = join(dist, 'briefings', 'situation', 'index.html');
	if (!existsSync(situation))
		throw new ExportError(
			`${shown}/ has no briefings (briefings/situation/index.html is missing). ` +
				`Rebuild with \`npm run build\`, then run \`npm run briefings\` again.`,
		);
	// Astro writes the same files for any base; only the asset links inside tell which base they expect.
	if (!readFileSync(situation, 'utf8').includes(`="${base}_astro/`))
		throw new ExportError(
			`${shown}/ was not built for BASE_PATH "${base}": its pages link elsewhere, ` +
				`so the PDFs would print without styles. Run \`npm run briefings\` with the BASE_PATH the site ` +
				`was built with, or rebuild.`,
		);
}

/** Fails with the install command when Chromium is missing. */
export function checkChromium(path = chromiumPath()): void {
	if (!chromiumInstalledAt(path))
		throw new ExportError(
			`${installHint(path)} It prints the briefings; run \`npm run briefings\` again once it is there. ` +
				'The site build was not touched.',
		);
}

/** Unhides the briefing page's link to its PDF, now that the PDF exists next to it. */
export function revealPdfLink(htmlFile: string): void {
	const html = readFileSync(htmlFile, 'utf8');
	const revealed = html.replace(/(<a\b[^>]*\bdata-fb-pdf)(?:="")? hidden(?:="")?/g, '$1');
	if (revealed !== html) writeFileSync(htmlFile, revealed);
}

/** Prints the briefings of a built site to PDF files. */
export async function exportBriefings(options: ExportOptions): Promise<ExportedBriefing[]> {
	const { dist, base, paper = 'A4', chromium = chromiumPath(), log = () => {} } = options;
	checkBuild(dist, base);
	checkChromium(chromium);
	const all = findBriefings(dist);
	const unknown = (options.only ?? []).filter((id) => !all.includes(id));
	if (unknown.length)
		throw new ExportError(`No briefing "${unknown.join('", "')}" in the build. Known briefings: ${all.join(', ')}.`);
	const ids = options.only?.length ? all.filter((id) => options.only!.includes(id)) : all;
	const out = options.out ?? join(dist, 'briefings');
	const server = await serveStatic(dist, { base });
	let browser: Browser | null = null;
	try {
		browser = await launchChromium(chromium);
		const page = await browser.newPage();
		await page.emulateMedia({ media: 'print' });
		const exported: ExportedBriefing[] = [];
		for (const id of ids) {
			const response = await page.goto(server.at(`briefings/${id}/`), { waitUntil: 'load' });
			if (!response?.ok())
				throw new ExportError(
					`The briefing page briefings/${id}/ answered HTTP ${response?.status()}; rebuild with \`npm run build\`.`,
				);
			const meta = await page.evaluate(() => {
				const article = document.querySelector<HTMLElement>('[data-fb-briefing]');
				return {
					title: article?.dataset.fbBriefingTitle ?? document.title,
					asOf: document.querySelector('.fb-briefing__dateline time')?.textContent?.trim() ?? null,
				};
			});
			// Chromium's header and footer replace the page's own CSS margin boxes, which would print twice.
			await page.evaluate(() => {
				for (const element of document.querySelectorAll('[data-fb-running-header]')) element.remove();
			});
			// A constructed style sheet, not a <style> element: the page's Content Security Policy refuses inline styles
			// it has no hash for, and this export runs under it like any reader's browser.
			await page.evaluate(() => {
				const sheet = new CSSStyleSheet();
				sheet.replaceSync(
					'@page { @top-left { content: none } @top-right { content: none } ' +
						'@bottom-left { content: none } @bottom-right { content: none } }',
				);
				document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
			});
			await page.evaluate(() => document.fonts.ready);
			const file = join(out, `${id}.pdf`);
			const pdf = await page.pdf({
				path: file,
				format: paper,
				printBackground: true,
				displayHeaderFooter: true,
				headerTemplate: headerTemplate(meta.title),
				footerTemplate: footerTemplate(meta.asOf ? `${SITE_TITLE} · ${meta.asOf}` : SITE_TITLE),
				margin: PDF_MARGIN,
				outline: true,
				tagged: true,
			});
			exported.push({ id, title: meta.title, file, bytes: pdf.length });
			if (out === join(dist, 'briefings')) revealPdfLink(join(dist, 'briefings', id, 'index.html'));
			log(`${displayPath(file)}  ${Math.round(pdf.length / 1024)} KB  ${meta.title}`);
		}
		return exported;
	} finally {
		await browser?.close();
		await server.close();
	}
}

/** How the build's last step reports: progress lines, and the one line that says why there are no PDFs. */
export interface BuildLog {
	info: (line: string) => void;
	warn: (line: string) => void;
}

/**
 * The build's last step: prints every briefing to PDF when Chromium is there and reveals the links;
 * otherwise says once why there are none, and their links stay hidden. `BRIEFING_PDFS=off` skips the
 * printing on purpose (benchmarks time the site build alone). Returns the PDFs printed.
 */
export async function printBriefingsAfterBuild(
	options: { dist: string; base: string; env?: NodeJS.ProcessEnv; cacheDir?: string },
	log: BuildLog,
): Promise<ExportedBriefing[]> {
	const env = options.env ?? process.env;
	const stayHidden = 'the briefings were built without PDFs, and their "Download as PDF" links stay hidden';
	if (env.BRIEFING_PDFS === 'off') {
		log.warn(`BRIEFING_PDFS=off: ${stayHidden}.`);
		return [];
	}
	const chromium = chromiumPath(env);
	if (!chromiumInstalledAt(chromium)) {
		log.warn(
			`${installHint(chromium)} It prints the briefings: ${stayHidden}. ` +
				'Rebuild, or run `npm run briefings`, once Chromium is there.',
		);
		return [];
	}
	const started = Date.now();
	const { dist, base, cacheDir } = options;
	checkBuild(dist, base);
	const reused = cacheDir
		? reusePrintedBriefings(dist, cacheDir, chromium)
		: { reused: [], toPrint: findBriefings(dist) };
	const exported = reused.toPrint.length
		? await exportBriefings({ dist, base, chromium, only: reused.toPrint, log: log.info })
		: [];
	if (cacheDir) keepPrintedBriefings(dist, cacheDir, chromium, exported);
	const seconds = ((Date.now() - started) / 1000).toFixed(1);
	log.info(
		`${countOf(exported.length, 'briefing PDF')} printed with ${chromium} in ${seconds} s` +
			(reused.reused.length ? `; ${countOf(reused.reused.length, 'unchanged briefing')} kept its PDF` : ''),
	);
	return exported;
}

/** A briefing page's bytes as printed, whether or not its PDF link is revealed yet. */
export function printedPageDigest(dist: string, id: string, chromium: string): string {
	const file = join(dist, 'briefings', id, 'index.html');
	const revealed = readFileSync(file, 'utf8').replace(/(<a\b[^>]*\bdata-fb-pdf)(?:="")? hidden(?:="")?/g, '$1');
	return createHash('sha256').update(chromium).update('\0').update(revealed).digest('hex');
}

/** Where printed PDFs are kept between builds, with the page digest each was printed from. */
const pdfCache = (cacheDir: string) => join(cacheDir, 'briefing-pdfs');
const manifestFile = (cacheDir: string) => join(pdfCache(cacheDir), 'manifest.json');

function readManifest(cacheDir: string): Record<string, string> {
	try {
		return JSON.parse(readFileSync(manifestFile(cacheDir), 'utf8')) as Record<string, string>;
	} catch {
		return {};
	}
}

/**
 * Puts back the PDF of every briefing whose page is byte for byte the one it was printed from (the
 * page's styles and scripts are named by content hash, so the same page prints the same PDF), and
 * says which briefings need printing.
 */
export function reusePrintedBriefings(
	dist: string,
	cacheDir: string,
	chromium: string,
): { reused: string[]; toPrint: string[] } {
	const manifest = readManifest(cacheDir);
	const reused: string[] = [];
	const toPrint: string[] = [];
	for (const id of findBriefings(dist)) {
		const kept = join(pdfCache(cacheDir), `${id}.pdf`);
		if (manifest[id] === printedPageDigest(dist, id, chromium) && existsSync(kept)) {
			copyFileSync(kept, join(dist, 'briefings', `${id}.pdf`));
			revealPdfLink(join(dist, 'briefings', id, 'index.html'));
			reused.push(id);
		} else toPrint.push(id);
	}
	return { reused, toPrint };
}

/** Keeps the PDFs just printed for the next build, with the digest of the page each was printed from. */
function keepPrintedBriefings(dist: string, cacheDir: string, chromium: string, exported: ExportedBriefing[]): void {
	const manifest = readManifest(cacheDir);
	const present = new Set(findBriefings(dist));
	for (const id of Object.keys(manifest)) if (!present.has(id)) delete manifest[id];
	mkdirSync(pdfCache(cacheDir), { recursive: true });
	for (const { id, file } of exported) {
		copyFileSync(file, join(pdfCache(cacheDir), `${id}.pdf`));
		manifest[id] = printedPageDigest(dist, id, chromium);
	}
	writeFileSync(manifestFile(cacheDir), `${JSON.stringify(manifest, null, '\t')}\n`);
}

/** Reads `--paper=a4|letter`, `--dist=<built site>` and briefing ids from the command line. */
export function parseArguments(argv: string[]): { paper: Paper; dist: string; only: string[] } {
	let paper: Paper = 'A4';
	let dist = 'dist';
	const only: string[] = [];
	for (const argument of argv) {
		const match = /^--paper=(.+)$/.exec(argument);
		const distMatch = /^--dist=(.+)$/.exec(argument);
		if (distMatch) dist = distMatch[1]!;
		else if (match) {
			const value = match[1]!.toLowerCase();
			if (value !== 'a4' && value !== 'letter')
				throw new ExportError(`Unknown paper "${match[1]}". Use --paper=a4 or --paper=letter.`);
			paper = value === 'a4' ? 'A4' : 'Letter';
		} else if (argument.startsWith('--'))
			throw new ExportError(`Unknown option "${argument}". Use --paper=a4|letter, --dist=<folder> and briefing ids.`);
		else only.push(argument);
	}
	return { paper, dist, only };
}

async function main(): Promise<void> {
	const started = Date.now();
	try {
		const { paper, only, dist: folder } = parseArguments(process.argv.slice(2));
		const dist = resolve(folder);
		const exported = await exportBriefings({
			dist,
			base: normalizeBase(process.env.BASE_PATH),
			paper,
			only,
			log: (line) => console.log(line),
		});
		const seconds = ((Date.now() - started) / 1000).toFixed(1);
		console.log(
			`${countOf(exported.length, 'briefing PDF')} (${paper}) in ${displayPath(join(dist, 'briefings'))}/, ${seconds} s`,
		);
	} catch (error) {
		console.error(error instanceof ExportError ? error.message : error);
		process.exitCode = 1;
	}
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
