import { describe, expect, it } from 'vitest';
import { generateCorpus, paragraphPool, type SeedFile, scaleNumbers, shiftDates } from './corpus.ts';

const SEEDS: SeedFile[] = [
	{
		name: 'a.txt',
		text:
			'Talks Stall in Florida\n\nCreator:\n\nRussia launched 653 drones and 51 missiles on November 21, ' +
			'2025, officials said on Saturday.\n\nRussia Advances on the Ground\n\nReports indicate Russia ' +
			'captured 505 square kilometers in November alone, almost double October.\n',
	},
	{
		name: 'b.txt',
		text:
			'Europe Weighs Its Options\nLeaders will meet in London on Monday to assess the stalled peace ' +
			'effort, a spokesperson said.\nThe meeting follows 1,200 days of war and a $8.2 billion aid package ' +
			'agreed in March.\n',
	},
];

describe('paragraphPool', () => {
	it('sorts body lines into paragraphs and subheadings, dropping headlines and scraper debris', () => {
		const pool = paragraphPool(SEEDS);
		expect(pool.headings).toEqual(['Russia Advances on the Ground']);
		expect(pool.paragraphs).toHaveLength(4);
		expect(pool.paragraphs.join(' ')).not.toContain('Creator:');
	});
});

describe('shiftDates', () => {
	it('moves month names and the day after them', () => {
		expect(shiftDates('on November 21, 2025 and in March', 2, 3)).toBe('on January 24, 2025 and in May');
	});
});

describe('scaleNumbers', () => {
	it('scales counts but keeps years and decimals', () => {
		expect(scaleNumbers('653 drones in 2025, 1,200 days, $8.2 billion', 2)).toBe(
			'1306 drones in 2025, 2,400 days, $8.2 billion',
		);
	});
});

describe('generateCorpus', () => {
	it('returns the seeds themselves for their own count', () => {
		expect(generateCorpus(SEEDS, 2)).toEqual(SEEDS);
	});

	it('gives every generated article a unique headline and file name', () => {
		const corpus = generateCorpus(SEEDS, 50);
		expect(new Set(corpus.map((file) => file.text.split('\n')[0])).size).toBe(50);
		expect(new Set(corpus.map((file) => file.name)).size).toBe(50);
	});

	it('makes the same corpus from the same random seed', () => {
		expect(generateCorpus(SEEDS, 10, 7)).toEqual(generateCorpus(SEEDS, 10, 7));
		expect(generateCorpus(SEEDS, 10, 7)).not.toEqual(generateCorpus(SEEDS, 10, 8));
	});
});
