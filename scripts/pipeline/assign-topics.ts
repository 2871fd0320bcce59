/**
 * Scores the taxonomy's topics against an article, or one sentence, from the evidence it holds.
 *
 * Evidence for a topic is of three kinds, each with a weight:
 * - a term of the topic found in the text: 1 point, plus ½ for each further word of a phrase
 *   ("peace plan" earns 1.5), because phrases are more telling than single words;
 * - a mention of one of the topic's entities: 1 point;
 * - a figure of one of the topic's metrics: 2 points per distinct metric.
 * Repeats of the same term or entity count at most three times, so one word said over and over
 * does not make a topic. An article's raw points are divided by √(words / 100) (at least 1): long
 * articles collect more hits, but not in proportion to their length. A topic is kept when its
 * score reaches `ARTICLE_THRESHOLD` and it rests on at least `MIN_EVIDENCE` hits; of those, only
 * topics scoring at least `RELATIVE_THRESHOLD` of the article's best topic are kept, at most
 * `MAX_ARTICLE_TOPICS`, so a passing mention does not file an article under a topic.
 * A long article spreads its points thin: a topic that at least `MIN_TOPIC_SENTENCES` of its sentences are about
 * (`topicsForSentence`) is kept as well, whatever its share of the points ("security guarantees" in three
 * paragraphs of a long analysis of the peace plan). So is a topic the article names explicitly: one of its `core`
 * phrases ("security guarantee", "amnesty") or a figure of one of its metrics ("eight people injured"), with at least
 * `MIN_EVIDENCE` hits in all. When an article has more topics than `MAX_ARTICLE_TOPICS`, the explicit ones are kept
 * first, so that a long round-up's incidental words do not crowd out a topic it names in so many words; the topics
 * kept are then listed by score.
 */
import type { TaxonomyEntry } from '../../src/schemas/index.ts';
import type { EntityMention, Sentence, TopicAssignment } from './model.ts';
import { type TermMatcher, type TermSet, termSet } from './topics/index.ts';

export const TERM_WEIGHT = 1;
export const PHRASE_WORD_BONUS = 0.5;
export const ENTITY_WEIGHT = 1;
export const METRIC_WEIGHT = 2;
export const MAX_REPEATS = 3;
export const ARTICLE_THRESHOLD = 1.5;
export const MIN_EVIDENCE = 2;
export const RELATIVE_THRESHOLD = 0.15;
export const MAX_ARTICLE_TOPICS = 12;
/** Sentences about a topic that file an article under it however long the article is. */
export const MIN_TOPIC_SENTENCES = 3;
export const SENTENCE_THRESHOLD = 1;
/** A sentence is about a few things at most; more would be noise from passing words. */
export const MAX_SENTENCE_TOPICS = 3;

interface Tally {
	points: number;
	hits: number;
	/** Points earned by each term, entity id and metric. */
	evidence: Map<string, number>;
}

// Each taxonomy's terms compiled together once (by the list's identity, and by its terms for a copy of it).
const termSets = new WeakMap<readonly TaxonomyEntry[], TermSet>();
const termSetsByTerms = new Map<string, TermSet>();

/** Every term of the taxonomy in one `termSet`, so a text is scanned once for all topics. */
function taxonomyTerms(taxonomy: readonly TaxonomyEntry[]): TermSet {
	let set = termSets.get(taxonomy);
	if (!set) {
		const terms = taxonomy.flatMap((topic) => topic.terms);
		const key = terms.join('\n');
		set = termSetsByTerms.get(key);
		if (!set) {
			set = termSet(terms);
			termSetsByTerms.set(key, set);
		}
		termSets.set(taxonomy, set);
	}
	return set;
}

const termWeight = (term: string) => TERM_WEIGHT + PHRASE_WORD_BONUS * (term.trim().split(/[\s-]+/).length - 1);

/** Adds `count` occurrences of one piece of evidence, capped at `MAX_REPEATS`. */
function add(tally: Tally, key: string, count: number, weight: number): void {
	const counted = Math.min(count, MAX_REPEATS);
	if (counted <= 0) return;
	tally.points += counted * weight;
	tally.hits += counted;
	tally.evidence.set(key, (tally.evidence.get(key) ?? 0) + counted * weight);
}

/** Counts one topic's terms, entities and metrics in a text (read through its `termMatcher`). */
function tallyTopic(
	topic: TaxonomyEntry,
	terms: TermMatcher,
	entityCounts: Map<string, number>,
	metrics: Set<string>,
): Tally {
	const tally: Tally = { points: 0, hits: 0, evidence: new Map() };
	const termCounts = new Map<string, number>();
	for (const hit of terms(topic.terms)) termCounts.set(hit.term, (termCounts.get(hit.term) ?? 0) + 1);
	for (const [term, count] of termCounts) add(tally, term, count, termWeight(term));
	for (const entity of new Set(topic.entities)) add(tally, entity, entityCounts.get(entity) ?? 0, ENTITY_WEIGHT);
	for (const metric of new Set(topic.metrics)) if (metrics.has(metric)) add(tally, metric, 1, METRIC_WEIGHT);
	return tally;
}

