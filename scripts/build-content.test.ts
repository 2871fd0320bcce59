import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stringify as stringifyYaml } from 'yaml';
import { OPEN_DATA_FILES } from '../src/schemas/index.ts';
import { expectGolden } from '../test/golden.ts';
import { HOSTILE_STRINGS } from '../test/hostile-strings.ts';
import { type BuildOptions, buildContent, parseSidecar } from './build-content.ts';
import { memoryEffects } from './effects.ts';

const OPTIONS: BuildOptions = {
	seedsDir: 'seeds',
	contentDir: 'content',
	pagesDir: 'out/pages',
	dataDir: 'out/data',
	cacheDir: null,
	pipelineVersion: 'test',
	strict: false,
};

/** An in-memory repository holding the curated content/ files and the given seeds. */
function repository(seeds: Record<string, string | Uint8Array>) {
	const files: Record<string, string | Uint8Array> = {};
	for (const name of readdirSync('content'))
		if (name.endsWith('.yaml')) files[`content/${name}`] = readFileSync(`content/${name}`);
	for (const [name, content] of Object.entries(seeds)) files[`seeds/${name}`] = content;
	return memoryEffects(files);
}

function realSeeds(): Record<string, Uint8Array> {
	return Object.fromEntries(
		readdirSync('seeds')
			.filter((name) => name.endsWith('.txt'))
			.map((name) => [name, readFileSync(`seeds/${name}`)]),
	);
}

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);
const json = (effects: ReturnType<typeof memoryEffects>, name: string) =>
	JSON.parse(text(effects.files.get(`out/data/${name}`)));

