/**
 * Decides whether two dated statements report the same event.
 *
 * Dates first: both must name the same day (or month, or year), or one a day inside the other's
 * month. Then the evidence that they are about the same thing:
 *   2 × shared entities (after resolution) + 1 × shared content lemmas + 2 × shared numbers.
 * Numbers such as "175 prisoners" are rarely shared by chance; dates and years do not count. A
 * lemma that is part of a shared entity's id ("driscoll" for `daniel-driscoll`) is not counted
 * twice. An entity named by more than a quarter of all statements (in a corpus of at least eight)
 * counts 1, not 2: in a war corpus, "Ukraine" says little about which event is meant.
 * Same day: evidence ≥ `SAME_DATE_EVIDENCE` merges. A day against a month, or two month-only or
 * year-only dates from different articles, need `VAGUE_DATE_EVIDENCE`, because a month or a year
 * holds many events; except that a plan in one article and a report in another that such a thing
 * happened (scheduled against happened) merge at `SAME_DATE_EVIDENCE`, or when they tell the same
 * kind of action (a visit and a meeting) with someone or somewhere in common: the later report
 * takes the plan's place. Two statements in the same article on the same date merge on weaker evidence
 * (`SAME_ARTICLE_EVIDENCE`) when they share a topic: an article that names a date twice usually
 * means one thing. Never the same event: two events of one sentence (a sentence with two dates
 * tells two things); two different weekdays; a deadline and anything but a deadline; within one
 * article, a plan and a report, or a statement dated by carrying another's date and that other.
 */
import type { DatePrecision, EventRecord, EventStatus } from '../../../src/schemas/index.ts';
import { ACTION_KIND_LEMMAS, type EventWords } from './content-words.ts';

export const ENTITY_WEIGHT = 2;
export const WORD_WEIGHT = 1;
export const NUMBER_WEIGHT = 2;
export const SAME_DATE_EVIDENCE = 4;
export const VAGUE_DATE_EVIDENCE = 7;
export const COMMON_ENTITY_WEIGHT = 1;
export const SAME_ARTICLE_EVIDENCE = 1;

/** What the matcher knows of one dated statement. */
export interface EventFacts {
	article: string;
	sentence: string;
	date: string;
	precision: DatePrecision;
	entities: Set<string>;
	topics: Set<string>;
	words: EventWords;
	/** Happened, scheduled or deadline; missing reads as happened. */
	status?: EventStatus;
	/** The weekday of a month-precise date, when the text names one. */
	weekday?: EventRecord['weekday'];
	/** True when the statement was dated by carrying an earlier statement's date. */
	carried?: boolean;
}

/** True when two statements cannot be one event whatever they share (see the module comment). */
function apart(a: EventFacts, b: EventFacts): boolean {
	const statusA = a.status ?? 'happened';
	const statusB = b.status ?? 'happened';
	if (a.weekday && b.weekday && a.weekday !== b.weekday) return true;
	if ((statusA === 'deadline') !== (statusB === 'deadline')) return true;
	return a.article === b.article && (statusA !== statusB || Boolean(a.carried) || Boolean(b.carried));
}

/** A plan in one statement and a report that it happened in the other, from different articles. */
const planAndReport = (a: EventFacts, b: EventFacts) =>
	a.article !== b.article &&
	new Set([a.status ?? 'happened', b.status ?? 'happened']).size === 2 &&
	[a.status, b.status].includes('scheduled');

/** `same` for equal dates, `within` for a day inside the other's month, else null. */
export function dateRelation(
	a: Pick<EventFacts, 'date' | 'precision'>,
	b: Pick<EventFacts, 'date' | 'precision'>,
): 'same' | 'within' | null {
	if (a.precision === b.precision) return a.date === b.date ? 'same' : null;
	const [day, month] = a.precision === 'day' ? [a, b] : [b, a];
	return day.precision === 'day' && month.precision === 'month' && day.date.startsWith(`${month.date}-`)
		? 'within'
		: null;
}

const countShared = (a: Set<string>, b: Set<string>) => [...a].filter((item) => b.has(item)).length;

/** How much one shared entity weighs; `common` holds the entities too frequent to tell events apart. */
export type EntityWeight = (entity: string) => number;

/** Weighted count of what two statements share. */
export function sharedEvidence(a: EventFacts, b: EventFacts, entityWeight: EntityWeight = () => ENTITY_WEIGHT): number {
	const entities = [...a.entities].filter((entity) => b.entities.has(entity));
	const entityWords = new Set(entities.flatMap((entity) => entity.split(/[-:]/)));
	const words = [...a.words.lemmas].filter((lemma) => b.words.lemmas.has(lemma) && !entityWords.has(lemma));
	return (
		entities.reduce((total, entity) => total + entityWeight(entity), 0) +
		WORD_WEIGHT * words.length +
		NUMBER_WEIGHT * countShared(a.words.numbers, b.words.numbers)
	);
}

/** Entity weights for a set of statements: `COMMON_ENTITY_WEIGHT` for those more than a quarter of them name. */
export function entityWeights(statements: readonly Pick<EventFacts, 'entities'>[]): EntityWeight {
	const counts = new Map<string, number>();
	for (const statement of statements)
		for (const entity of statement.entities) counts.set(entity, (counts.get(entity) ?? 0) + 1);
	const common = statements.length >= 8;
	return (entity) =>
		common && (counts.get(entity) ?? 0) > statements.length / 4 ? COMMON_ENTITY_WEIGHT : ENTITY_WEIGHT;
}

/** The evidence two statements share when they may be one event, or null when they cannot be. */
export function matchEvents(a: EventFacts, b: EventFacts, entityWeight?: EntityWeight): number | null {
	if (a.article === b.article && a.sentence === b.sentence) return null;
	const relation = dateRelation(a, b);
	if (!relation || apart(a, b)) return null;
	const evidence = sharedEvidence(a, b, entityWeight);
	if (planAndReport(a, b)) {
		// "is scheduled to visit Moscow" and "met Putin in Moscow": the same kind of action with someone or somewhere in common.
		const sameKind = [...a.words.lemmas].some((lemma) => ACTION_KIND_LEMMAS.has(lemma) && b.words.lemmas.has(lemma));
		const shared = [...a.entities].some((entity) => b.entities.has(entity));
		return evidence >= SAME_DATE_EVIDENCE || (sameKind && shared) ? evidence : null;
	}
	const vague = relation === 'within' || a.precision === 'year' || (a.precision === 'month' && a.article !== b.article);
	if (vague) return evidence >= VAGUE_DATE_EVIDENCE ? evidence : null;
	if (evidence >= SAME_DATE_EVIDENCE) return evidence;
	const sameArticle = a.article === b.article && countShared(a.topics, b.topics) > 0;
	return sameArticle && evidence >= SAME_ARTICLE_EVIDENCE ? evidence : null;
}