function countEntities(mentions: EntityMention[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const mention of mentions) counts.set(mention.key, (counts.get(mention.key) ?? 0) + 1);
	return counts;
}

/** Evidence keys, strongest first, then alphabetical. */
const rankEvidence = (evidence: Map<string, number>) =>
	[...evidence].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([key]) => key);

const round = (value: number) => Math.round(value * 1000) / 1000;

const byScore = (a: TopicAssignment, b: TopicAssignment) => b.score - a.score || a.topic.localeCompare(b.topic);

/** Scores each topic for one article from the terms, entities and figure metrics it contains. */
export function assignTopics(
	input: { sentences: Sentence[]; mentions: EntityMention[]; metrics: string[] },
	taxonomy: TaxonomyEntry[],
): TopicAssignment[] {
	// Sentences are joined by a line break so a phrase never matches across two of them.
	const text = input.sentences.map((sentence) => sentence.text).join('\n');
	const words = text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
	const lengthFactor = Math.sqrt(Math.max(words, 100) / 100);
	const entityCounts = countEntities(input.mentions);
	const metrics = new Set(input.metrics);
	const sentencesAbout = new Map<string, number>();
	for (const sentence of input.sentences)
		for (const topic of topicsForSentence(sentence, input.mentions, taxonomy))
			sentencesAbout.set(topic, (sentencesAbout.get(topic) ?? 0) + 1);
	const assignments: (TopicAssignment & { sentences: boolean; explicit: boolean })[] = [];
	const terms = taxonomyTerms(taxonomy).matcher(text);
	for (const topic of taxonomy) {
		const tally = tallyTopic(topic, terms, entityCounts, metrics);
		const score = round(tally.points / lengthFactor);
		const sentences = (sentencesAbout.get(topic.id) ?? 0) >= MIN_TOPIC_SENTENCES;
		// Named in so many words: a core phrase of the topic (listed among its terms, so found in the one scan), or a
		// figure of one of its metrics.
		const explicit =
			tally.hits >= MIN_EVIDENCE &&
			(topic.core.some((term) => tally.evidence.has(term)) || topic.metrics.some((metric) => metrics.has(metric)));
		if ((score >= ARTICLE_THRESHOLD && tally.hits >= MIN_EVIDENCE) || sentences || explicit) {
			assignments.push({ topic: topic.id, score, evidence: rankEvidence(tally.evidence), sentences, explicit });
		}
	}
	const best = Math.max(0, ...assignments.map((assignment) => assignment.score));
	return assignments
		.filter(
			(assignment) => assignment.sentences || assignment.explicit || assignment.score >= best * RELATIVE_THRESHOLD,
		)
		.sort((a, b) => Number(b.explicit) - Number(a.explicit) || byScore(a, b))
		.slice(0, MAX_ARTICLE_TOPICS)
		.sort(byScore)
		.map(({ sentences: _, explicit: __, ...assignment }) => assignment);
}

/** The topics one sentence is about (for events), strongest first, at most `MAX_SENTENCE_TOPICS`. */
export function topicsForSentence(sentence: Sentence, mentions: EntityMention[], taxonomy: TaxonomyEntry[]): string[] {
	return topicsForSpan(sentence, { start: 0, end: sentence.text.length }, mentions, taxonomy);
}

/**
 * The topics of one part of a sentence (an event's own clause, when the sentence tells several events or frames a
 * statement), from its words and the names that start inside it, as `topicsForSentence` scores a whole sentence.
 */
export function topicsForSpan(
	sentence: Sentence,
	span: { start: number; end: number },
	mentions: EntityMention[],
	taxonomy: TaxonomyEntry[],
): string[] {
	const entityCounts = countEntities(
		mentions.filter(
			(mention) => mention.sentence === sentence.id && mention.start >= span.start && mention.start < span.end,
		),
	);
	const text = sentence.text.slice(span.start, span.end);
	const scored: TopicAssignment[] = [];
	const terms = taxonomyTerms(taxonomy).matcher(text);
	for (const topic of taxonomy) {
		const tally = tallyTopic(topic, terms, entityCounts, new Set());
		if (tally.points >= SENTENCE_THRESHOLD) scored.push({ topic: topic.id, score: tally.points, evidence: [] });
	}
	return scored
		.sort(byScore)
		.slice(0, MAX_SENTENCE_TOPICS)
		.map((assignment) => assignment.topic);
}
