import { describe, expect, it } from 'vitest';
import { readExpressions } from './read-expressions.ts';
import { sentencesFromText } from './sentences-from-text.ts';

/** The tense read for the expression `words` in `sentence`. */
function tense(sentence: string, words: string) {
	const found = readExpressions(sentencesFromText(sentence)).find((expression) => expression.text === words);
	if (!found) throw new Error(`no expression "${words}" in "${sentence}"`);
	return found.tense;
}

describe('tenseOf', () => {
	it('reads "briefed" after "Late Friday" as past', () => {
		expect(tense('Late Friday, US Army Secretary Dan Driscoll briefed NATO ambassadors in Kyiv.', 'Late Friday')).toBe(
			'past',
		);
	});
	it('reads "wrapped up on Saturday" as past', () => {
		expect(tense('The talks in Florida wrapped up on Saturday.', 'Saturday')).toBe('past');
	});
	it('reads "will meet … on Monday" as future despite "the stalled" after it', () => {
		expect(
			tense(
				'Macron, Starmer and Merz will meet Zelenskyy in London on Monday to assess the stalled US-mediated peace effort.',
				'Monday',
			),
		).toBe('future');
	});
	it('reads a deadline with "looming" in the sentence as future', () => {
		expect(
			tense(
				'With Thanksgiving looming, President Donald Trump publicly declared Thursday as the deadline for Zelenskyy to sign.',
				'Thursday',
			),
		).toBe('future');
	});
	it('reads "Thursday\'s deadline approaches" as future', () => {
		expect(tense('As Thursday’s deadline approaches, the world watches Ukraine.', 'Thursday')).toBe('future');
	});
	it('leaves a deadline set in the past tense undecided ("set a deadline of November 27")', () => {
		expect(tense('President Trump set a deadline of November 27 for approving the plan.', 'November 27')).toBe(
			'unknown',
		);
	});
	it('reads "by Thursday" in a present-tense sentence as future', () => {
		expect(
			tense('Officials are pressing Kyiv to sign by Thursday, threatening worse terms if refused.', 'Thursday'),
		).toBe('future');
	});
	it('reads "By October 2024" with a past verb as past', () => {
		expect(
			tense(
				'By October 2024, a new amendment allowed recruitment at any stage of criminal proceedings.',
				'October 2024',
			),
		).toBe('past');
	});
	it('reads each date of "returned on Tuesday and will brief parliament on Thursday" by its own verb', () => {
		const sentence = 'The delegation returned from Washington on Tuesday and will brief parliament on Thursday.';
		expect([tense(sentence, 'Tuesday'), tense(sentence, 'Thursday')]).toEqual(['past', 'future']);
	});
	it('reads a relative clause by its own verb ("who met Putin on Thursday, will return")', () => {
		expect(tense('Witkoff, who met Putin on Thursday, will return to Moscow next week.', 'Thursday')).toBe('past');
	});
	it('prefers a modal over an adjective in "-ed" ("will meet injured soldiers on Monday")', () => {
		expect(tense('The king will meet injured soldiers on Monday.', 'Monday')).toBe('future');
	});
	it('reads "is scheduled" and "is expected" as future', () => {
		expect(tense('The long-awaited summit is scheduled for Friday.', 'Friday')).toBe('future');
		expect(tense('Nothing big is expected before mid-May.', 'mid-May')).toBe('future');
	});
	it('reads "may attend" as future and "May" as a month', () => {
		expect(tense('A delegation may attend the parade in May 2025.', 'May 2025')).toBe('future');
	});
	it('reads a modal before a verb as future, even after "said" ("said … could be approved by December 18")', () => {
		expect(tense('Officials said a new sanctions package could be approved by December 18.', 'December 18')).toBe(
			'future',
		);
		expect(tense('The minister said the ceasefire would take effect on Monday.', 'Monday')).toBe('future');
	});
	it('reads "could have" as looking back, not ahead', () => {
		expect(tense('Analysts said the bridge could have been hit on Monday.', 'Monday')).not.toBe('future');
	});
	it('reads "since" and "ago" as past whatever the verbs', () => {
		expect(tense('Stateless men can sign contracts since April 2023.', 'April 2023')).toBe('past');
	});
	it('reads "earlier this week" as past and "next week" as future', () => {
		expect(tense('The meeting earlier this week was tense.', 'earlier this week')).toBe('past');
		expect(tense('Witkoff is scheduled to visit Moscow next week.', 'next week')).toBe('future');
	});
	it('reads a sentence without verbs of tense as unknown', () => {
		expect(tense('It is a situation reminiscent of 2016.', '2016')).toBe('unknown');
	});
	it('reads an irregular past ("struck") as past', () => {
		expect(tense('Early Sunday, drones struck Odesa.', 'Early Sunday')).toBe('past');
	});
	it('reads "hit" after a plural noun as past, and "is set for" as future', () => {
		expect(tense('Overnight, Russian drones hit Kharkiv on Sunday.', 'Sunday')).toBe('past');
		expect(tense('The vote is set for Thursday.', 'Thursday')).toBe('future');
	});
	it('does not read a present passive ("are sent") as past', () => {
		expect(tense('On Monday, more recruits are sent to the front.', 'Monday')).toBe('unknown');
	});
});
