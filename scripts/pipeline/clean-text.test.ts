import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goldenFolders } from '../../test/golden.ts';
import { cleanText } from './clean-text.ts';
import { warning } from './diagnostics.ts';

const FIXTURES = 'test/fixtures/clean-text';

describe('cleanText', () => {
	goldenFolders(FIXTURES, {
		input: 'input.txt',
		expected: 'expected.json',
		title: (name) => `cleans the ${name} fixture as expected`,
		run: (folder) => cleanText(readFileSync(`${folder}/input.txt`, 'utf8')),
	});

	it('drops an empty "Creator:" label and records the drop with its line', () => {
		const { lines, diagnostics } = cleanText('Headline Here Now\n\nCreator:\n\nBody text.');
		expect(lines.map((line) => line.text)).not.toContain('Creator:');
		expect(diagnostics).toContainEqual(
			warning('clean-text:empty-label', 'dropped an empty "Creator:" label left by the scraper', 3),
		);
	});

	it('keeps a "Creator:" line that names someone', () => {
		const { lines } = cleanText('Headline Here Now\nCreator: Jane Doe\nBody text.');
		expect(lines.map((line) => line.text)).toContain('Creator: Jane Doe');
	});

	it('cuts "LATEST NEWS" glued to the end of the last paragraph, keeping its full stop', () => {
		const { lines } = cleanText('First.\nfor years to come.LATEST NEWS');
		expect(lines.at(-1)!.text).toBe('for years to come.');
	});

	it('does not cut "latest news" inside a sentence', () => {
		const { lines } = cleanText('First.\nThe latest news from Kyiv is grim.');
		expect(lines.at(-1)!.text).toBe('The latest news from Kyiv is grim.');
	});

	it('drops an "Advertisement" slot and a "Read more:" teaser between paragraphs, recording both', () => {
		const { lines, diagnostics } = cleanText(
			'Headline Here Now\n\nFirst paragraph.\n\nAdvertisement\n\nRead more: How the war reshaped Europe’s energy map\n\nLast paragraph.',
		);
		expect(lines.filter((line) => line.text).map((line) => line.text)).toEqual([
			'Headline Here Now',
			'First paragraph.',
			'Last paragraph.',
		]);
		expect(diagnostics).toEqual([
			warning('clean-text:ad-slot', 'dropped the "Advertisement" ad slot left by the scraper', 5),
			warning(
				'clean-text:teaser',
				'dropped the teaser "Read more: How the war reshaped Europe’s energy map" for another story',
				7,
			),
		]);
	});

	it('keeps sentences that merely start like a teaser or mention an advertisement', () => {
		const text =
			'Headline Here Now\nSee also: the ministry’s own report, published on Monday.\nAn advertisement ran in Kyiv.';
		expect(cleanText(text).lines.map((line) => line.text)).toEqual(text.split('\n'));
	});

	it('composes decomposed accents (NFC) and folds no-break spaces', () => {
		const { lines } = cleanText('Cafe\u0301\u00a0\u00a0owners');
		expect(lines[0]!.text).toBe('Caf\u00e9 owners');
	});
});
