import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goldenFolders } from '../../test/golden.ts';
import { chooseTitle, cutAtWord, MAX_TITLE_LENGTH, titleFromLede } from './choose-title.ts';
import { cleanText } from './clean-text.ts';
import { parseStructure } from './parse-structure.ts';
import { splitSentences } from './split-sentences.ts';

function titleOf(text: string) {
	const { headline, blocks } = parseStructure(cleanText(text).lines);
	return chooseTitle(headline, blocks, splitSentences(blocks));
}

describe('chooseTitle', () => {
	it('uses the headline line when there is one', () => {
		expect(titleOf('Peace May Be the One Thing Washington Can’t Allow\nBody text here.')).toMatchObject({
			title: 'Peace May Be the One Thing Washington Can’t Allow',
			titleSource: 'headline',
		});
	});

	it('uses a headline-like subheading when the first line is a sentence', () => {
		const text =
			'Three days of talks ended without a breakthrough.\nUkraine–US Talks Stall as Russian Forces Intensify Attacks\nMore text follows here.';
		expect(titleOf(text)).toMatchObject({
			title: 'Ukraine–US Talks Stall as Russian Forces Intensify Attacks',
			titleSource: 'subhead',
		});
	});

	it('generates a title from the lede when there is no headline or subheading', () => {
		const result = titleOf(
			'After days of shuttle diplomacy with Kiev, Washington has moved straight to Moscow – sidelining the EU.\nMore.',
		);
		expect(result).toMatchObject({
			title: 'Washington has moved straight to Moscow – sidelining the EU',
			titleSource: 'generated',
		});
	});
});

describe('titleFromLede', () => {
	// Each fixture is a lede written for one rule; the expected title is a headline, not the sentence cut short.
	goldenFolders(join(import.meta.dirname, '../../test/fixtures/titles'), {
		input: 'lede.txt',
		expected: 'expected.yaml',
		title: (name) => `makes a headline of the ${name} lede`,
		run: (folder) => ({ title: titleFromLede(readFileSync(join(folder, 'lede.txt'), 'utf8').trim()) }),
	});

	it('never exceeds 90 characters and never cuts a word', () => {
		const lede =
			'Western capitals have been abuzz in recent days as warnings about surging missile production and the prospects for a controversial plan have collided.';
		const title = titleFromLede(lede);
		expect(title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
		const words = title.replace(/…$/, '').split(' ');
		for (const word of words) expect(lede.split(' ')).toContain(word);
	});

	it('starts after a wire dateline ("KYIV (AP) — ")', () => {
		expect(titleFromLede('KYIV, Ukraine (AP) — Ukraine and Russia exchanged 300 prisoners.')).toBe(
			'Ukraine and Russia exchanged 300 prisoners',
		);
	});

	it('keeps a short lede whole, without its full stop', () => {
		expect(titleFromLede('Kyiv was hit overnight.')).toBe('Kyiv was hit overnight');
	});
});

describe('cutAtWord', () => {
	it('drops a dangling conjunction at the cut', () => {
		expect(cutAtWord('Missiles and drones and more drones fell', 22)).toBe('Missiles and drones');
	});
});
