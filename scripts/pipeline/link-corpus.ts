/** Links the articles into one corpus: slugs, merged entities, topics, events and figures, with URLs. */

import type { PagePaths } from '../../src/config/page-paths.ts';
import type {
	ArticleRecord,
	CorpusRecords,
	EntityRecord,
	MentionRecord,
	QuoteRecord,
	TaxonomyEntry,
	TopicRecord,
} from '../../src/schemas/index.ts';
import { byString, compareByPublished } from '../../src/shared/compare.ts';
import type { GazetteerIndex } from './extract-entities.ts';
import { figuresByTopic } from './figure-topics.ts';
import { mergeEntities } from './merge-entities.ts';
import { mergeEvents } from './merge-events.ts';
import { mergeFigures } from './merge-figures.ts';
import type { ArticleExtraction } from './model.ts';
import { relateTopics } from './relate-topics.ts';
import type { InlineLink } from './render-mdx.ts';
import { slugify, uniqueSlugs } from './slugify.ts';

/** The linked records; the positions tracker adds its own afterwards (`collect-positions.ts`). */
export interface LinkedCorpus extends Omit<CorpusRecords, 'positions' | 'questions'> {
	/** Per article id: links for the first mention of each entity in the body. */
	links: Map<string, InlineLink[]>;
}

/** The page addresses the records carry, built for the base path the site is built under. */
export type CorpusPaths = Pick<PagePaths, 'article' | 'entity' | 'topic'>;

