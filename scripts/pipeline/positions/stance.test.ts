import { describe, expect, it } from 'vitest';
import { language } from '../lang/index.ts';
import { findTermHits } from '../topics/match-terms.ts';
import { questionTermHits, readStance, stancePatterns } from './stance.ts';

const patterns = stancePatterns(language);

/** The stance of a whole sentence on a question given by its terms and its `against` terms. */
function stanceOf(text: string, terms: string[], against: string[] = [], other: string[] = []) {
	const hits = questionTermHits(text, terms, against);
	return readStance(text, { start: 0, end: text.length }, hits, findTermHits(text, other), [], patterns);
}

describe('readStance', () => {
	it('reads "will not accept territorial concessions" as opposing, the cue whole', () => {
		expect(stanceOf('Kyiv will not accept territorial concessions.', ['territorial concessions'])).toEqual({
			stance: 'opposes',
			cue: 'will not accept',
		});
	});
	it('reads "is ready to discuss security guarantees" as supporting', () => {
		expect(stanceOf('Washington is ready to discuss security guarantees.', ['security guarantees']).stance).toBe(
			'supports',
		);
	});
	it('reads a cue after its term in the same clause ("concessions are unacceptable")', () => {
		expect(stanceOf('Any territorial concessions are unacceptable.', ['territorial concessions']).stance).toBe(
			'opposes',
		);
	});
	it('reads "only if" as conditional', () => {
		expect(stanceOf('Sanctions relief would come only if Russia withdrew.', ['sanctions relief'])).toEqual({
			stance: 'conditional',
			cue: 'only if',
		});
	});
	it('reads "agreed not to cap the army" as opposing the cap, the cue whole', () => {
		expect(stanceOf('The US agreed not to cap the army.', ['cap the army'])).toEqual({
			stance: 'opposes',
			cue: 'agreed not to',
		});
	});
	it('states nothing for a negated cue: "did not reject"', () => {
		expect(stanceOf('Moscow did not reject the idea of a reassurance force.', ['reassurance force']).stance).toBe(
			'stated',
		);
	});
	it('states nothing for "no agreement", which is no cue of agreeing', () => {
		expect(stanceOf('There was no agreement on the nuclear plant.', ['nuclear plant']).stance).toBe('stated');
	});
	it('states nothing for "did not agree to"', () => {
		expect(stanceOf('Ukraine did not agree to the army cap.', ['army cap']).stance).toBe('stated');
	});
	it("states nothing when the cue reaches only a neighbouring idea, not the question's own words", () => {
		// A call for prosecutions says nothing, in words, about whether a pardon should be in the deal.
		const pardon = ['pardon'];
		const prosecutions = ['prosecutions'];
		expect(
			stanceOf('The tribunal chief demanded that any settlement include prosecutions.', pardon, prosecutions),
		).toEqual({ stance: 'stated', cue: null });
		expect(
			stanceOf('The tribunal chief rejected a pardon and demanded prosecutions.', pardon, prosecutions).stance,
		).toBe('opposes');
	});
	it('reads threatening a harsher measure as no to easing it: the direction of the words, not the topic', () => {
		const easing = ['export ban', 'lift the export ban'];
		const harsher = ['wider export ban'];
		expect(stanceOf('The minister is threatening a wider export ban if the talks stall.', easing, harsher)).toEqual({
			stance: 'opposes',
			cue: 'threatening … wider export ban',
		});
	});
	it('reverses a cue aimed at the opposite of the question ("demands … renounce NATO ambitions")', () => {
		expect(
			stanceOf('Russia demands that Ukraine renounce its NATO ambitions.', ['NATO ambitions'], ['renounce']),
		).toEqual({ stance: 'opposes', cue: 'demands … renounce' });
	});
	it('reverses a cue aimed at an absent term ("calls for no security guarantees")', () => {
		expect(stanceOf('The draft calls for no security guarantees.', ['security guarantees']).stance).toBe('opposes');
	});
	it('leaves a cue to the question whose term it is nearer to', () => {
		const text = 'Russia demands that Ukraine renounce NATO ambitions before any settlement.';
		expect(stanceOf(text, ['settlement'], [], ['NATO ambitions', 'renounce']).stance).toBe('stated');
	});
	it('does not let a cue cross a clause break ("…; but it rejects…")', () => {
		expect(stanceOf('The plan has support; but Kyiv rejects it.', ['plan']).stance).toBe('stated');
	});
	it('gives no stance to a cue that another party’s clause carries', () => {
		const text = 'Kyslytsia said the US agreed not to cap the army.';
		const hits = findTermHits(text, ['cap the army']).map((hit) => ({ ...hit, against: false }));
		const us = text.indexOf('US');
		expect(readStance(text, { start: 0, end: text.length }, hits, [], [us], patterns).stance).toBe('stated');
	});
});
