import { describe, expect, it } from 'vitest';
import { eventClauses, namedWithin, statementStart } from './event-clause.ts';

const clauseText = (sentence: string, label: string) =>
	eventClauses(sentence, label).map((span) => sentence.slice(span.start, span.end));

describe('eventClauses', () => {
	it('keeps a statement to the words up to its speech verb', () => {
		const sentence = 'After the vote in Oslo, the prime minister said the talks in Vienna would resume.';
		expect(clauseText(sentence, 'Prime minister said the talks in Vienna would resume')).toEqual([
			'After the vote in Oslo, the prime minister said',
		]);
	});

	it('picks the clause that shares most words with the label', () => {
		const sentence = 'The vote in Riga followed a round of talks in Tallinn, which broke up without a deal.';
		expect(clauseText(sentence, 'Round of talks in Tallinn')).toEqual(['followed a round of talks in Tallinn']);
		expect(clauseText(sentence, 'The vote in Riga')).toEqual(['The vote in Riga ']);
	});

	it('reads "the United States" as a name, not as a speech verb', () => {
		const sentence = 'Envoys of Ukraine, the United States and France met in Vienna on Friday.';
		expect(clauseText(sentence, 'Envoys of Ukraine, the United States and France met')).toEqual([sentence]);
	});

	it('keeps the whole sentence when the label shares no word with any clause', () => {
		const sentence = 'A ceasefire began in Mariupol after weeks of shelling.';
		expect(clauseText(sentence, 'Guns fell silent')).toEqual([sentence]);
	});
});

describe('namedWithin', () => {
	it('finds a place in a span, and keeps a name it cannot find', () => {
		const sentence = 'Talks in Riga followed talks in Tallinn.';
		const spans = [{ start: 0, end: 13 }];
		expect(namedWithin(sentence, 'Riga', spans)).toBe(true);
		expect(namedWithin(sentence, 'Tallinn', spans)).toBe(false);
		expect(namedWithin(sentence, 'Vilnius', spans)).toBe(true);
	});
});

describe('statementStart', () => {
	it('finds where the speaker of a statement starts, past the setting before it', () => {
		const sentence = 'Speaking in Astana after the summit, Tokayev said the text could work.';
		expect(sentence.slice(statementStart(sentence, 'Tokayev said the text could work')!)).toBe(
			'Tokayev said the text could work.',
		);
		expect(statementStart(sentence, 'Summit held in Astana')).toBeNull();
	});
});
