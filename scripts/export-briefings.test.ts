import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFragment } from 'parse5';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HOSTILE_STRINGS } from '../test/hostile-strings.ts';
import { elementsOf, textOf } from '../test/markup-scan.ts';
import {
	checkBuild,
	checkChromium,
	findBriefings,
	footerTemplate,
	headerTemplate,
	parseArguments,
	printBriefingsAfterBuild,
	printedPageDigest as printedPageDigestForTest,
	reusePrintedBriefings,
	revealPdfLink,
} from './export-briefings.ts';

describe('headerTemplate and footerTemplate', () => {
	it('put the escaped briefing title in the header', () => {
		expect(headerTemplate('Briefing: <Talks> & "deals"')).toContain('Briefing: &#60;Talks&#62; &#38; &#34;deals&#34;');
		expect(headerTemplate(`it's`)).toContain('it&#39;s');
	});
	it.each(HOSTILE_STRINGS)(
		'show the briefing title %j as the text of the header, with no element of its own',
		(title) => {
			const elements = [...elementsOf(parseFragment(headerTemplate(title)))];
			expect(elements.map((element) => element.tagName)).toEqual(['div', 'span', 'span']);
			expect(textOf(elements[2]!)).toBe(title);
		},
	);
	it('number the pages with the classes Chromium fills in', () => {
		const footer = footerTemplate('Frontline Brief · As of December 2025');
		expect(footer).toContain('Frontline Brief · As of December 2025');
		expect(footer).toContain('Page <span class="pageNumber"></span> of <span class="totalPages"></span>');
	});
});

describe('parseArguments', () => {
	it('defaults to A4, dist/ and every briefing', () => {
		expect(parseArguments([])).toEqual({ paper: 'A4', dist: 'dist', only: [] });
	});
	it('reads the paper, the build folder and briefing ids', () => {
		expect(parseArguments(['--paper=Letter', '--dist=/tmp/site', 'situation', 'air-war'])).toEqual({
			paper: 'Letter',
			dist: '/tmp/site',
			only: ['situation', 'air-war'],
		});
	});
	it('refuses an unknown paper or option, saying what works', () => {
		expect(() => parseArguments(['--paper=A5'])).toThrow('Unknown paper "A5". Use --paper=a4 or --paper=letter.');
		expect(() => parseArguments(['--landscape'])).toThrow(/Unknown option "--landscape"/);
	});
});

describe('checkBuild and findBriefings', () => {
	let dist: string;
	beforeEach(() => {
		dist = mkdtempSync(join(tmpdir(), 'fb-export-'));
	});
	afterEach(() => rmSync(dist, { recursive: true, force: true }));
	const page = (path: string, html: string) => {
		mkdirSync(join(dist, path), { recursive: true });
		writeFileSync(join(dist, path, 'index.html'), html);
	};

	it('says to run the build first when there is no site', () => {
		expect(() => checkBuild(dist, '/')).toThrow(/Run `npm run build` first/);
	});
	it('notices a build made for another base path', () => {
		page('', '<a href="/frontline/">');
		page('briefings/situation', '<link href="/frontline/_astro/a.css"><a href="/frontline/">');
		expect(() => checkBuild(dist, '/')).toThrow(/was not built for BASE_PATH "\/"/);
		expect(() => checkBuild(dist, '/frontline/')).not.toThrow();
	});
	it('lists briefing folders, the situation briefing first', () => {
		page('briefings/air-war', '');
		page('briefings/situation', '');
		page('briefings/peace-plan', '');
		writeFileSync(join(dist, 'briefings', 'index.html'), '');
		writeFileSync(join(dist, 'briefings', 'situation.pdf'), '');
		expect(findBriefings(dist)).toEqual(['situation', 'air-war', 'peace-plan']);
	});
	it('reveals the hidden PDF link of an exported briefing and nothing else', () => {
		page(
			'briefings/situation',
			'<button data-fb-print hidden>Print</button><a class="fb-pdf-link" href="/briefings/situation.pdf" data-fb-pdf hidden type="application/pdf">PDF</a>',
		);
		revealPdfLink(join(dist, 'briefings/situation/index.html'));
		const html = readFileSync(join(dist, 'briefings/situation/index.html'), 'utf8');
		expect(html).toContain(
			'<a class="fb-pdf-link" href="/briefings/situation.pdf" data-fb-pdf type="application/pdf">',
		);
		expect(html).toContain('<button data-fb-print hidden>');
	});
});

describe('checkChromium', () => {
	it('says how to install Chromium when it is missing', () => {
		expect(() => checkChromium('/nonexistent/chromium')).toThrow(/apt-get install -y chromium/);
	});
});

