/**
 * No extracted number is a truncated part of a longer number: "1 250 people" is 1250 killed or nothing, never 250.
 * Checked two ways: an article written with each thousands separator in use goes through the whole pipeline, and
 * every figure of the seeds and of the unseen-article corpus is checked against the sentence it was read from.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleRecord, FigureRecord } from '../src/schemas/index.ts';
import { buildInMemory } from './in-memory-build.ts';

const ROOT = join(import.meta.dirname, '..');
const decode = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

async function build(seeds: Record<string, string | Uint8Array>) {
	const encoded = Object.fromEntries(
		Object.entries(seeds).map(([name, text]) => [
			name,
			typeof text === 'string' ? new TextEncoder().encode(text) : text,
		]),
	);
	const { effects } = await buildInMemory(encoded);
	return {
		figures: JSON.parse(decode(effects.files.get('data/figures.json'))) as FigureRecord[],
		articles: JSON.parse(decode(effects.files.get('data/articles.json'))) as ArticleRecord[],
	};
}

const SEPARATORS: [string, string][] = [
	['comma', ','],
	['space', ' '],
	['no-break space', '\u00a0'],
	['narrow no-break space', '\u202f'],
	['thin space', '\u2009'],
	['apostrophe', "'"],
	['right single quotation mark', '’'],
];

/** The digits of the first number written in `text`, with the separators between them. */
const SEPARATOR_CLASS = "[,.'’\u00a0\u202f\u2009 ]";
const NUMBER_RUN = new RegExp(`\\d+(?:${SEPARATOR_CLASS}\\d+)*`);

/**
 * True when the number `figure.text` starts with is the whole run of digits of its sentence at that place: no digit,
 * and no separator followed by a digit, stands right before or right after it.
 */
function readWhole(figure: FigureRecord): boolean {
	const at = figure.quote.indexOf(figure.text);
	const run = NUMBER_RUN.exec(figure.text);
	if (at < 0 || !run) return true; // written in words
	const start = at + run.index;
	const end = start + run[0].length;
	const before = figure.quote.slice(Math.max(0, start - 2), start);
	const after = figure.quote.slice(end, end + 2);
	const glued = new RegExp(`^${SEPARATOR_CLASS}?\\d`);
	return !glued.test(after) && !new RegExp(`\\d${SEPARATOR_CLASS}?$`).test(before);
}

describe('numbers are read whole or not at all', () => {
	it('reads a toll written with each thousands separator as the whole number', async () => {
		const seeds = Object.fromEntries(
			SEPARATORS.map(([name, separator], index) => [
				`${index}_toll.txt`,
				`Strikes on Kharkiv region kill many\n\nRussian strikes have killed 1${separator}250 civilians in ` +
					`the Kharkiv region since 2022, the regional prosecutor said on 3 December 2025. Another ` +
					`12${separator}480 people were injured, he said. (${name})\n`,
			]),
		);
		const { figures } = await build(seeds);
		for (const index of SEPARATORS.keys()) {
			const values = figures.filter((figure) => figure.article === `${index}_toll`).map((figure) => figure.value);
			expect(values, SEPARATORS[index]![0]).toEqual([1250, 12480]);
		}
	});

	it('drops a number it cannot read whole and says so in the article', async () => {
		const { figures, articles } = await build({
			'x.txt':
				'Grid strikes leave city dark\n\nRussian strikes killed 1,25,000 chickens and 2,5 thousand people in the region, officials said on 3 December 2025.\n',
		});
		expect(figures.filter((figure) => figure.article === 'x').map((figure) => figure.value)).toEqual([]);
		expect(articles[0]!.warnings).toEqual(
			expect.arrayContaining([
				expect.stringContaining('dropped the number "1,25,000", which cannot be read whole'),
				expect.stringContaining('dropped the number "2,5", which cannot be read whole'),
			]),
		);
	});

	it('never extracts part of a longer number from the seeds or the unseen-article corpus', async () => {
		const read = (dir: string) =>
			Object.fromEntries(
				readdirSync(join(ROOT, dir))
					.filter((name) => name.endsWith('.txt'))
					.map((name) => [`${dir.replaceAll('/', '_')}_${name}`, new Uint8Array(readFileSync(join(ROOT, dir, name)))]),
			);
		const { figures } = await build({ ...read('seeds'), ...read('test/fixtures/unseen-articles') });
		expect(figures.length).toBeGreaterThan(100);
		expect(figures.filter((figure) => !readWhole(figure)).map((figure) => `${figure.article}: ${figure.text}`)).toEqual(
			[],
		);
	});
});
