/** Runs the per-article stages in order: date, entities, quotes, figures, topics, events, summary. */
import type { Sidecar, TaxonomyEntry, TopicScope } from '../../src/schemas/index.ts';
import { assignTopics } from './assign-topics.ts';
import { buildEvents } from './build-events.ts';
import { chooseTitle } from './choose-title.ts';
import { classifyKind } from './classify-kind.ts';
import { type ArticleDiagnostic, notice, warningText } from './diagnostics.ts';
import { extractEntities, type GazetteerIndex } from './extract-entities.ts';
import { extractFigures } from './extract-figures.ts';
import { extractQuotes } from './extract-quotes.ts';
import { listTotalDiagnostics, unreadableNumbers, type WeaponPatterns } from './figures/index.ts';
import { findDates } from './find-dates.ts';
import { inferPublicationDate } from './infer-date.ts';
import type { AnnotatedDocument, ArticleExtraction, PublicationDate } from './model.ts';
import { summarize } from './summarize.ts';
import { readScope } from './topics/scope.ts';
import { topicSentences } from './topics/topic-sentences.ts';

/** Curated data and corpus facts every article is read against. */
export interface ExtractionContext {
	gazetteer: GazetteerIndex;
	demonyms: Map<string, string>;
	/** Place id → the country it lies in, from the gazetteer (`countryOfMap`). */
	countryOf: Map<string, string>;
	/** The curated weapon names (`content/weapons.yaml`) as patterns by kind. */
	weapons: WeaponPatterns;
	taxonomy: TaxonomyEntry[];
	/** What the topics are about: an article outside it is on no topic (`topics/scope.ts`). */
	scope: TopicScope | null;
	/** Latest confidently known publication day in the corpus, to supply a missing year. */
	corpusAnchor: string | null;
}

const WORDS_PER_MINUTE = 230;

/** The publication date: the editor's sidecar when it gives one, else inferred from the text. */
export function datePublication(
	document: AnnotatedDocument,
	sidecar: Sidecar | null,
	corpusAnchor: string | null,
): PublicationDate {
	if (sidecar?.published) {
		const precision = sidecar.published.length === 10 ? 'day' : sidecar.published.length === 7 ? 'month' : 'year';
		return {
			published: sidecar.published,
			publishedPrecision: precision,
			publishedSource: 'override',
			publishedConfidence: 1,
			publishedEvidence: `set by the editor in seeds/${document.id}.meta.yaml`,
			diagnostics: [],
		};
	}
	return inferPublicationDate(document.sentences, { corpusAnchor });
}

/** Everything one article yields, before it is linked with the rest of the corpus. */
export function extractArticle(
	document: AnnotatedDocument,
	readDiagnostics: ArticleDiagnostic[],
	sidecar: Sidecar | null,
	context: ExtractionContext,
): ArticleExtraction {
	const { sentences } = document;
	const chosenTitle = chooseTitle(document.headline, document.blocks, sentences);
	const title = sidecar?.title ?? chosenTitle.title;
	const publication = datePublication(document, sidecar, context.corpusAnchor);
	const dates = findDates(sentences, { date: publication.published, precision: publication.publishedPrecision });
	const mentions = extractEntities(sentences, context.gazetteer, undefined, document.headline);
	// The stages below read names at their offsets in the sentences; a headline's or a speaker label's are elsewhere.
	const inText = mentions.filter((mention) => mention.context === undefined);
	const quotes = extractQuotes(document.id, sentences, mentions);
	const figures = extractFigures({
		article: document.id,
		sentences,
		mentions: inText,
		dates,
		publication: { date: publication.published, precision: publication.publishedPrecision },
		demonyms: context.demonyms,
		countryOf: context.countryOf,
		weapons: context.weapons,
	});
	// An article about something else (another war) is on none of the topics, and neither are its events.
	const scope = readScope({ sentences, mentions: inText }, context.scope, context);
	const taxonomy = scope.inScope ? context.taxonomy : [];
	const topics = assignTopics(
		{ sentences, mentions: inText, metrics: figures.map((figure) => figure.metric) },
		taxonomy,
	);
	const about = topicSentences(
		{ sentences, blocks: document.blocks, mentions: inText },
		taxonomy,
		topics.map((topic) => topic.topic),
	);
	const events = buildEvents({ article: document.id, sentences, dates, mentions: inText, taxonomy });
	const summary = summarize(document.blocks, sentences);
	const reading = classifyKind(document);
	const diagnostics = [
		...readDiagnostics,
		...(sidecar?.title ? [] : chosenTitle.diagnostics),
		...publication.diagnostics,
		...unreadableNumbers(sentences),
		...listTotalDiagnostics(figures, sentences),
		...(scope.inScope
			? []
			: [
					notice(
						'topics:out-of-scope',
						`on no topic: ${scope.mentions} of its ${scope.places} place mentions are of ${context.scope?.name ?? 'the topics'}`,
					),
				]),
	];
	const wordCount = sentences
		.filter((sentence) => sentence.kind !== 'heading' && sentence.kind !== 'masthead')
		.reduce((total, sentence) => total + sentence.text.split(/\s+/).filter(Boolean).length, 0);

	return {
		// The plain document: its sentences without their annotations, for the page and the extraction cache.
		document: { ...document, sentences: sentences.map((sentence) => ({ ...sentence })) },
		record: {
			id: document.id,
			title,
			titleSource: sidecar?.title ? 'override' : chosenTitle.titleSource,
			published: publication.published,
			publishedPrecision: publication.publishedPrecision,
			publishedSource: publication.publishedSource,
			publishedConfidence: publication.publishedConfidence,
			publishedEvidence: publication.publishedEvidence,
			publishedQualifier: publication.publishedQualifier ?? null,
			publishedLatest: publication.publishedLatest ?? null,
			summary: sidecar?.summary ?? summary.summary,
			wordCount,
			topics: topics.map((topic) => topic.topic),
			topicScores: topics.map((topic) => topic.score),
			entities: [],
			entityMentions: [],
			warnings: diagnostics.filter((diagnostic) => diagnostic.severity === 'warning').map(warningText),
			file: document.file,
			outlet: sidecar?.outlet ?? null,
			kind: sidecar?.kind ?? reading.kind,
			kindSource: sidecar?.kind ? 'override' : 'inferred',
			kindEvidence: sidecar?.kind
				? [`set by the editor in seeds/${document.id}.meta.yaml (the text reads as ${reading.kind})`]
				: reading.evidence,
			sourceUrl: sidecar?.sourceUrl ?? null,
			keyPoints: summary.keyPoints,
			keyPointSentences: summary.keyPointSentences,
			summarySentences: sidecar?.summary ? [] : summary.summarySentences,
			readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
			sentenceTopics: about.sentenceTopics,
			topicLeads: about.topicLeads,
			questions: sentences
				.filter((sentence) => sentence.kind === 'body' && /\?["”’']?$/u.test(sentence.text))
				.map((sentence) => ({ sentence: sentence.id, text: sentence.text })),
		},
		dates,
		mentions,
		figures,
		quotes,
		events,
		topics,
		diagnostics,
	};
}
