/**
 * The pipeline on articles it was not built from (test/fixtures/unseen-articles/): short reports written for
 * these tests in styles the seeds do not have (wire datelines, bylines and "Published:" lines, question-and-answer
 * explainers, Russian state-media phrasing, no headline, ads and teasers, hedged deadlines, prices, durations). They
 * are never part of the site. Each expectation below was checked by reading the article; a regression here means
 * the extraction got worse on new text, which is what it is judged on.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleRecord, EntityRecord, EventRecord, FigureRecord, QuoteRecord } from '../src/schemas/index.ts';
import { buildInMemory } from './in-memory-build.ts';

const ROOT = join(import.meta.dirname, '..');
const FIXTURES = join(ROOT, 'test/fixtures/unseen-articles');

interface Corpus {
	articles: ArticleRecord[];
	entities: EntityRecord[];
	events: EventRecord[];
	figures: FigureRecord[];
	quotes: QuoteRecord[];
	pages: Map<string, string>;
}

let corpus: Corpus;

beforeAll(async () => {
	const seeds = Object.fromEntries(
		readdirSync(FIXTURES)
			.filter((name) => name.endsWith('.txt'))
			.map((name) => [name, new Uint8Array(readFileSync(join(FIXTURES, name)))]),
	);
	const { report, effects } = await buildInMemory(seeds);
	expect(report.ok).toBe(true);
	const read = <T>(name: string) => JSON.parse(new TextDecoder().decode(effects.files.get(`data/${name}`)!)) as T;
	const pages = new Map(
		[...effects.files]
			.filter(([path]) => path.startsWith('pages/'))
			.map(([path, bytes]) => [path, new TextDecoder().decode(bytes)]),
	);
	corpus = {
		articles: read('articles.json'),
		entities: read('entities.json'),
		events: read('events.json'),
		figures: read('figures.json'),
		quotes: read('quotes.json'),
		pages,
	};
}, 60_000);

const article = (id: string) => corpus.articles.find((record) => record.id === id)!;
const figuresOf = (id: string) =>
	corpus.figures
		.filter((figure) => figure.article === id)
		.map((figure) => [figure.metric, figure.value, figure.qualifier, figure.subject]);
const eventsOf = (id: string) =>
	corpus.events
		.filter((event) => event.sources.some((source) => source.article === id))
		.map((event) => [event.date, event.title]);
const entity = (id: string) => corpus.entities.find((record) => record.id === id);
const pageOf = (id: string) => corpus.pages.get(`pages/${article(id).slug}.mdx`)!;

describe('publication dates on unseen articles', () => {
	it.each([
		['100_odesa-port-strike', '2025-12-09'], // "said on December 9, 2025"; "could be approved by December 18" is ahead
		['200_prisoner-swap', '2026-01-11'],
		['300_zaporizhzhia', '2025-12-03'], // the "Published:" line, a Wednesday, with "said on Wednesday"
		['400_losses', '2025-12-15'],
		['501_energy', '2026-01-10'],
		['700_coalition', '2026-01-06'],
		['800_tass', '2025-12-02'], // "MOSCOW, December 2 (TASS)", year from the corpus
		['110_sumy-strike', '2025-04-13'],
	])('dates %s to %s', (id, date) => {
		expect(article(id)).toMatchObject({ published: date, publishedPrecision: 'day' });
	});

	it('warns only about the dropped boilerplate when the stated day is a weekday the text names', () => {
		expect(article('300_zaporizhzhia').warnings).toEqual([
			'line 9: dropped the "Advertisement" ad slot left by the scraper',
			'line 13: dropped the teaser "Read more: How the war reshaped Europe\'s energy map" for another story',
		]);
	});

	it('leaves an explainer with only "late October" undated, with a warning', () => {
		expect(article('600_explainer')).toMatchObject({ published: null, publishedPrecision: null });
		expect(article('600_explainer').warnings.some((warning) => warning.startsWith('no publication date found'))).toBe(
			true,
		);
	});

	it('puts the Geneva story on or after the Thursday its talks ended', () => {
		expect(article('500_geneva').published! >= '2026-02-19').toBe(true);
	});
});

describe('titles, summaries and structure on unseen articles', () => {
	it('keeps a wire dateline in the text but out of the summary', () => {
		expect(article('200_prisoner-swap').summary).toMatch(/^Ukraine and Russia exchanged 150 prisoners of war/);
		expect(pageOf('200_prisoner-swap').replace(/<[^>]+>/g, '')).toContain(
			'KYIV, Ukraine (AP) — Ukraine and Russia exchanged',
		);
	});

	it('shows a byline and a "Published:" line as the masthead, not as subheadings', () => {
		const page = pageOf('300_zaporizhzhia');
		expect(page).toMatch(/<p class="byline"><span id="s-1" class="sentence">By Olga Rudenko<\/span><\/p>/);
		expect(page).not.toMatch(/^## .*(?:Olga Rudenko|Published)/m);
		expect(entity('olga-rudenko')).toBeUndefined();
	});

	it('makes the questions of a question-and-answer explainer its subheadings', () => {
		expect(pageOf('600_explainer').match(/^## /gm)).toHaveLength(4);
	});

	it('generates a title from the lede when there is no headline', () => {
		expect(article('900_noheadline')).toMatchObject({
			titleSource: 'generated',
			title: "Ukrainian drones struck the Tuapse oil refinery in Russia's Krasnodar region overnight",
		});
	});
});

describe('entities on unseen articles', () => {
	it.each([
		['oleh-kiper', 'person'], // "regional governor Oleh Kiper"
		['hakan-fidan', 'person'], // "foreign minister Hakan Fidan"
		['ihor-terekhov', 'person'], // "Mayor Ihor Terekhov"
		['mykolaiv', 'place'], // "Mykolaiv, the last major city"
		['sea-of-azov', 'place'],
		['seversk', 'place'], // "the settlements of Seversk"
		['coalition-of-the-willing', 'organization'],
		['russian-ministry-of-foreign-affairs', 'organization'],
	])('finds %s as a %s', (id, type) => {
		expect(entity(id)).toMatchObject({ type });
	});

	it('merges Zelenskiy and Zelensky into the curated Volodymyr Zelenskyy', () => {
		expect(entity('volodymyr-zelenskyy')!.aliases).toEqual(
			expect.arrayContaining(['Volodymyr Zelenskiy', 'Volodymyr Zelensky']),
		);
	});
});

describe('figures on unseen articles', () => {
	it('reads a strike report: who launched, what was shot down, and whose dead (the gazetteer puts Odesa in Ukraine)', () => {
		expect(figuresOf('100_odesa-port-strike')).toEqual(
			expect.arrayContaining([
				['killed', 7, 'at_least', 'ukraine'],
				['injured', 23, 'exact', 'ukraine'],
				['drones_launched', 47, 'exact', 'russia'],
				['missiles_launched', 6, 'exact', 'russia'],
				['drones_intercepted', 38, 'exact', 'russia'],
				['missiles_intercepted', 2, 'exact', 'russia'],
			]),
		);
	});

	it('gives blackouts in a list of Ukrainian cities to Ukraine', () => {
		expect(figuresOf('501_energy')).toEqual(
			expect.arrayContaining([['households_without_power', 1_500_000, 'about', 'ukraine']]),
		);
	});

	it('keeps "including 12 Kinzhal missiles" as a scoped part of the 48, not another salvo', () => {
		const kinzhal = corpus.figures.find((figure) => figure.article === '501_energy' && figure.value === 12)!;
		expect(kinzhal).toMatchObject({ metric: 'missiles_launched', scope: 'Kinzhal hypersonic missiles' });
	});

	it('reads hedged loss claims with their side', () => {
		expect(figuresOf('400_losses')).toEqual(
			expect.arrayContaining([
				['casualties', 1_200_000, 'about', 'russia'],
				['soldiers_killed', 1350, 'about', 'ukraine'],
			]),
		);
		expect(figuresOf('800_tass')).toEqual(expect.arrayContaining([['casualties', 1285, 'up_to', 'ukraine']]));
	});

	it('reads casualties written in words, with the children among them and whose they are', () => {
		expect(figuresOf('110_sumy-strike')).toEqual(
			expect.arrayContaining([
				['killed', 34, 'at_least', 'ukraine'],
				['children_killed', 2, 'exact', 'ukraine'],
				['injured', 117, 'exact', 'ukraine'],
			]),
		);
	});

	it('reads "a record 810 drones", "The death toll in Kyiv rose to 23" and "downed or jammed 747 drones"', () => {
		expect(figuresOf('120_record-barrage')).toEqual(
			expect.arrayContaining([
				['drones_launched', 810, 'exact', 'russia'],
				['missiles_launched', 13, 'exact', 'russia'],
				['killed', 23, 'exact', 'ukraine'],
				['children_killed', 4, 'exact', 'ukraine'],
				['drones_intercepted', 747, 'exact', 'russia'],
				['missiles_intercepted', 4, 'exact', 'russia'],
			]),
		);
	});

	it('does not take an oil price cap for aid', () => {
		expect(figuresOf('700_coalition').map(([metric]) => metric)).not.toContain('aid_usd');
	});
});

describe('quotes on unseen articles', () => {
	it('gives each quotation its speaker, by name, by surname alone, by "she" and by office', () => {
		const quotes = corpus.quotes.filter((quote) => quote.article === '130_putin-terms');
		expect(quotes.map((quote) => [quote.speaker, quote.text])).toEqual([
			['vladimir-putin', 'We are open to dialogue, but nobody should expect us to retreat,'],
			['vladimir-putin', 'in all directions'],
			['vladimir-putin', 'Kupiansk is practically ours.'],
			['andrii-sybiha', 'Putin is lying again, as he always does,'],
			['andrii-sybiha', 'Kupiansk remains Ukrainian.'],
			['kaja-kallas', 'The only language Moscow understands is strength,'],
		]);
	});
});

describe('events on unseen articles', () => {
	it('labels events by their own clause', () => {
		expect(eventsOf('100_odesa-port-strike')).toEqual(
			expect.arrayContaining([['2022-03', 'Russian troops tried and failed to seize Mykolaiv']]),
		);
		expect(eventsOf('300_zaporizhzhia')).toEqual(expect.arrayContaining([['2022-03', 'Russia seized the facility']]));
		expect(eventsOf('501_energy')).toEqual(
			expect.arrayContaining([
				['2026-01-10', 'Around 1.5 million households in Kyiv, Kharkiv and Odesa were left without electricity'],
			]),
		);
		expect(eventsOf('200_prisoner-swap')).toEqual(
			expect.arrayContaining([['2026-01-11', 'Ukraine and Russia exchanged 150 prisoners of war each']]),
		);
	});

	it('labels a bare "officials said" with what they said', () => {
		expect(eventsOf('110_sumy-strike')).toEqual(
			expect.arrayContaining([
				['2025-04-13', 'Regional officials said at least thirty-four people were killed and 117 injured'],
			]),
		);
	});

	it('joins a subject to its verb across a date, and never labels a date range twice', () => {
		const events = eventsOf('140_berlin-summit');
		expect(events).toEqual(
			expect.arrayContaining([
				['2025-12-15', 'European leaders meeting in Berlin pledged to back "robust security guarantees"'],
			]),
		);
		expect(events.map(([date]) => date)).not.toContain('2025-12-14');
	});

	it('dates "two weeks ago" and "last Thursday" from the publication day', () => {
		expect(eventsOf('400_losses')).toEqual(
			expect.arrayContaining([
				['2025-12', expect.stringMatching(/^The European Union agreed a €90 billion loan/)],
				['2025-12-11', 'Volodymyr Zelensky thanked EU leaders'],
			]),
		);
	});

	it('never turns a duration ("fuel for about 10 days") into a dated event', () => {
		expect(eventsOf('300_zaporizhzhia').every(([date]) => String(date).startsWith('202'))).toBe(true);
	});
});
