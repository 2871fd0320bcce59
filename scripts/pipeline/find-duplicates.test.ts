import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../bench/corpus.ts';
import {
	DUPLICATE_THRESHOLD,
	type DuplicatePair,
	findDuplicates,
	fingerprint,
	sketchSimilarity,
} from './find-duplicates.ts';

const seed = readFileSync('seeds/004_fdfc69b7d5b81fcc.txt', 'utf8');
const other = readFileSync('seeds/003_b3816ff686a829da.txt', 'utf8');

describe('findDuplicates', () => {
	it('reports an identical body under two names', () => {
		expect(
			findDuplicates([
				{ id: 'a', text: seed },
				{ id: 'b', text: seed },
			]),
		).toEqual([{ first: 'a', second: 'b', similarity: 1 }]);
	});
	it('reports a near-identical body (a re-scrape with a changed sentence)', () => {
		const edited = seed.replace('Three days of negotiations', 'Four days of talks');
		expect(
			findDuplicates([
				{ id: 'a', text: seed },
				{ id: 'b', text: edited },
			]),
		).toHaveLength(1);
	});
	it('does not report two different articles on the same subject', () => {
		expect(
			findDuplicates([
				{ id: 'a', text: seed },
				{ id: 'b', text: other },
			]),
		).toEqual([]);
	});
});

describe('findDuplicates at corpus scale', () => {
	it('finds the same pairs as comparing every pair, on a generated corpus with planted copies', () => {
		const seeds = readdirSync('seeds')
			.filter((name) => name.endsWith('.txt'))
			.map((name) => ({ name, text: readFileSync(`seeds/${name}`, 'utf8') }));
		const corpus = generateCorpus(seeds, 300).map((file) => ({ id: file.name, text: file.text }));
		// A re-scrape of every 50th article: the same body with one sentence changed and a new headline.
		for (const [index, article] of corpus.entries())
			if (index % 50 === 0)
				corpus.push({
					id: `copy-of-${article.id}`,
					text: article.text.replace(/^[^\n]*/, 'Re-scraped').replace(/\. /, '. And then. '),
				});
		const prints = corpus.map((article) => fingerprint(article.text));
		const everyPair: DuplicatePair[] = [];
		for (let i = 0; i < corpus.length; i++)
			for (let j = i + 1; j < corpus.length; j++) {
				const similarity = sketchSimilarity(prints[i]!.sketch, prints[j]!.sketch);
				if (similarity >= DUPLICATE_THRESHOLD)
					everyPair.push({ first: corpus[i]!.id, second: corpus[j]!.id, similarity });
			}
		expect(everyPair.length).toBeGreaterThanOrEqual(6);
		expect(findDuplicates(corpus)).toEqual(everyPair);
	});
});
