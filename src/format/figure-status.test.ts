import { describe, expect, it } from 'vitest';
import { isReported, statusWords } from './figure-status.ts';

describe('statusWords', () => {
	it('says a negated figure is ruled out, quoting the cue', () =>
		expect(statusWords({ status: 'negated', statusCue: 'not to' })).toBe('ruled out in the text (“not to”)'));
	it('says a hypothetical figure is not a fact', () =>
		expect(statusWords({ status: 'hypothetical', statusCue: 'would' })).toBe(
			'proposed or supposed, not a fact (“would”)',
		));
	it('says nothing for a reported figure', () =>
		expect(statusWords({ status: 'reported', statusCue: null })).toBeNull());
});

describe('isReported', () => {
	it('is true for reported figures only', () => {
		expect(isReported({ status: 'reported' })).toBe(true);
		expect(isReported({ status: 'negated' })).toBe(false);
		expect(isReported({ status: 'hypothetical' })).toBe(false);
	});
});
