/**
 * Finds, in one article, the statements that tracked parties make on tracked questions: a sentence in which a
 * party's speaker states something (`statements.ts`) and that uses one of a question's terms. Each statement keeps
 * its exact sentence, the speaker and party, the date it was made and a stance only where a cue states one.
 */
import type { DatePrecision, EntityType, Question, Stance } from '../../../src/schemas/index.ts';
import type { Language } from '../lang/index.ts';
import type { DateMention, Sentence } from '../model.ts';
import type { TermHit } from '../topics/match-terms.ts';
import type { PartyResolver } from './parties.ts';
import { type QuestionHit, questionTermHits, readStance, type StancePatterns, stancePatterns } from './stance.ts';
import {
	findStatements,
	type PlanAuthor,
	planPutForward,
	type SentenceMention,
	type StatementPatterns,
	statedSpan,
	statementPatterns,
} from './statements.ts';

/** A statement before ids and changes of position are assigned. */
export interface ExtractedPosition {
	question: string;
	party: string;
	speaker: string | null;
	speakerName: string;
	article: string;
	sentence: string;
	text: string;
	date: string | null;
	datePrecision: DatePrecision | null;
	dateSource: 'sentence' | 'article' | 'override' | null;
	stance: Stance;
	stanceCue: string | null;
	source: 'extracted' | 'override';
}

/** One article, as the positions stage reads it. */
export interface PositionArticle {
	id: string;
	published: string | null;
	publishedPrecision: DatePrecision | null;
	sentences: readonly Sentence[];
	/** Entity mentions resolved across the corpus (`mentions.json`), any order. */
	mentions: readonly { entity: string; sentence: string; start: number; surface: string }[];
	/** The quotations' speakers, by sentence id. */
	quoteSpeakers: ReadonlyMap<string, { entity: string; name: string }>;
	dates: readonly DateMention[];
}

/** The curated questions with what reading them needs, prepared once per build. */
export interface PositionReader {
	questions: readonly Question[];
	parties: PartyResolver;
	entities: ReadonlyMap<string, { type: EntityType; name: string }>;
	statementPatterns: StatementPatterns;
	stancePatterns: StancePatterns;
}

/** Prepares the reader from the curated questions, the party resolver and the entities. */
export function positionReader(
	questions: readonly Question[],
	parties: PartyResolver,
	entities: ReadonlyMap<string, { type: EntityType; name: string }>,
	language: Language,
): PositionReader {
	return {
		questions,
		parties,
		entities,
		statementPatterns: statementPatterns(language),
		stancePatterns: stancePatterns(language),
	};
}

/** Question term hits of a sentence, each marked when it names the opposite of what the question asks. */
function questionHits(text: string, question: Question): QuestionHit[] {
	return questionTermHits(text, question.terms, question.against);
}

/** The date a statement was made: a date the sentence gives for it ("On Tuesday, Putin said", "said on Monday"). */
function statementDate(
	dates: readonly DateMention[],
	verb: { start: number; end: number },
): { date: string; precision: DatePrecision } | null {
	for (const mention of dates) {
		if (mention.date === null || mention.precision === null || mention.tense === 'future') continue;
		const before = mention.start < verb.start;
		const rightAfter = mention.start >= verb.end && mention.start - verb.end <= 4;
		if (before || rightAfter) return { date: mention.date, precision: mention.precision };
	}
	return null;
}

/** The statements of one article on the tracked questions, in sentence order. */
export function extractPositions(article: PositionArticle, reader: PositionReader): ExtractedPosition[] {
	const mentionsBySentence = new Map<string, SentenceMention[]>();
	for (const mention of article.mentions) {
		const entity = reader.entities.get(mention.entity);
		if (!entity) continue;
		const list = mentionsBySentence.get(mention.sentence) ?? [];
		list.push({
			entity: mention.entity,
			type: entity.type,
			name: entity.name,
			start: mention.start,
			end: mention.start + mention.surface.length,
		});
		mentionsBySentence.set(mention.sentence, list);
	}
	for (const list of mentionsBySentence.values()) list.sort((a, b) => a.start - b.start);
	const datesBySentence = new Map<string, DateMention[]>();
	for (const mention of article.dates) {
		const list = datesBySentence.get(mention.sentence) ?? [];
		list.push(mention);
		datesBySentence.set(mention.sentence, list);
	}

	const found: ExtractedPosition[] = [];
	let lastPerson: { entity: string; name: string; block: number } | null = null;
	// The plan the previous sentence put forward, for "The proposal includes…" right after it, in the same paragraph.
	let lastPlan: (PlanAuthor & { block: number }) | null = null;
	for (const sentence of article.sentences) {
		const mentions = mentionsBySentence.get(sentence.id) ?? [];
		const previousPerson = lastPerson?.block === sentence.block ? lastPerson : null;
		const previousPlan = lastPlan?.block === sentence.block ? lastPlan : null;
		lastPlan = null;
		for (const mention of mentions)
			if (mention.type === 'person') lastPerson = { entity: mention.entity, name: mention.name, block: sentence.block };
		// Headings, key points and bylines restate or frame; a statement is read from the body.
		if (sentence.kind !== 'body' && sentence.kind !== 'list-item') continue;
		const statements = findStatements(
			{
				text: sentence.text,
				mentions,
				quoteSpeaker: article.quoteSpeakers.get(sentence.id) ?? null,
				previousPerson,
				previousPlan,
				parties: reader.parties,
			},
			reader.statementPatterns,
		);
		const plan = planPutForward(statements, sentence.text, reader.statementPatterns);
		if (plan) lastPlan = { ...plan, block: sentence.block };
		if (statements.length === 0) continue;
		const hitsByQuestion = new Map(
			reader.questions.map((question) => [question.id, questionHits(sentence.text, question)]),
		);
		// One statement per question and party: the first of the party's statements whose words use the question's terms.
		const filed = new Set<string>();
		for (const statement of statements) {
			const span = statedSpan(statement, sentence.text);
			const within = (hit: TermHit) => hit.start >= span.start && hit.end <= span.end;
			for (const question of reader.questions) {
				const key = `${question.id}\u0000${statement.party}`;
				if (filed.has(key)) continue;
				if (question.parties.length > 0 && !question.parties.includes(statement.party)) continue;
				const hits = hitsByQuestion.get(question.id)!.filter(within);
				if (hits.length === 0) continue;
				filed.add(key);
				const otherHits = [...hitsByQuestion]
					.filter(([id]) => id !== question.id)
					.flatMap(([, list]) => list.filter(within));
				const foreign = mentions
					.filter((mention) => {
						const other = reader.parties.ofEntity(mention.entity);
						return other !== null && other !== statement.party;
					})
					.map((mention) => mention.start);
				const { stance, cue } = readStance(sentence.text, span, hits, otherHits, foreign, reader.stancePatterns);
				const dated = statementDate(datesBySentence.get(sentence.id) ?? [], statement.verb);
				found.push({
					question: question.id,
					party: statement.party,
					speaker: statement.speaker,
					speakerName: statement.speakerName,
					article: article.id,
					sentence: sentence.id,
					text: sentence.text,
					date: dated?.date ?? article.published,
					datePrecision: dated?.precision ?? article.publishedPrecision,
					dateSource: dated ? 'sentence' : article.published ? 'article' : null,
					stance,
					stanceCue: cue,
					source: 'extracted',
				});
			}
		}
	}
	return found;
}
