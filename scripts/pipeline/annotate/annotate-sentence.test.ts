import { describe, expect, it } from 'vitest';
import { language } from '../lang/index.ts';
import type { Sentence } from '../model.ts';
import { annotateSentence, clauseAround } from './annotate-sentence.ts';

const sentence = (text: string): Sentence => ({ id: 's-1', text, block: 0, line: 1, kind: 'body' });
const annotate = (text: string) => annotateSentence(sentence(text), { language, references: [] });

describe('annotateSentence', () => {
	it('reads the numbers of "Russia launched 653 drones and 51 missiles" once, with their values', () => {
		const annotated = annotate('Russia launched 653 drones and 51 missiles on Friday; 585 were shot down.');
		expect(annotated.numbers.map((number) => number.value)).toEqual([653, 51, 585]);
		expect(annotated.numbers).toBe(annotated.numbers);
	});
	it('finds the date expressions with their tense', () => {
		const [friday] = annotate('Russia launched 653 drones and 51 missiles on Friday.').dates;
		expect(friday).toMatchObject({ text: 'Friday', tense: 'past', relation: null });
	});
	it('tags and lemmatises each word ("briefed" → "brief")', () => {
		const terms = annotate('Driscoll briefed the envoys.').terms;
		expect(terms.find((term) => term.text === 'briefed')?.lemma).toBe('brief');
	});
	it('breaks clauses at semicolons and spaced dashes, not at a range ("10–15")', () => {
		const annotated = annotate('Between 10–15 drones were seen; 8 were downed — officials said.');
		expect(annotated.clauseBreaks.map((span) => annotated.text.slice(span.start, span.end))).toEqual([';', ' — ']);
		const eight = annotated.text.indexOf('8');
		const clause = clauseAround(annotated, eight, eight + 1);
		expect(annotated.text.slice(clause.start, clause.end)).toBe(' 8 were downed');
	});
	it('keeps annotations out of JSON, so the extraction cache holds only the sentence', () => {
		const annotated = annotate('Three people were killed.');
		expect(annotated.tokens).toHaveLength(4);
		expect(JSON.parse(JSON.stringify(annotated))).toEqual(sentence('Three people were killed.'));
	});
});
