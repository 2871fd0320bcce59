import { describe, expect, it } from 'vitest';
import { spanOf, spanWords } from './figure-span.ts';

describe('spanWords', () => {
	it('says a running total and a period count with the words of the text', () => {
		expect(spanWords({ span: 'cumulative', spanCue: 'since February 2022' })).toBe(
			'total so far (“since February 2022”)',
		);
		expect(spanWords({ span: 'period', spanCue: 'in November' })).toBe('over a period (“in November”)');
	});
	it('says nothing more for one attack or day, or for a level', () => {
		expect(spanWords({ span: 'incident', spanCue: null })).toBeNull();
		expect(spanWords({ span: null, spanCue: null })).toBeNull();
	});
});

describe('spanOf', () => {
	it('counts a level or an unread span as a single report', () => {
		expect(spanOf({ span: null })).toBe('incident');
		expect(spanOf({ span: 'cumulative' })).toBe('cumulative');
	});
});
