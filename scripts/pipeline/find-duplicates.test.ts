import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDuplicates } from './find-duplicates.ts';

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
