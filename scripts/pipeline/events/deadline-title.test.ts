import { describe, expect, it } from 'vitest';
import { titleForDeadline } from './deadline-title.ts';

const spanOf = (text: string, words: string) => ({
	start: text.indexOf(words),
	end: text.indexOf(words) + words.length,
});

describe('titleForDeadline', () => {
	it('labels "declared Friday as the deadline for X to sign" by its purpose and who set it', () => {
		const text = 'President Jane Doe publicly declared Friday as the deadline for the parties to sign.';
		expect(titleForDeadline(text, spanOf(text, 'Friday'), [spanOf(text, 'Jane Doe')])).toBe(
			'Deadline for the parties to sign, set by Jane Doe',
		);
	});
	it('reads the purpose after the date in "a deadline of June 5 for approving the plan"', () => {
		const text = 'The council set a deadline of June 5 for approving the plan.';
		expect(titleForDeadline(text, spanOf(text, 'June 5'), [])).toBe('Deadline for approving the plan');
	});
	it('gives no label to a deadline without a purpose', () => {
		const text = 'As Friday’s deadline approaches, the capital waits.';
		expect(titleForDeadline(text, spanOf(text, 'Friday'), [])).toBeNull();
	});
});
