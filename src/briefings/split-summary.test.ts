import { describe, expect, it } from 'vitest';
import { splitSummary } from './split-summary.ts';

describe('splitSummary', () => {
	it('splits sentences joined by spaces, keeping closing quotation marks', () => {
		expect(
			splitSummary('Zelenskyy called the talks “substantive.” The talks in Florida wrapped up on Saturday.'),
		).toEqual(['Zelenskyy called the talks “substantive.”', 'The talks in Florida wrapped up on Saturday.']);
	});
	it('does not split after an initial or a title', () => {
		expect(splitSummary('U.S. officials met Mr. Witkoff in St. Petersburg. Nothing was agreed.')).toEqual([
			'U.S. officials met Mr. Witkoff in St. Petersburg.',
			'Nothing was agreed.',
		]);
	});
	it('returns no sentence for an empty summary', () => {
		expect(splitSummary('  ')).toEqual([]);
	});
});
