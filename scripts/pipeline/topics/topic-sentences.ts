/**
 * Which of an article's sentences are about which of its topics, by their own words (one of the topic's terms, or
 * two of the people and bodies it names; a single name in passing is not enough): what lets a briefing quote a
 * development of a topic from a sentence that is itself about the topic, not one that merely shares an event or an
 * article with it ("This stockpiling…" under "Security guarantees" because the article mentions NATO elsewhere).
 *
 * Two lists, both bounded by the article's length, never by the corpus:
 * - `sentenceTopics`: every body sentence about at least one of the article's topics, by anchor, with those topics;
 * - `topicLeads`: for each of the article's topics, its first `MAX_TOPIC_LEADS` sentences about it in article order,
 *   with their text, so that a briefing can quote a topic's development from any report filed under it even when
 *   the report dates nothing on the topic. Questions, short sentences that lean on their neighbours, and a closing
 *   "Analysis:" section (the writer's comment, not the report) are left out of the leads.
 */
import type { TaxonomyEntry } from '../../../src/schemas/index.ts';
import { topicsForSentence } from '../assign-topics.ts';
import type { ArticleDocument, EntityMention, Sentence } from '../model.ts';
import { findTermHits } from './match-terms.ts';

/** Sentences kept per topic to quote from. */
export const MAX_TOPIC_LEADS = 2;
/** Shorter sentences lean on their neighbours ("The talks wrapped up on Saturday."). */
export const MIN_LEAD_WORDS = 9;

export interface TopicSentences {
	sentenceTopics: { sentence: string; topics: string[] }[];
	topicLeads: { topic: string; sentence: string; text: string }[];
}

const words = (text: string) => text.split(/\s+/u).filter(Boolean).length;

/** The sentences about each of `articleTopics`, read with the topics' terms and entities. */
export function topicSentences(
	input: { sentences: readonly Sentence[]; blocks: ArticleDocument['blocks']; mentions: EntityMention[] },
	taxonomy: readonly TaxonomyEntry[],
	articleTopics: readonly string[],
): TopicSentences {
	const filed = new Set(articleTopics);
	const own = taxonomy.filter((topic) => filed.has(topic.id));
	const section = input.blocks.findIndex((block) => block.kind === 'paragraph' && block.role === 'analysis');
	const sentenceTopics: TopicSentences['sentenceTopics'] = [];
	const topicLeads: TopicSentences['topicLeads'] = [];
	const leadsOf = new Map<string, number>();
	for (const sentence of input.sentences) {
		if (sentence.kind !== 'body') continue;
		// One of the topic's words, or two of its people or bodies ("Macron, Starmer and Merz will meet"): a single name
		// in passing ("briefed NATO ambassadors") does not put a sentence on a topic.
		const named = input.mentions.filter((mention) => mention.sentence === sentence.id);
		const topics = topicsForSentence(sentence, named, own).filter((id) => {
			const topic = own.find((candidate) => candidate.id === id)!;
			const entities = new Set(topic.entities);
			return (
				findTermHits(sentence.text, topic.terms).length > 0 ||
				named.filter((mention) => entities.has(mention.key)).length >= 2
			);
		});
		if (topics.length === 0) continue;
		sentenceTopics.push({ sentence: sentence.id, topics });
		const text = sentence.text.trim();
		if (/\?["”’']?$/u.test(text) || words(text) < MIN_LEAD_WORDS || (section >= 0 && sentence.block >= section))
			continue;
		for (const topic of topics) {
			const count = leadsOf.get(topic) ?? 0;
			if (count >= MAX_TOPIC_LEADS) continue;
			leadsOf.set(topic, count + 1);
			topicLeads.push({ topic, sentence: sentence.id, text });
		}
	}
	return { sentenceTopics, topicLeads };
}
