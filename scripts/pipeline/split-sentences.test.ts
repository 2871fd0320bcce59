import { describe, expect, it } from 'vitest';
import { splitText } from './split-sentences.ts';

describe('splitText', () => {
	it('keeps a middle initial inside the sentence ("Daniel P. Driscoll")', () => {
		expect(splitText('US Army Secretary Daniel P. Driscoll told diplomats. They listened.')).toEqual([
			'US Army Secretary Daniel P. Driscoll told diplomats.',
			'They listened.',
		]);
	});
	it('keeps rank abbreviations inside the sentence ("Lt. Gen.")', () => {
		expect(splitText('Lt. Gen. Oleg Tsokov was killed. Others too.')).toEqual([
			'Lt. Gen. Oleg Tsokov was killed.',
			'Others too.',
		]);
	});
	it('does not split a decimal amount ("$8.2 billion")', () => {
		expect(splitText('A $8.2 billion program. Next.')).toEqual(['A $8.2 billion program.', 'Next.']);
	});
	it('splits after a question mark', () => {
		expect(splitText('Will it hold? Nobody knows.')).toEqual(['Will it hold?', 'Nobody knows.']);
	});
});
