/**
 * Collects where each party stands on each tracked question, across the corpus: every article's statements
 * (`positions/extract-positions.ts`), its sidecar's corrections, then ids, order and changes of stance.
 */
import type {
	Diagnostic,
	EntityRecord,
	MentionRecord,
	PositionOverride,
	PositionRecord,
	QuestionRecord,
	QuestionsFile,
	QuoteRecord,
} from '../../src/schemas/index.ts';
import { getOrCreate } from '../../src/shared/get-or-create.ts';
import { language } from './lang/index.ts';
import type { ArticleExtraction } from './model.ts';
import {
	applyOverrides,
	assemblePositions,
	type ExtractedPosition,
	extractPositions,
	partyResolver,
	positionReader,
	questionRecords,
} from './positions/index.ts';

/** What the stage reads: the articles' extractions, the linked corpus and the curated questions. */
export interface PositionsInput {
	extractions: readonly ArticleExtraction[];
	entities: readonly EntityRecord[];
	mentions: readonly MentionRecord[];
	quotes: readonly QuoteRecord[];
	questions: QuestionsFile;
	/** Gazetteer lookups: place → its country, demonym → its entity. */
	countryOf: ReadonlyMap<string, string>;
	demonyms: ReadonlyMap<string, string>;
	/** Each article's sidecar corrections (`positions:`), by article id. */
	overrides: ReadonlyMap<string, readonly PositionOverride[]>;
	/** The sidecar path of an article, for diagnostics. */
	sidecarFile: (article: string) => string;
	/** The URL of a question's page. */
	questionUrl: (id: string) => string;
}

/** The published positions and questions, with diagnostics for sidecar corrections that could not apply. */
export function collectPositions(input: PositionsInput): {
	positions: PositionRecord[];
	questions: QuestionRecord[];
	diagnostics: Diagnostic[];
} {
	const parties = partyResolver(input.questions.parties, input.countryOf, input.demonyms);
	const reader = positionReader(
		input.questions.questions,
		parties,
		new Map(input.entities.map((entity) => [entity.id, { type: entity.type, name: entity.name }])),
		language,
	);
	const mentions = new Map<string, MentionRecord[]>();
	for (const mention of input.mentions) getOrCreate(mentions, mention.article, () => []).push(mention);
	const quoteSpeakers = new Map<string, Map<string, { entity: string; name: string }>>();
	const names = new Map(input.entities.map((entity) => [entity.id, entity.name]));
	for (const quote of input.quotes)
		if (quote.speaker)
			getOrCreate(quoteSpeakers, quote.article, () => new Map()).set(quote.sentence, {
				entity: quote.speaker,
				name: names.get(quote.speaker) ?? quote.speakerName ?? quote.speaker,
			});

	const questionById = new Map(input.questions.questions.map((question) => [question.id, question]));
	const partyIds = new Set(input.questions.parties.map((party) => party.id));
	const statements: ExtractedPosition[] = [];
	const diagnostics: Diagnostic[] = [];
	for (const extraction of input.extractions) {
		const { record, document } = extraction;
		const extracted = extractPositions(
			{
				id: record.id,
				published: record.published,
				publishedPrecision: record.publishedPrecision,
				sentences: document.sentences,
				mentions: mentions.get(record.id) ?? [],
				quoteSpeakers: quoteSpeakers.get(record.id) ?? new Map(),
				dates: extraction.dates,
			},
			reader,
		);
		const overrides = input.overrides.get(record.id) ?? [];
		if (overrides.length === 0) {
			statements.push(...extracted);
			continue;
		}
		const corrected = applyOverrides(
			{
				article: record.id,
				sidecarFile: input.sidecarFile(record.id),
				published: { date: record.published, precision: record.publishedPrecision },
				sentences: new Map(document.sentences.map((sentence) => [sentence.id, sentence.text])),
				extracted,
				overrides,
			},
			questionById,
			partyIds,
		);
		statements.push(...corrected.positions);
		diagnostics.push(...corrected.diagnostics);
	}
	const positions = assemblePositions(statements);
	return {
		positions,
		questions: questionRecords(input.questions.questions, parties.names, positions, input.questionUrl),
		diagnostics,
	};
}
