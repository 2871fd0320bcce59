/**
 * Merges the dated statements of all articles into timeline events: the same real event reported
 * by several articles (or twice in one) becomes one record with several sources.
 *
 * Statements are taken in date order and each joins the group it best matches (see
 * `events/match-events.ts`), provided its date fits every statement already in the group; a
 * statement that matches none starts a group of its own. A group's date is its most precise one;
 * its title and description come from its most specific source: the most precise date, then the
 * title that names the most actors, places and numbers for its length, then the sentence most
 * about the event (the share of its words the title keeps), then a stated date over an inferred
 * one. The record's date words and `inferred` come from a source that states the date, if any.
 * A group holding both a plan and a report that it happened is the happened event: the report
 * gives it its words and status, the plan stays among its sources. Records are ordered by date,
 * then (within a month) by the day their words suggest (`orderDay`). Ids are the date and a slug
 * of the title, numbered when two collide.
 */
import { compareEvents } from '../../src/data/event-order.ts';
import type { DatePrecision, EventRecord, SourceRef } from '../../src/schemas/index.ts';
import { byString, sentenceNumber } from '../../src/shared/compare.ts';
import {
	CandidateBlocks,
	dateRelation,
	type EventFacts,
	entityWeights,
	eventWords,
	matchEvents,
} from './events/index.ts';
import type { ExtractedEvent } from './model.ts';
import { slugify, uniqueSlugs } from './slugify.ts';

const PRECISION_RANK: Record<DatePrecision, number> = { day: 3, month: 2, year: 1 };
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

interface Statement {
	event: ExtractedEvent;
	facts: EventFacts;
	entities: string[];
	/** Share of the source sentence the title keeps. */
	focus: number;
}

/** Input order for grouping: by date, then article, then place in the article. */
function compareStatements(a: Statement, b: Statement): number {
	return (
		byString(a.facts.date, b.facts.date) ||
		byString(a.facts.article, b.facts.article) ||
		sentenceNumber(a.facts.sentence) - sentenceNumber(b.facts.sentence) ||
		byString(a.event.dateText, b.event.dateText)
	);
}

// Capitalised words that are not names.
const FUNCTION_WORDS = new Set([
	'The',
	'A',
	'An',
	'In',
	'On',
	'At',
	'By',
	'Its',
	'His',
	'Her',
	'Their',
	'This',
	'That',
	'These',
	'Those',
]);

/** Share of a title's words that are names or numbers ("Maria Koval briefed NATO envoys in Kyiv": 4 of 7). */
function detail(title: string): number {
	const words = title.split(/\s+/).filter(Boolean);
	const specific = words.filter((word) => /^[\p{Lu}\d$€£]/u.test(word) && !FUNCTION_WORDS.has(word));
	return words.length ? specific.length / words.length : 0;
}

/** A report that something happened over a plan for it. */
const happened = (statement: Statement) => Number(statement.event.status === 'happened');

/** The most specific statement of a group, which gives the record its words. */
function mostSpecific(group: Statement[]): Statement {
	return [...group].sort(
		(a, b) =>
			happened(b) - happened(a) ||
			PRECISION_RANK[b.event.precision] - PRECISION_RANK[a.event.precision] ||
			detail(b.event.title) - detail(a.event.title) ||
			b.focus - a.focus ||
			Number(a.event.inferred) - Number(b.event.inferred) ||
			compareStatements(a, b),
	)[0]!;
}

/** Items ordered by how many statements carry them, then by first appearance. */
function rankByCount(lists: string[][]): string[] {
	const counts = new Map<string, number>();
	for (const list of lists) for (const item of new Set(list)) counts.set(item, (counts.get(item) ?? 0) + 1);
	const firstSeen = [...counts.keys()];
	return firstSeen.sort((a, b) => counts.get(b)! - counts.get(a)! || firstSeen.indexOf(a) - firstSeen.indexOf(b));
}