describe('buildContent on the five seeds', async () => {
	const effects = repository(realSeeds());
	const report = await buildContent(effects, OPTIONS);
	const articles = json(effects, 'articles.json');
	const entities = json(effects, 'entities.json');
	const events = json(effects, 'events.json');
	const figures = json(effects, 'figures.json');
	const quotes = json(effects, 'quotes.json');

	it('builds every seed with no errors', () => {
		expect(report.ok).toBe(true);
		expect(report.built).toBe(5);
		expect(articles).toHaveLength(5);
	});

	it('matches the reviewed snapshot of the extracted data', () => {
		for (const name of [
			'articles.json',
			'entities.json',
			'topics.json',
			'events.json',
			'figures.json',
			'quotes.json',
			'places.csv',
		])
			expectGolden(`test/fixtures/seed-snapshot/${name}`, text(effects.files.get(`out/data/${name}`)));
	});

	it('writes every file of the open-data registry, the metric vocabulary included', () => {
		for (const file of OPEN_DATA_FILES) expect(effects.files.has(`out/data/${file.name}`), file.name).toBe(true);
		expect(json(effects, 'metrics.json').map((metric: { id: string }) => metric.id)).toContain('drones_launched');
		expect(text(effects.files.get('out/data/figures.csv')).split('\n')[0]).toBe(
			[
				'id,metric,value,unit,qualifier,subject,claimedBy,date,datePrecision,article,quote,sentence,text,scope',
				'conflictsWith,status,statusCue,subjectRole,interceptedBy,inflictedBy,place,span,spanCue,dateSource',
			].join(','),
		);
	});

	it('gives five distinct titles and keeps the headlines of the articles that have one', () => {
		expect(new Set(articles.map((article: { title: string }) => article.title)).size).toBe(5);
		for (const article of articles.filter(
			(candidate: { titleSource: string }) => candidate.titleSource === 'headline',
		)) {
			const firstLine = readFileSync(`seeds/${article.id}.txt`, 'utf8').split('\n')[0]!.trim();
			expect(article.title).toBe(firstLine);
		}
	});

	it('keeps every quote, figure and event source an exact sentence of its article', async () => {
		const { readArticle } = await import('./pipeline/read-article.ts');
		const sentencesOf = new Map<string, Map<string, string>>(
			articles.map((article: { id: string; file: string }) => {
				const read = readArticle({ id: article.id, file: article.file, bytes: readFileSync(article.file) });
				if (!read.ok) throw new Error(read.reason);
				return [article.id, new Map(read.document.sentences.map((sentence) => [sentence.id, sentence.text]))] as const;
			}),
		);
		const sources = [
			...quotes.map((quote: { article: string; sentence: string; quote: string }) => quote),
			...figures.map((figure: { article: string; sentence: string; quote: string }) => figure),
			...events.flatMap((event: { sources: { article: string; sentence: string; quote: string }[] }) => event.sources),
		];
		expect(sources.length).toBeGreaterThan(20);
		for (const source of sources) expect(sentencesOf.get(source.article)?.get(source.sentence)).toBe(source.quote);
	});

	it('merges the spellings of one person or place into one entity', () => {
		const byId = new Map(entities.map((entity: { id: string }) => [entity.id, entity]));
		expect(byId.get('volodymyr-zelenskyy')).toMatchObject({
			aliases: expect.arrayContaining(['Zelensky', 'Zelenskiy', 'Zelenskyy']),
		});
		expect(byId.get('kyiv')).toMatchObject({ aliases: expect.arrayContaining(['Kiev']) });
		expect(byId.get('dan-driscoll')).toMatchObject({ aliases: expect.arrayContaining(['Daniel P. Driscoll']) });
		expect((byId.get('steve-witkoff') as { articles: string[] }).articles).toHaveLength(4);
		const names = entities.map((entity: { name: string }) => entity.name);
		for (const junk of ['Friday', 'Thursday', 'November', 'Quick Read', 'Analysis', 'Ukrainian', 'Russian'])
			expect(names).not.toContain(junk);
	});

	it('reads the strike and casualty numbers with the right metric', () => {
		const has = (metric: string, value: number, qualifier = 'exact') =>
			expect(figures).toContainEqual(expect.objectContaining({ metric, value, qualifier }));
		has('drones_launched', 653);
		has('missiles_launched', 51);
		has('drones_intercepted', 585);
		has('missiles_intercepted', 30);
		has('drones_intercepted', 118);
		has('locations_hit', 29);
		has('injured', 8, 'at_least');
		has('civilians_killed', 2);
		has('officers_killed', 6024);
		has('generals_killed', 12);
		has('territory_captured_km2', 505);
		has('prisoners_released', 31);
		has('aid_usd', 8.2e9);
		const strikeOrCasualty = /^(drones|missiles|locations|killed|injured|civilians|soldiers|officers|generals)/;
		for (const figure of figures.filter((candidate: { metric: string }) => strikeOrCasualty.test(candidate.metric)))
			expect([18, 2023, 2024, 2025, 80, 28, 19]).not.toContain(figure.value);
	});

	it('merges the Driscoll briefing and the Thursday deadline reported by two articles', () => {
		const crossArticle = events.filter(
			(event: { sources: { article: string }[] }) => new Set(event.sources.map((source) => source.article)).size > 1,
		);
		expect(crossArticle.map((event: { date: string }) => event.date)).toEqual(
			expect.arrayContaining(['2025-11-21', '2025-11-27']),
		);
	});

	it('writes one MDX page per article', () => {
		const pages = [...effects.files.keys()].filter((path) => path.startsWith('out/pages/'));
		expect(pages).toHaveLength(5);
	});

	it('gives byte-identical data on a second run', async () => {
		const again = repository(realSeeds());
		await buildContent(again, OPTIONS);
		for (const [path, bytes] of effects.files)
			if (path.startsWith('out/')) expect(text(again.files.get(path))).toBe(text(bytes));
	});
});

