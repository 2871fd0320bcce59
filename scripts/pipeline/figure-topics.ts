/**
 * Which topics each figure belongs to, by what it counts (its metric), never by any word of its sentence: a figure
 * is a topic's when its metric is one the topic declares in `content/topics.yaml` ("prisoners_released" for
 * prisoners and exchanges, "territory_captured_km2" for territory), so an article that reports a swap and ground
 * taken in one paragraph gives each topic its own number only. A topic that declares no metric takes a figure whose
 * own sentence is about it (by the topic's terms and entities) only when no topic declares the figure's metric: a
 * count another topic owns is that topic's, whatever words stand beside it. A topic page and a topic briefing show
 * these figures, not every number of every article filed under the topic.
 */
import type { FigureRecord, TaxonomyEntry } from '../../src/schemas/index.ts';
import { topicsForSentence } from './assign-topics.ts';
import type { EntityMention, Sentence } from './model.ts';

/** Where a figure's sentence can be found: its article's sentences and mentions. */
export interface FigureSentences {
	sentence: (article: string, id: string) => Sentence | undefined;
	mentions: (article: string) => EntityMention[];
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Per metric, the ids of the topics that declare it. */
export function metricOwners(taxonomy: readonly TaxonomyEntry[]): Map<string, string[]> {
	const owners = new Map<string, string[]>();
	for (const topic of taxonomy)
		for (const metric of new Set(topic.metrics)) owners.set(metric, [...(owners.get(metric) ?? []), topic.id]);
	return owners;
}

/** Per topic id, the ids of its figures, newest first: of its declared metrics, else (for a topic that declares none)
 * of a metric no topic declares, stated in a sentence about the topic. */
export function figuresByTopic(
	figures: readonly FigureRecord[],
	taxonomy: readonly TaxonomyEntry[],
	sentences: FigureSentences,
): Map<string, string[]> {
	const owners = metricOwners(taxonomy);
	// Only topics without metrics read sentences: the others are decided by the metric alone.
	const byTerms = taxonomy.filter((topic) => topic.metrics.length === 0);
	const chosen = new Map<string, FigureRecord[]>(taxonomy.map((topic) => [topic.id, []]));
	const sentenceTopics = new Map<string, string[]>();
	for (const figure of figures) {
		const ofMetric = owners.get(figure.metric);
		if (ofMetric) {
			for (const topic of ofMetric) chosen.get(topic)!.push(figure);
			continue;
		}
		if (byTerms.length === 0) continue;
		const key = `${figure.article} ${figure.sentence}`;
		let about = sentenceTopics.get(key);
		if (!about) {
			const sentence = sentences.sentence(figure.article, figure.sentence);
			about = sentence ? topicsForSentence(sentence, sentences.mentions(figure.article), byTerms) : [];
			sentenceTopics.set(key, about);
		}
		for (const topic of about) chosen.get(topic)!.push(figure);
	}
	const newestFirst = (list: FigureRecord[]) =>
		[...list].sort((a, b) => byString(b.date ?? '', a.date ?? '') || byString(a.id, b.id)).map((figure) => figure.id);
	return new Map(taxonomy.map((topic) => [topic.id, newestFirst(chosen.get(topic.id)!)]));
}