/** Builds the record of one group, without its id. */
function toRecord(group: Statement[]): Omit<EventRecord, 'id'> {
	const lead = mostSpecific(group);
	// The date words come from the source that states the date most plainly: a calendar date
	// ("November 27") over a weekday ("Thursday").
	const names = (statement: Statement) => Number(/\d/.test(statement.event.dateText));
	const dated = [...group].sort(
		(a, b) =>
			PRECISION_RANK[b.event.precision] - PRECISION_RANK[a.event.precision] ||
			// "on Monday" places a month-precise date better than "next week"; a report dates what happened better than a plan.
			Number(Boolean(b.event.weekday)) - Number(Boolean(a.event.weekday)) ||
			happened(b) - happened(a) ||
			Number(a.event.inferred) - Number(b.event.inferred) ||
			names(b) - names(a) ||
			compareStatements(a, b),
	)[0]!;
	const ordered = [...group].sort(
		(a, b) =>
			byString(a.facts.article, b.facts.article) || sentenceNumber(a.facts.sentence) - sentenceNumber(b.facts.sentence),
	);
	const sources: SourceRef[] = [];
	for (const statement of ordered) {
		const { article, quote, sentence } = statement.event.source;
		if (sources.some((source) => source.article === article && source.sentence === sentence)) continue;
		// A source that told only the plan of what later happened says so, rather than vouching for the outcome.
		const planOnly = statement.event.status === 'scheduled' && lead.event.status === 'happened';
		sources.push({ article, quote, sentence, ...(planOnly ? { reportedAs: 'scheduled' as const } : {}) });
	}
	const withLeadFirst = [lead, ...ordered.filter((statement) => statement !== lead)];
	// The weekday and ordering hint come from the statement that gives the date, else from any that has them.
	const placed = [dated, ...withLeadFirst].find((statement) => statement.event.weekday || statement.event.orderDay);
	return {
		date: dated.event.date,
		precision: dated.event.precision,
		title: lead.event.title,
		description: lead.event.description,
		sources,
		topics: rankByCount(withLeadFirst.map((statement) => statement.event.topics)),
		entities: rankByCount(withLeadFirst.map((statement) => statement.entities)),
		inferred: dated.event.inferred,
		dateText: dated.event.dateText,
		status: lead.event.status,
		weekday: dated.event.precision === 'month' ? (placed?.event.weekday ?? null) : null,
		orderDay: dated.event.precision === 'day' ? null : (placed?.event.orderDay ?? null),
		bound: dated.event.bound ?? null,
	};
}

const MAX_ID_SLUG = 48;

/** The title's slug, cut between words to keep ids short. */
function titleSlug(title: string): string {
	const words = slugify(title).split('-');
	let slug = words[0] ?? '';
	for (const word of words.slice(1)) {
		if (slug.length + 1 + word.length > MAX_ID_SLUG) break;
		slug += `-${word}`;
	}
	return slug;
}

/** Merges events that several articles report into one record with several sources. `resolveEntity` maps (article, mention key) to final corpus entity ids. */
export function mergeEvents(
	events: { article: string; event: ExtractedEvent }[],
	resolveEntity: (article: string, key: string) => string = (_article, key) => key,
): EventRecord[] {
	const statements: Statement[] = events.map(({ article, event }) => {
		const entities = [...new Set(event.entities.map((key) => resolveEntity(article, key)))];
		return {
			event,
			entities,
			focus: Math.min(1, wordCount(event.title) / Math.max(1, wordCount(event.source.quote))),
			facts: {
				article,
				sentence: event.source.sentence,
				date: event.date,
				precision: event.precision,
				entities: new Set(entities),
				topics: new Set(event.topics),
				status: event.status,
				weekday: event.weekday,
				carried: Boolean(event.carried),
				words: event.words
					? { lemmas: new Set(event.words.lemmas), numbers: new Set(event.words.numbers) }
					: eventWords(event.source.quote, event.dateText),
			},
		};
	});
	statements.sort(compareStatements);
	const weight = entityWeights(statements.map((statement) => statement.facts));

	const groups: Statement[][] = [];
	const blocks = new CandidateBlocks();
	for (const statement of statements) {
		let best: { index: number; evidence: number } | null = null;
		// Only groups with a member that can match (a related date and something shared) are worth
		// trying; in creation order, as the first of equally good groups wins.
		for (const index of blocks.candidates(statement.facts)) {
			const group = groups[index]!;
			const fits = group.every(
				(member) =>
					dateRelation(member.facts, statement.facts) &&
					!(member.facts.article === statement.facts.article && member.facts.sentence === statement.facts.sentence),
			);
			if (!fits) continue;
			const evidence = Math.max(...group.map((member) => matchEvents(member.facts, statement.facts, weight) ?? -1));
			if (evidence >= 0 && (!best || evidence > best.evidence)) best = { index, evidence };
		}
		if (best) groups[best.index]!.push(statement);
		else groups.push([statement]);
		blocks.add(best ? best.index : groups.length - 1, statement.facts);
	}

	const records = groups
		.map(toRecord)
		.sort(
			(a, b) =>
				byString(a.date, b.date) ||
				byString(a.orderDay ?? '', b.orderDay ?? '') ||
				byString(titleSlug(a.title), titleSlug(b.title)) ||
				byString(a.sources[0]!.article, b.sources[0]!.article) ||
				sentenceNumber(a.sources[0]!.sentence) - sentenceNumber(b.sources[0]!.sentence),
		);
	const ids = uniqueSlugs(
		records.map((record) => `${record.date}-${titleSlug(record.title)}`),
		'event',
	);
	return records.map((record, index) => ({ id: ids[index]!, ...record })).sort(compareEvents);
}