/** Joins per-article extractions into the published records, with the page URLs `paths` builds. */
export function linkCorpus(
	extractions: ArticleExtraction[],
	gazetteer: GazetteerIndex,
	taxonomy: TaxonomyEntry[],
	paths: CorpusPaths,
): LinkedCorpus {
	const byId = [...extractions].sort((a, b) => byString(a.record.id, b.record.id));
	const slugList = uniqueSlugs(byId.map((extraction) => slugify(extraction.record.title)));
	const slugs = new Map(byId.map((extraction, index) => [extraction.record.id, slugList[index]!]));

	const merged = mergeEntities(
		byId.map((extraction) => ({ article: extraction.record.id, mentions: extraction.mentions })),
		gazetteer,
	);
	const resolveKey = (article: string, key: string | null) => (key === null ? null : merged.resolve(article, key));
	const entities: EntityRecord[] = merged.entities.map((entity) => ({ ...entity, url: paths.entity(entity.id) }));
	const entityById = new Map(entities.map((entity) => [entity.id, entity]));

	const mentions: MentionRecord[] = [];
	const links = new Map<string, InlineLink[]>();
	const articleEntities = new Map<string, string[]>();
	const articleEntityMentions = new Map<string, number[]>();
	for (const extraction of byId) {
		const article = extraction.record.id;
		const sentenceById = new Map(extraction.document.sentences.map((sentence) => [sentence.id, sentence]));
		const counts = new Map<string, number>();
		const linked = new Set<string>();
		const articleLinks: InlineLink[] = [];
		const firstMention = mentions.length;
		for (const mention of extraction.mentions) {
			const entity = merged.resolve(article, mention.key);
			const sentence = sentenceById.get(mention.sentence);
			if (!sentence) continue;
			mentions.push({
				id: `${article}-m${mentions.length - firstMention + 1}`,
				entity,
				article,
				sentence: sentence.id,
				surface: mention.surface,
				start: mention.start,
				// A name in the headline or a speaker label stands in that line, not in the sentence.
				text: mention.context ?? sentence.text,
			});
			counts.set(entity, (counts.get(entity) ?? 0) + 1);
			if (!linked.has(entity) && sentence.kind !== 'heading' && mention.context === undefined) {
				linked.add(entity);
				const record = entityById.get(entity);
				if (record)
					articleLinks.push({
						sentence: sentence.id,
						start: mention.start,
						length: mention.surface.length,
						href: record.url,
						title: `${record.name} (${record.type})`,
					});
			}
		}
		links.set(article, articleLinks);
		const ranked = [...counts].sort((a, b) => b[1] - a[1] || byString(a[0], b[0]));
		articleEntities.set(
			article,
			ranked.map(([id]) => id),
		);
		articleEntityMentions.set(
			article,
			ranked.map(([, count]) => count),
		);
	}

	const quotes: QuoteRecord[] = byId.flatMap((extraction) =>
		extraction.quotes.map((quote, index) => ({
			...quote,
			id: `${extraction.record.id}-q${index + 1}`,
			speaker: resolveKey(extraction.record.id, quote.speaker),
		})),
	);

	const figures = mergeFigures(
		byId.flatMap((extraction) =>
			extraction.figures.map((figure) => ({
				...figure,
				subject: resolveKey(extraction.record.id, figure.subject),
				claimedBy:
					figure.claimedBy && (figure.claimedBy.startsWith('nlp:') || entityById.has(figure.claimedBy))
						? resolveKey(extraction.record.id, figure.claimedBy)
						: figure.claimedBy,
			})),
		),
	);

	const events = mergeEvents(
		byId.flatMap((extraction) => extraction.events.map((event) => ({ article: extraction.record.id, event }))),
		(article, key) => merged.resolve(article, key),
	);

	const articles: ArticleRecord[] = byId
		.map((extraction) => ({
			...extraction.record,
			slug: slugs.get(extraction.record.id)!,
			url: paths.article(slugs.get(extraction.record.id)!),
			entities: articleEntities.get(extraction.record.id) ?? [],
			entityMentions: articleEntityMentions.get(extraction.record.id) ?? [],
		}))
		.sort(compareByPublished);

	const topicArticles = new Map<string, { article: string; score: number }[]>();
	for (const article of articles)
		article.topics.forEach((topic, index) => {
			const list = topicArticles.get(topic) ?? [];
			list.push({ article: article.id, score: article.topicScores[index]! });
			topicArticles.set(topic, list);
		});
	const topicInputs = taxonomy.map((topic) => {
		const list = (topicArticles.get(topic.id) ?? []).sort(
			(a, b) => b.score - a.score || byString(a.article, b.article),
		);
		const topicEntities = [...new Set(list.flatMap((entry) => articleEntities.get(entry.article) ?? []))].sort(
			byString,
		);
		return { topic, list, entities: topicEntities };
	});
	const related = relateTopics(
		topicInputs.map(({ topic, list, entities: ids }) => ({
			id: topic.id,
			articles: list.map((entry) => entry.article),
			entities: ids,
		})),
	);
	const extractionOf = new Map(byId.map((extraction) => [extraction.record.id, extraction]));
	const sentenceMaps = new Map<string, Map<string, ArticleExtraction['document']['sentences'][number]>>();
	// Only figures of articles on some topic: a report on another war is on none, and its numbers are on no topic.
	const onATopic = new Set(byId.filter((extraction) => extraction.record.topics.length).map((e) => e.record.id));
	const topicFigures = figuresByTopic(
		figures.filter((figure) => onATopic.has(figure.article)),
		taxonomy,
		{
			sentence: (article, id) => {
				let map = sentenceMaps.get(article);
				if (!map) {
					map = new Map(extractionOf.get(article)?.document.sentences.map((sentence) => [sentence.id, sentence]));
					sentenceMaps.set(article, map);
				}
				return map.get(id);
			},
			mentions: (article) => extractionOf.get(article)?.mentions ?? [],
		},
	);
	const topics: TopicRecord[] = topicInputs.map(({ topic, list }) => ({
		id: topic.id,
		name: topic.name,
		description: topic.description,
		articles: list.map((entry) => entry.article),
		related: related.get(topic.id) ?? [],
		url: paths.topic(topic.id),
		scores: list.map((entry) => entry.score),
		keyEvents: topic.keyEvents,
		metrics: topic.metrics,
		sources: topic.sources,
		figures: topicFigures.get(topic.id) ?? [],
	}));

	return { articles, entities, topics, events, figures, quotes, mentions, links };
}