describe('buildContent with editors and odd files', () => {
	const seed = readFileSync('seeds/004_fdfc69b7d5b81fcc.txt');

	it('lets a sidecar override the title and date', async () => {
		const effects = repository({
			'a.txt': seed,
			'a.meta.yaml': 'title: Talks stall in Florida\npublished: 2025-12-07\noutlet: Example News\n',
		});
		const report = await buildContent(effects, OPTIONS);
		expect(report.ok).toBe(true);
		expect(json(effects, 'articles.json')[0]).toMatchObject({
			title: 'Talks stall in Florida',
			titleSource: 'override',
			published: '2025-12-07',
			publishedPrecision: 'day',
			publishedSource: 'override',
			publishedConfidence: 1,
			outlet: 'Example News',
		});
	});

	it('reports a bad sidecar field by file and field, and still builds the article', async () => {
		const effects = repository({ 'a.txt': seed, 'a.meta.yaml': 'published: 22/11/2025\nauthor: Someone\n' });
		const report = await buildContent(effects, OPTIONS);
		expect(report.ok).toBe(false);
		expect(report.built).toBe(1);
		const messages = report.diagnostics.filter((d) => d.file === 'seeds/a.meta.yaml').map((d) => d.message);
		expect(messages.some((message) => message.includes('"published"') && message.includes('22/11/2025'))).toBe(true);
		expect(messages.some((message) => message.includes('author'))).toBe(true);
	});

	it('skips unreadable files by name with the reason, ignores other files, and builds the rest', async () => {
		const effects = repository({
			'a.txt': seed,
			'empty.txt': '',
			'image.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]),
			'notes.md': '# notes',
		});
		const report = await buildContent(effects, OPTIONS);
		expect(report.ok).toBe(true);
		expect(report.built).toBe(1);
		expect(report.skipped).toBe(2);
		expect(report.diagnostics).toContainEqual(
			expect.objectContaining({ file: 'seeds/empty.txt', message: 'skipped: the file is empty' }),
		);
		expect(report.diagnostics).toContainEqual(
			expect.objectContaining({ file: 'seeds/image.txt', message: 'skipped: the file is a PNG image, not text' }),
		);
		expect(report.diagnostics).toContainEqual(expect.objectContaining({ file: 'seeds/notes.md', severity: 'notice' }));
	});

	it('fails with --strict when there are warnings', async () => {
		const report = await buildContent(repository({ 'a.txt': seed }), { ...OPTIONS, strict: true });
		expect(report.ok).toBe(false);
	});

	it('reuses cached extractions for unchanged articles', async () => {
		const effects = repository({ 'a.txt': seed, 'b.txt': readFileSync('seeds/003_b3816ff686a829da.txt') });
		await buildContent(effects, { ...OPTIONS, cacheDir: 'cache' });
		effects.files.set(
			'seeds/b.txt',
			new TextEncoder().encode(`${text(effects.files.get('seeds/b.txt'))}\nOne more sentence here.`),
		);
		const report = await buildContent(effects, { ...OPTIONS, cacheDir: 'cache' });
		expect(report.cached).toBe(1);
	});
});

describe('buildContent: the open data in parts', () => {
	it('writes every entity’s mentions as JSON Lines and every month’s events, the same records as the whole files', async () => {
		const effects = repository(realSeeds());
		await buildContent(effects, { ...OPTIONS, partsDir: 'out/parts' });
		const mentions = json(effects, 'mentions.json') as { id: string; entity: string }[];
		const events = json(effects, 'events.json') as { id: string; date: string }[];
		const mentionFiles = [...effects.files.keys()].filter((path) => path.startsWith('out/parts/mentions/'));
		expect(mentionFiles.length).toBe(new Set(mentions.map((mention) => mention.entity)).size);
		const fromParts = mentionFiles.flatMap((path) =>
			text(effects.files.get(path))
				.trimEnd()
				.split('\n')
				.map((line) => JSON.parse(line) as { id: string; entity: string }),
		);
		expect(fromParts.map((mention) => mention.id).sort()).toEqual(mentions.map((mention) => mention.id).sort());
		for (const mention of fromParts) expect(mentionFiles).toContain(`out/parts/mentions/${mention.entity}.jsonl`);
		// Published without the sentence's text (in mentions.json and on the page); whole for the site's pages.
		expect(fromParts.every((mention) => !('text' in mention))).toBe(true);
		const whole = [...effects.files.keys()].filter((path) => path.startsWith('out/data/mentions/'));
		expect(whole.map((path) => path.replace('out/data/', ''))).toEqual(
			mentionFiles.map((path) => path.replace('out/parts/', '')),
		);
		expect(text(effects.files.get(whole[0]!)).split('\n')[0]).toContain('"text":');
		const eventFiles = [...effects.files.keys()].filter((path) => path.startsWith('out/parts/events/'));
		const eventsFromParts = eventFiles.flatMap(
			(path) => JSON.parse(text(effects.files.get(path))) as { id: string; date: string }[],
		);
		expect(eventsFromParts.map((event) => event.id).sort()).toEqual(events.map((event) => event.id).sort());
		for (const event of eventsFromParts)
			expect(eventFiles).toContain(
				`out/parts/events/${event.date.length >= 7 ? event.date.slice(0, 7) : event.date}.json`,
			);
	});

	it('removes the parts of entities that are gone', async () => {
		const effects = repository(realSeeds());
		effects.files.set('out/parts/mentions/nobody-any-more.jsonl', new TextEncoder().encode('{}\n'));
		await buildContent(effects, { ...OPTIONS, partsDir: 'out/parts' });
		expect(effects.files.has('out/parts/mentions/nobody-any-more.jsonl')).toBe(false);
	});
});

