/**
 * The event title rules: which clause of a sentence a date belongs to, tried in order. The label is that clause with
 * the date words taken out (`event-title.ts`). A rule may decide that the date gives no label (`none`): better a
 * missing event than a meaningless one.
 */
import { isFiniteVerb, type Term } from '../annotate/terms.ts';
import type { Rule } from '../rules.ts';
import {
	type Clause,
	innerClause,
	isIntro,
	listHead,
	mainClause,
	previousSubject,
	SUBORDINATORS,
	trailingName,
} from './clause-parts.ts';
import { hasFiniteVerb, type Segment, type Span } from './clauses.ts';
import { isFiller, isPeriodBound, lower, withoutDate } from './date-words.ts';

/** A date in its sentence, as the rules read it. */
export interface ClauseScene {
	terms: readonly Term[];
	segments: Segment[];
	/** The segment holding the date. */
	at: number;
	date: Span;
	/** The date's segment without the date and the words that tie it in. */
	rest: number[];
}

/** A clause, or `none` when the date gives no label. */
export type ClauseAnswer = Clause | 'none';

const first = (scene: ClauseScene) => scene.terms[scene.rest[0]!];
/** True when the term at `index` is a verb, or an adverb before one ("quickly signed"). */
const verbAt = (terms: readonly Term[], indices: readonly number[], position: number) => {
	const term = terms[indices[position]!];
	if (!term) return false;
	const next = terms[indices[position + 1]!];
	return isFiniteVerb(term) || (term.tags.has('Adverb') && next !== undefined && isFiniteVerb(next));
};
const mainOrNone = (scene: ClauseScene): ClauseAnswer => {
	const main = mainClause(scene.terms, scene.segments, scene.at);
	return main ? { indices: main } : 'none';
};

export const CLAUSE_RULES: readonly Rule<ClauseScene, ClauseAnswer>[] = [
	{
		id: 'events:period-bound',
		description:
			'A date that only bounds a period inside a clause about something else ("the first talks since 2022").',
		applies: ({ terms, segments, at, date }) => isPeriodBound(terms, segments[at]!, date),
		apply: () => 'none',
	},
	{
		id: 'events:date-alone',
		description: 'A date standing alone in its segment ("Late Friday, …"): the main clause that follows.',
		applies: (scene) => !first(scene) || scene.rest.every((index) => isFiller(scene.terms[index]!)),
		apply: mainOrNone,
	},
	{
		id: 'events:subordinate-clause',
		description:
			'A date in a clause opened by "as", "when", "while"… ("As Thursday\'s deadline approaches"): that clause.',
		applies: (scene) => SUBORDINATORS.has(lower(first(scene)!)) && scene.rest.length >= 3,
		apply: (scene) => ({ indices: scene.rest.slice(1), verbless: true }),
	},
	{
		id: 'events:inner-clause',
		description:
			'A date in a clause opened inside the segment by "since", "after", "when"… with its own subject ("…since Russia seized the plant in March 2022").',
		applies: (scene) => innerClause(scene.terms, scene.rest, scene.date) !== null,
		apply: (scene) => ({ indices: innerClause(scene.terms, scene.rest, scene.date)! }),
	},
	{
		id: 'events:opening-phrase',
		description: 'A date in an opening phrase ("Speaking in Bishkek on Monday, …"): the main clause that follows.',
		applies: (scene) => isIntro(scene.terms, scene.rest),
		apply: mainOrNone,
	},
	{
		id: 'events:after-conjunction',
		description:
			'A date after "and", "but" or "or": a second verb takes the subject of the clause before ("…and signed a deal on Tuesday"), a list item the list.',
		applies: (scene) => /^(?:and|but|or)$/i.test(first(scene)!.text),
		apply: ({ terms, segments, at, rest }) => {
			const body = rest.slice(1);
			if (!terms[body[0]!]) return 'none';
			if (verbAt(terms, body, 0)) {
				const subject = previousSubject(terms, segments, at);
				return subject.length ? { indices: [...subject, ...body], join: body[0]! } : 'none';
			}
			const list = listHead(terms, segments, at);
			return { indices: list.length ? [...list, ...rest] : body };
		},
	},
	{
		id: 'events:verb-after-name',
		description:
			'A segment opening with a verb after a name ("Ivan Petrov, killed in July 2023,"): the name and the phrase.',
		applies: ({ terms, rest }) => verbAt(terms, rest, 0),
		apply: ({ terms, segments, at, rest }) => {
			const name = trailingName(terms, segments[at - 1]);
			return name.length ? { indices: [...name, ...rest], join: rest[0]! } : 'none';
		},
	},
	{
		id: 'events:list-continues',
		description:
			'A list that goes on across commas ("talks involving Ukraine, the United States and European partners were held …").',
		applies: (scene) => {
			const { terms, rest, at } = scene;
			const verb = rest.findIndex((index) => isFiniteVerb(terms[index]!));
			const listTail = rest
				.slice(0, verb < 0 ? rest.length : verb)
				.some((index) => /^(?:and|or)$/i.test(terms[index]!.text));
			return (/^(?:the|a|an)$/.test(first(scene)!.text) || listTail) && at > 0;
		},
		apply: ({ terms, segments, at, rest }) => {
			const list = listHead(terms, segments, at);
			return list.length ? { indices: [...list, ...rest] } : null;
		},
	},
	{
		id: 'events:date-between-subject-and-verb',
		description:
			'A date set off by commas between a subject and its verb ("European leaders meeting in Berlin on Monday, December 15, 2025, pledged…").',
		applies: ({ terms, segments, at, rest }) => {
			const next = segments[at + 1];
			return !hasFiniteVerb(terms, rest) && next !== undefined && isFiniteVerb(terms[next[0]!]!);
		},
		apply: ({ segments, at, rest }) => {
			const next = segments[at + 1]!;
			return { indices: [...rest, ...next], join: next[0]! };
		},
	},
	{
		id: 'events:own-clause',
		description: 'A date in a clause of its own ("X told diplomats on November 21"): that clause without the date.',
		applies: () => true,
		apply: ({ rest }) => ({ indices: rest }),
	},
];

/** The date's scene: its segment without the date and the words that tie it in. */
export function clauseScene(terms: readonly Term[], segments: Segment[], at: number, date: Span): ClauseScene {
	return { terms, segments, at, date, rest: withoutDate(terms, segments[at]!, date) };
}
