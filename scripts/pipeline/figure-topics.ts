/**
 * Which topics each figure belongs to: a topic whose metrics include the figure's ("aid_usd" for sanctions and aid),
 * then a topic its sentence is about by the topic's terms and entities ("an attack on energy facilities killed two
 * civilians" for energy). A topic page and a topic briefing show these figures, not every number of every article
 * filed under the topic.
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

/** Per topic id, the ids of its figures: metric matches first, then sentence matches, each newest first. */
export function figuresByTopic(
	figures: readonly FigureRecord[],
	taxonomy: readonly TaxonomyEntry[],
	sentences: FigureSentences,
): Map<string, string[]> {
	const byMetric = new Map<string, FigureRecord[]>();
	const byTerms = new Map<string, FigureRecord[]>();
	const push = (map: Map<string, FigureRecord[]>, topic: string, figure: FigureRecord) => {
		const list = map.get(topic);
		if (list) list.push(figure);
		else map.set(topic, [figure]);
	};
	const metricTopics = new Map<string, string[]>();
	for (const topic of taxonomy)
		for (const metric of topic.metrics) metricTopics.set(metric, [...(metricTopics.get(metric) ?? []), topic.id]);
	const sentenceTopics = new Map<string, string[]>();
	for (const figure of figures) {
		const ofMetric = metricTopics.get(figure.metric) ?? [];
		for (const topic of ofMetric) push(byMetric, topic, figure);
		const key = `${figure.article} ${figure.sentence}`;
		let about = sentenceTopics.get(key);
		if (!about) {
			const sentence = sentences.sentence(figure.article, figure.sentence);
			about = sentence ? topicsForSentence(sentence, sentences.mentions(figure.article), [...taxonomy]) : [];
			sentenceTopics.set(key, about);
		}
		for (const topic of about) if (!ofMetric.includes(topic)) push(byTerms, topic, figure);
	}
	const newestFirst = (list: FigureRecord[] = []) =>
		[...list].sort((a, b) => byString(b.date ?? '', a.date ?? '') || byString(a.id, b.id)).map((figure) => figure.id);
	return new Map(
		taxonomy.map((topic) => [
			topic.id,
			[...newestFirst(byMetric.get(topic.id)), ...newestFirst(byTerms.get(topic.id))],
		]),
	);
}