describe('buildContent on worker threads', () => {
	it('writes the same bytes and diagnostics with three workers as in one thread, cache cold and warm', async () => {
		const unseen = 'test/fixtures/unseen-articles';
		const seeds = {
			...realSeeds(),
			...Object.fromEntries(
				readdirSync(unseen)
					.filter((name) => name.endsWith('.txt'))
					.map((name) => [name, readFileSync(`${unseen}/${name}`)]),
			),
			// An unreadable file and a duplicate go through the workers too.
			'empty.txt': '',
			'copy.txt': readFileSync('seeds/000_185a8743d7012d98.txt'),
		};
		const single = repository(seeds);
		const singleReport = await buildContent(single, { ...OPTIONS, cacheDir: 'cache' });
		const pooled = repository(seeds);
		const pooledReport = await buildContent(pooled, { ...OPTIONS, cacheDir: 'cache', workers: 3 });
		expect(pooledReport.built).toBeGreaterThanOrEqual(4 * 3);
		expect(pooledReport.diagnostics).toEqual(singleReport.diagnostics);
		expect(pooledReport.diagnostics.some((d) => d.rule === 'duplicates')).toBe(true);
		const outputs = (effects: ReturnType<typeof repository>) =>
			new Map([...effects.files].filter(([path]) => !path.startsWith('seeds/') && !path.startsWith('content/')));
		expect(outputs(pooled)).toEqual(outputs(single));
		// From the cache, the same once more.
		const warmReport = await buildContent(pooled, { ...OPTIONS, cacheDir: 'cache', workers: 3 });
		expect(warmReport.cached).toBe(warmReport.built);
		expect(outputs(pooled)).toEqual(outputs(single));
	}, 180_000);
});

describe('parseSidecar', () => {
	it('accepts an unquoted YAML date as the day it names', () => {
		expect(parseSidecar('x.meta.yaml', new TextEncoder().encode('published: 2025-11-22')).sidecar).toEqual({
			published: '2025-11-22',
		});
	});
	it.each(HOSTILE_STRINGS)('keeps %j in a title, outlet and summary exactly as the editor wrote it', (text) => {
		const fields = { title: text, outlet: text, summary: text };
		expect(parseSidecar('x.meta.yaml', new TextEncoder().encode(stringifyYaml(fields))).sidecar).toEqual(fields);
	});
	it.each([
		"javascript:window.__fbPwned='url'",
		'JavaScript:alert(1)',
		' javascript:alert(1)',
		'java\tscript:alert(1)',
		'vbscript:msgbox(1)',
		'data:text/html,<script>alert(1)</script>',
		'//attacker.example/',
		'/relative/path',
	])('refuses %j as the original address, naming the field', (sourceUrl) => {
		const { sidecar, diagnostics } = parseSidecar(
			'x.meta.yaml',
			new TextEncoder().encode(stringifyYaml({ sourceUrl })),
		);
		expect(sidecar).toBeNull();
		expect(diagnostics[0]).toMatchObject({ file: 'x.meta.yaml', severity: 'error', rule: 'sidecar' });
		expect(diagnostics[0]!.message).toMatch(/^field "sourceUrl": /);
	});
	it('names the line of a YAML syntax error', () => {
		const { diagnostics } = parseSidecar('x.meta.yaml', new TextEncoder().encode('title: "unclosed\n'));
		expect(diagnostics[0]).toMatchObject({ file: 'x.meta.yaml', severity: 'error', rule: 'sidecar' });
		expect(diagnostics[0]!.message).toMatch(/^not valid YAML/);
	});
});
