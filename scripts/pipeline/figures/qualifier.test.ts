import { describe, expect, it } from 'vitest';
import { readQualifier } from './qualifier.ts';

/** Reads the qualifier of the first digits in `text`. */
function qualifierOf(text: string) {
	const match = /\d[\d,.]*/.exec(text)!;
	return readQualifier(text, match.index, match.index + match[0].length).qualifier;
}

describe('readQualifier', () => {
	it('reads "at least" and "no fewer than" as at_least', () => {
		expect(qualifierOf('at least 8 people')).toBe('at_least');
		expect(qualifierOf('no fewer than 40 drones')).toBe('at_least');
	});
	it('leaves a verb\'s particle to the verb ("handed over 12"), not a hedge "took over 30" may be', () => {
		expect(qualifierOf('Armenia handed over 12 soldiers')).toBe('exact');
		expect(qualifierOf('the army took over 30 villages')).toBe('over');
	});
	it('reads "over" and "more than" as over', () => {
		expect(qualifierOf('with over 1,000 political prisoners')).toBe('over');
		expect(qualifierOf('lost more than 1,000 troops')).toBe('over');
	});
	it('reads "about", "around", "nearly", "almost", "some", "roughly", "an estimated" as about', () => {
		for (const hedge of ['about', 'Around', 'nearly', 'almost', 'some', 'roughly', 'an estimated']) {
			expect(qualifierOf(`${hedge} 300 soldiers`)).toBe('about');
		}
	});
	it('reads "up to" and "as many as" as up_to', () => {
		expect(qualifierOf('up to 14 hours')).toBe('up_to');
		expect(qualifierOf('as many as 50 drones')).toBe('up_to');
	});
	it('reads "1,000 or more" as at_least', () => expect(qualifierOf('1,000 or more troops')).toBe('at_least'));
	it('reads a bare number as exact', () => expect(qualifierOf('Russia launched 653 drones')).toBe('exact'));
	it('starts the figure at the hedge words', () => {
		const text = 'leaving at least eight people injured';
		expect(readQualifier(text, text.indexOf('eight'), text.indexOf('eight') + 5).start).toBe(text.indexOf('at least'));
	});
	it('does not read "over" after the number as a hedge ("52 over Belgorod")', () =>
		expect(qualifierOf('including 52 over Belgorod')).toBe('exact'));
});