describe('printBriefingsAfterBuild', () => {
	let dist: string;
	const briefingPage =
		'<link href="/_astro/a.css"><a class="fb-pdf-link" href="/briefings/situation.pdf" data-fb-pdf hidden>PDF</a>';
	beforeEach(() => {
		dist = mkdtempSync(join(tmpdir(), 'fb-build-pdfs-'));
		writeFileSync(join(dist, 'index.html'), '');
		mkdirSync(join(dist, 'briefings/situation'), { recursive: true });
		writeFileSync(join(dist, 'briefings/situation/index.html'), briefingPage);
	});
	afterEach(() => rmSync(dist, { recursive: true, force: true }));
	const run = async (env: NodeJS.ProcessEnv) => {
		const lines: { level: string; line: string }[] = [];
		const exported = await printBriefingsAfterBuild(
			{ dist, base: '/', env },
			{ info: (line) => lines.push({ level: 'info', line }), warn: (line) => lines.push({ level: 'warn', line }) },
		);
		return { exported, lines };
	};

	it('says once, without failing, that there are no PDFs when Chromium is missing, and leaves the links hidden', async () => {
		const { exported, lines } = await run({ CHROMIUM_PATH: join(dist, 'no-chromium-here') });
		expect(exported).toEqual([]);
		expect(lines).toHaveLength(1);
		expect(lines[0]!.level).toBe('warn');
		expect(lines[0]!.line).toContain(`Chromium was not found at ${join(dist, 'no-chromium-here')}`);
		expect(lines[0]!.line).toContain('"Download as PDF" links stay hidden');
		expect(readFileSync(join(dist, 'briefings/situation/index.html'), 'utf8')).toBe(briefingPage);
		expect(existsSync(join(dist, 'briefings/situation.pdf'))).toBe(false);
	});
	it('skips the printing when BRIEFING_PDFS=off, saying so once', async () => {
		const { exported, lines } = await run({ BRIEFING_PDFS: 'off' });
		expect(exported).toEqual([]);
		expect(lines.map(({ line }) => line)).toEqual([
			'BRIEFING_PDFS=off: the briefings were built without PDFs, and their "Download as PDF" links stay hidden.',
		]);
	});
});

describe('reusePrintedBriefings', () => {
	let root: string;
	beforeEach(() => {
		root = mkdtempSync(join(tmpdir(), 'fb-pdf-cache-'));
	});
	afterEach(() => rmSync(root, { recursive: true, force: true }));

	const page = (dist: string, id: string, html: string) => {
		mkdirSync(join(dist, 'briefings', id), { recursive: true });
		writeFileSync(join(dist, 'briefings', id, 'index.html'), html);
	};
	const link = '<a href="situation.pdf" data-fb-pdf hidden>PDF</a>';

	it('puts back the PDF of a page that is unchanged, reveals its link, and asks for the others', () => {
		const dist = join(root, 'dist');
		const cache = join(root, 'cache');
		page(dist, 'situation', `<p>Same</p>${link}`);
		page(dist, 'air-war', '<p>Old</p>');
		// As a first build leaves it: both printed, then kept.
		mkdirSync(join(cache, 'briefing-pdfs'), { recursive: true });
		expect(reusePrintedBriefings(dist, cache, '/usr/bin/chromium')).toEqual({
			reused: [],
			toPrint: ['situation', 'air-war'],
		});
		keepForTest(dist, cache);
		// The next build: one page changed.
		page(dist, 'air-war', '<p>New</p>');
		page(dist, 'situation', `<p>Same</p>${link}`);
		expect(reusePrintedBriefings(dist, cache, '/usr/bin/chromium')).toEqual({
			reused: ['situation'],
			toPrint: ['air-war'],
		});
		expect(readFileSync(join(dist, 'briefings', 'situation.pdf'), 'utf8')).toBe('%PDF situation');
		expect(readFileSync(join(dist, 'briefings', 'situation', 'index.html'), 'utf8')).not.toContain('hidden');
		// Another Chromium prints afresh.
		expect(reusePrintedBriefings(dist, cache, '/opt/chromium').reused).toEqual([]);
	});

	/** What a build's printing leaves in the cache, without Chromium: the PDFs and the digests of their pages. */
	function keepForTest(dist: string, cache: string) {
		const manifest: Record<string, string> = {};
		for (const id of ['situation', 'air-war']) {
			writeFileSync(join(cache, 'briefing-pdfs', `${id}.pdf`), `%PDF ${id}`);
			manifest[id] = printedPageDigestForTest(dist, id, '/usr/bin/chromium');
		}
		writeFileSync(join(cache, 'briefing-pdfs', 'manifest.json'), JSON.stringify(manifest));
	}
});
