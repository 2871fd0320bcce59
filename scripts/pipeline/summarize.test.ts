import { describe, expect, it } from 'vitest';
import { cleanText } from './clean-text.ts';
import { parseStructure } from './parse-structure.ts';
import { splitSentences } from './split-sentences.ts';
import { MAX_SUMMARY_SENTENCES, summarize } from './summarize.ts';

function summaryOf(text: string) {
	const { blocks } = parseStructure(cleanText(text).lines);
	return summarize(blocks, splitSentences(blocks));
}

describe('summarize', () => {
	it('uses the Quick Read points when the article has them', () => {
		const result = summaryOf(
			'Headline For The Story\nQuick Read\n• Talks stalled in Geneva on Sunday evening.\n• Drones hit ' +
				'Odesa overnight again.\nBody sentence one is here. Body two.',
		);
		expect(result.summary).toBe('Talks stalled in Geneva on Sunday evening. Drones hit Odesa overnight again.');
		expect(result.keyPoints).toEqual([
			'Talks stalled in Geneva on Sunday evening.',
			'Drones hit Odesa overnight again.',
		]);
	});

	it('otherwise takes at most three lede sentences, skipping questions and fragments', () => {
		const result = summaryOf(
			'What comes next for the talks in Geneva?\nEnvoys met in Geneva for six hours on Sunday. They agreed ' +
				'on a prisoner exchange of 300. Ukraine welcomed the outcome warmly today. Russia said nothing at ' +
				'all on Monday.',
		);
		expect(result.summary).toBe(
			'Envoys met in Geneva for six hours on Sunday. They agreed on a prisoner exchange of 300. Ukraine welcomed the outcome warmly today.',
		);
		expect(result.keyPoints).toHaveLength(MAX_SUMMARY_SENTENCES);
	});

	it('uses only the article’s own sentences', () => {
		const text = 'Kyiv was struck overnight by drones and missiles. Officials counted the damage in the morning.';
		for (const sentence of summaryOf(text).keyPoints) expect(text).toContain(sentence);
	});

	it('leaves a wire dateline out of the summary and key points, but keeps it in the anchored sentence', () => {
		const result = summaryOf('MOSCOW (Reuters) - Russia said on Monday it had downed 40 Ukrainian drones overnight.');
		expect(result.summary).toBe('Russia said on Monday it had downed 40 Ukrainian drones overnight.');
		expect(result.keyPoints).toEqual([result.summary]);
		expect(result.keyPointSentences[0]!.text).toBe(
			'MOSCOW (Reuters) - Russia said on Monday it had downed 40 Ukrainian drones overnight.',
		);
	});

	it('publishes the summary’s sentences with their anchors, as the summary words them', () => {
		const result = summaryOf(
			'KYIV (AP) — Envoys met in Geneva for six hours on Sunday. They agreed on a prisoner exchange of 300.',
		);
		expect(result.summarySentences).toEqual([
			{ sentence: 's-1', text: 'Envoys met in Geneva for six hours on Sunday.' },
			{ sentence: 's-2', text: 'They agreed on a prisoner exchange of 300.' },
		]);
		expect(result.summary).toBe(result.summarySentences.map((sentence) => sentence.text).join(' '));
	});

	it('says which key point each of its sentences belongs to', () => {
		const result = summaryOf(
			'Headline For The Story\nQuick Read\n• Talks stalled in Geneva on Sunday. Envoys left at night.\n• ' +
				'Drones hit Odesa overnight again.\nBody sentence one is here.',
		);
		expect(result.keyPointSentences.map(({ text, item }) => [item, text])).toEqual([
			[0, 'Talks stalled in Geneva on Sunday.'],
			[0, 'Envoys left at night.'],
			[1, 'Drones hit Odesa overnight again.'],
		]);
	});
});
