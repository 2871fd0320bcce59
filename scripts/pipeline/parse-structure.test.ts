import { describe, expect, it } from 'vitest';
import { cleanText } from './clean-text.ts';
import { isHeadingLine, parseStructure, splitLead } from './parse-structure.ts';

const parse = (text: string) => parseStructure(cleanText(text).lines);

describe('parseStructure', () => {
	it('takes an unpunctuated first line as the headline', () => {
		expect(parse('Talks Stall in Geneva as Strikes Go On\nThe talks ended.\nMore text.').headline).toBe(
			'Talks Stall in Geneva as Strikes Go On',
		);
	});

	it('does not take a first line that is a sentence as the headline', () => {
		expect(parse('Three days of talks ended without a breakthrough.\nMore.').headline).toBeNull();
	});

	it('turns a "Quick Read" label and its • bullets into a key-points block', () => {
		const { blocks } = parse('Headline Words Here\nQuick Read\n  • First point.\n  • Second point.\nBody.');
		expect(blocks[0]).toEqual({ kind: 'key-points', line: 3, items: ['First point.', 'Second point.'] });
	});

	it('turns other bullet lines into a list', () => {
		const { blocks } = parse('Headline Words Here\nIntro:\n- one thing\n- another thing\nEnd.');
		expect(blocks[1]).toEqual({ kind: 'list', line: 3, items: ['one thing', 'another thing'] });
	});

	it('makes a short unpunctuated standalone line a subheading', () => {
		const { blocks } = parse(
			'First paragraph here.\nRussia Advances on the Ground as Winter Fighting Intensifies\nNext paragraph.',
		);
		expect(blocks[1]).toEqual({
			kind: 'heading',
			line: 2,
			text: 'Russia Advances on the Ground as Winter Fighting Intensifies',
		});
	});

	it('reads a byline and a dated line under the headline as the masthead, not as subheadings', () => {
		const { blocks } = parse(
			'IAEA Warns of Fragile Situation at Plant\nBy Olga Rudenko and Jane Roe, Reuters\nPublished: 3 ' +
				'December 2025\n\nThe agency said on Wednesday that power was cut.\nMore text.',
		);
		expect(blocks.slice(0, 3)).toEqual([
			{ kind: 'paragraph', line: 2, text: 'By Olga Rudenko and Jane Roe, Reuters', lead: null, role: 'byline' },
			{ kind: 'paragraph', line: 3, text: 'Published: 3 December 2025', lead: null, role: 'byline' },
			{
				kind: 'paragraph',
				line: 5,
				text: 'The agency said on Wednesday that power was cut.',
				lead: null,
				role: 'body',
			},
		]);
	});

	it('keeps a subheading that starts with "By" under the headline ("By the Numbers")', () => {
		const { blocks } = parse('Headline Words Here Now\nBy the Numbers\nThe talks ended.\nMore text.');
		expect(blocks[0]).toEqual({ kind: 'heading', line: 2, text: 'By the Numbers' });
	});

	it('reads masthead-like lines after the body has begun as the body’s own', () => {
		const { blocks } = parse('Headline Words Here Now\nThe talks ended.\nBy Land and Sea\nMore text.');
		expect(blocks[1]).toEqual({ kind: 'heading', line: 3, text: 'By Land and Sea' });
	});

	it('makes the questions of a question-and-answer explainer its subheadings', () => {
		const { blocks } = parse(
			'The Peace Plan Explained\nWhat does the plan say about territory?\nUkraine would withdraw.\nWho drafted it?\nTwo envoys did.',
		);
		expect(blocks.map((block) => block.kind)).toEqual(['heading', 'paragraph', 'heading', 'paragraph']);
	});

	it('keeps a single standalone question as text (a rhetorical question, not a section)', () => {
		const { blocks } = parse(
			'The Peace Plan Explained\nUkraine would withdraw.\nWill the offensive stall before spring?\nAnalysts expect more fighting.',
		);
		expect(blocks.map((block) => block.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
	});

	it('makes a short title-case question a subheading but keeps a question sentence as text', () => {
		expect(isHeadingLine('Why Not Peace?')).toBe(true);
		expect(isHeadingLine('Will the ceasefire hold through the winter?')).toBe(false);
	});

	it('reads "Label: sentence" as a bold lead-in', () => {
		const { blocks } = parse('Intro.\nThe South Vietnam Playbook: Trump and Putin strike a deal.\nEnd.');
		expect(blocks[1]).toMatchObject({
			kind: 'paragraph',
			lead: 'The South Vietnam Playbook',
			text: 'Trump and Putin strike a deal.',
			role: 'body',
		});
	});

	it('styles a closing "Analysis:" paragraph as analysis', () => {
		const { blocks } = parse('Intro.\nAnalysis: The facts point to a crossroads.');
		expect(blocks.at(-1)).toMatchObject({
			kind: 'paragraph',
			lead: 'Analysis',
			role: 'analysis',
			text: 'The facts point to a crossroads.',
		});
	});

	it('never makes the last line a heading (a closing fragment stays text)', () => {
		const { blocks } = parse('Intro.\nAll eyes on Geneva');
		expect(blocks.at(-1)!.kind).toBe('paragraph');
	});
});

describe('splitLead', () => {
	it('ignores a colon deep inside an ordinary sentence', () => {
		expect(splitLead('It also seems Putin thinks he can win. The message is implicit: worried?')).toBeNull();
	});
	it('ignores a lower-case label', () => {
		expect(splitLead('the plan says: nothing.')).toBeNull();
	});
});
