import { describe, expect, it } from 'vitest';
import type { TaxonomyEntry } from '../../../src/schemas/index.ts';
import { sentencesOf } from '../events/test-article.ts';
import type { EntityMention } from '../model.ts';
import { MAX_TOPIC_LEADS, topicSentences } from './topic-sentences.ts';

const topic = (id: string, terms: string[]): TaxonomyEntry => ({
	id,
	name: id,
	description: id,
	terms,
	core: [],
	entities: [],
	metrics: [],
	keyEvents: false,
	sources: [],
});
const TAXONOMY = [topic('grid', ['substation', 'blackout']), topic('courts', ['tribunal', 'warrant'])];

describe('topicSentences', () => {
	// A report on the grid that turns to the courts in its fourth paragraph, and asks a question of the tribunal.
	const sentences = sentencesOf([
		'Repair crews restored power to two districts after the substation fire on Tuesday night.',
		'A second blackout hit the eastern suburbs for six hours before the lines were switched over.',
		'A third blackout was reported overnight in villages along the river valley south of the city.',
		'Separately, the tribunal in The Hague said the warrant for the former commander remains in force.',
		'Will the tribunal ever see him in the dock?',
	]);
	const blocks = sentences.map((sentence) => ({
		kind: 'paragraph' as const,
		line: sentence.line,
		text: sentence.text,
		lead: null,
		role: 'body' as const,
	}));
	const read = topicSentences({ sentences, blocks, mentions: [] }, TAXONOMY, ['grid', 'courts']);

	it("lists every sentence about one of the article's topics by its own words", () => {
		expect(read.sentenceTopics.map((entry) => entry.topics)).toEqual([
			['grid'],
			['grid'],
			['grid'],
			['courts'],
			['courts'],
		]);
	});
	it('keeps the first sentences of each topic to quote, leaving out questions, at most a few per topic', () => {
		const of = (id: string) => read.topicLeads.filter((lead) => lead.topic === id).map((lead) => lead.sentence);
		expect(of('grid')).toHaveLength(MAX_TOPIC_LEADS);
		expect(of('grid')).toEqual([sentences[0]!.id, sentences[1]!.id]);
		expect(of('courts')).toEqual([sentences[3]!.id]);
	});
	it('puts a sentence on a topic by one of its words or two of its names, not by a single name in passing', () => {
		const taxonomy = [{ ...topic('alliance', ['collective defence']), entities: ['nato', 'mark-rutte'] }];
		const [passing, both] = sentencesOf([
			'The envoy briefed NATO ambassadors over lunch before flying on to Warsaw.',
			'Mark Rutte said NATO would send more air defence systems before the winter.',
		]);
		const mention = (sentence: typeof passing, key: string, surface: string): EntityMention => ({
			sentence: sentence!.id,
			key,
			name: surface,
			surface,
			type: 'organization',
			start: sentence!.text.indexOf(surface),
			source: 'gazetteer',
		});
		const mentions = [
			mention(passing, 'nato', 'NATO'),
			mention(both, 'mark-rutte', 'Mark Rutte'),
			mention(both, 'nato', 'NATO'),
		];
		const read = topicSentences({ sentences: [passing!, both!], blocks: [], mentions }, taxonomy, ['alliance']);
		expect(read.sentenceTopics).toEqual([{ sentence: both!.id, topics: ['alliance'] }]);
	});
	it("reads only the article's own topics", () => {
		expect(topicSentences({ sentences, blocks, mentions: [] }, TAXONOMY, ['grid']).sentenceTopics).toHaveLength(3);
	});
});
