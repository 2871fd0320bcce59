/**
 * Dates a sentence that names no date by the event it refers back to. News copy tells one story across sentences:
 * "The talks in Florida wrapped up on Saturday. … During the same period, Russia launched 470 drones … The strikes also
 * cut power to the nuclear plant … The talks in Miami followed a separate meeting … in Moscow". Only these explicit
 * links carry a date, each a named rule tried in order:
 * - `same-period`: an opening "During the same period", "At the same time", "That same night" takes the date of the
 *   event just told, at the precision its noun supports (`keeps`): "that same night", "on the same day" keep its day;
 *   "in the same week" keeps the week, told as the month (or the year) the whole week lies in; "during the same
 *   period", "at the same time" keep only its month. A weekday is never carried past what the cue says: "a Saturday"
 *   for "during the same period" would claim a day the text does not give;
 * - `followed`: "<the talks> followed <a meeting in Moscow>, which ended …" tells an earlier event, dated no later than
 *   the one it refers back to (in the same month, ordered just before it);
 * - `definite-event`: a past-tense sentence whose subject is a definite event noun ("The strikes also cut power")
 *   takes the date of the latest earlier event of the same kind (a strike, a meeting).
 * A carried date is always inferred, and only a reported past is carried: a sentence about the future is a plan.
 */
import { type TenseCue, tenseCues, tenseOfSentence } from '../dates/index.ts';
import type { Span } from './clauses.ts';

/** The kinds of event a definite noun can refer back to, and the nouns that name each ("the strikes", "the talks"). */
const EVENT_NOUNS: Record<string, RegExp> = {
	attack: /\b(?:strikes?|attacks?|assaults?|barrages?|bombardments?|raids?|shelling|offensive)\b/i,
	meeting: /\b(?:talks|negotiations|meetings?|summits?|visits?|discussions)\b/i,
};
/** Words that tell an earlier sentence of each kind: an attack is also told by what was fired ("fired 410 drones"). */
const TOLD_BY: Record<string, RegExp> = {
	attack:
		/\b(?:strikes?|struck|attack(?:s|ed)?|assaults?|barrages?|bombard(?:ed|ments?)|raids?|shell(?:ed|ing)|offensive|drones|missiles|rockets)\b/i,
	meeting: /\b(?:talks|negotiations|meetings?|met|summits?|visit(?:s|ed)?|discussions)\b/i,
};

const IN_THE_SAME = String.raw`(?:During|In|Over|Around|At|On)\s+(?:the|that)\s+same\s+(?:period|time|night|day|days|hours|morning|evening|week|weekend)`;
const THAT_SAME = String.raw`(?:That|The)\s+same\s+(?:day|night|morning|evening|afternoon|week|weekend)`;
const SAME_PERIOD = new RegExp(String.raw`^(?:${IN_THE_SAME}|At\s+the\s+same\s+time|${THAT_SAME})\b`, 'u');
/**
 * What an opening "same …" supports of the antecedent's date, by its noun: a part of one day keeps the day; a week or
 * a weekend keeps the week; a period, a time or "days" keep only the month. "Meanwhile" carries nothing: it links a
 * sentence to the story, not to a date.
 */
const KEEPS: readonly [RegExp, CarriedDate['keeps']][] = [
	[/\bsame\s+(?:night|day|hours|morning|evening|afternoon)$/i, 'day'],
	[/\bsame\s+(?:week|weekend)$/i, 'week'],
];
const keepsOf = (opener: string): CarriedDate['keeps'] =>
	KEEPS.find(([pattern]) => pattern.test(opener))?.[1] ?? 'month';
// "The talks in Miami followed a separate meeting between US envoys and Putin in Moscow, which also ended with no deal."
const LATER_SUBJECT = String.raw`(?<before>(?:The|These|Those|This|That)\s+[^,;]+?)`;
const FOLLOWING_VERB = String.raw`(?:followed|came\s+after|came\s+on\s+the\s+heels\s+of)`;
const WHICH_THEN = String.raw`(?:,\s+which\s+(?<then>[^,;.]+))?`;
const FOLLOWED = new RegExp(
	String.raw`^${LATER_SUBJECT}\s+${FOLLOWING_VERB}\s+(?<earlier>[^,;.]+?)${WHICH_THEN}(?=[,;.]|$)`,
	'u',
);
// "The strikes", "The overnight strikes", "These attacks": a determiner and up to three words before any "of"/"in".
const DEFINITE_SUBJECT = /^(?:The|These|Those|This|That)(?:\s+(?!(?:of|from|in|on|at|by)\b)[\p{L}-]+){1,3}/u;

/** An event the sentence refers back to: where it is in the article and what it says. */
export interface Antecedent {
	/** Index of its sentence in the article. */
	position: number;
	/** Its source sentence. */
	quote: string;
	status: 'happened' | 'scheduled' | 'deadline';
}

/** How a sentence is dated by an earlier event. */
export interface CarriedDate {
	rule: 'same-period' | 'followed' | 'definite-event';
	/** The antecedent the date comes from (an index into the list passed in). */
	from: number;
	/** The words that refer back ("During the same period", "followed", "The strikes"): the event's date words. */
	words: string;
	/** `before` when the sentence tells an event that came before the antecedent. */
	order: 'same' | 'before';
	/**
	 * How much of the antecedent's date the words support: `day` (its day and weekday: "that same night", "the
	 * strikes" it told), `week` ("in the same week": the month or year the week lies in) or `month` ("during the same
	 * period"; "followed", which tells an earlier event). Coarser than the antecedent's own precision means no weekday.
	 */
	keeps: 'day' | 'week' | 'month';
	/** For `same-period`, the opening phrase, left out of the label like a date. */
	opener?: Span;
	/** For `followed`, the label of the earlier event and the part of the sentence it comes from. */
	earlier?: { title: string; span: Span };
}

// Every rule needs one of these openings; most sentences are let go at once.
const OPENERS = /^(?:During|In|Over|Around|At|On|That|The|These|Those|This)\s/u;

const kindOf = (noun: string) => Object.entries(EVENT_NOUNS).find(([, words]) => words.test(noun))?.[0] ?? null;

// A sentence refers back to an event told at most this many sentences before it.
const REACH = 25;

/** The latest reported (past) antecedent within reach of `position`, of the given kind when one is asked for. */
function latest(antecedents: readonly Antecedent[], position: number, kind: string | null): number {
	for (let index = antecedents.length - 1; index >= 0; index--) {
		const candidate = antecedents[index]!;
		if (candidate.position >= position) continue;
		if (candidate.position < position - REACH) break;
		if (candidate.status !== 'happened') continue;
		if (!kind || TOLD_BY[kind]!.test(candidate.quote)) return index;
	}
	return -1;
}

/** "a separate meeting between US envoys and Putin in Moscow" + "also ended with no agreement" → a label. */
function earlierTitle(earlier: string, then: string | undefined): string {
	const noun = earlier
		.replace(/^(?:a|an|the)\s+/i, '')
		.replace(/^(?:separate|earlier|previous|prior|first|brief)\s+/i, '')
		.trim();
	const verb = then?.replace(/^(?:also|later|too|then)\s+/i, '').trim();
	const label = verb ? `${noun} ${verb}` : noun;
	return label.charAt(0).toUpperCase() + label.slice(1);
}

/**
 * How `text` (at `position` in the article) is dated by an earlier event, or null when it is not. `antecedents` are the
 * article's events so far, in order; only those within reach are looked at, so an article's cost stays linear. The
 * sentence's annotation gives its tense cues when the caller has it.
 */
export function carryDate(
	text: string,
	position: number,
	antecedents: readonly Antecedent[],
	annotated?: { readonly tenseCues: readonly TenseCue[] },
): CarriedDate | null {
	if (antecedents.length === 0 || !OPENERS.test(text)) return null;
	const tense = tenseOfSentence(annotated?.tenseCues ?? tenseCues(text));
	if (tense === 'future') return null;
	const same = SAME_PERIOD.exec(text);
	if (same) {
		const from = latest(antecedents, position, null);
		return from < 0
			? null
			: {
					rule: 'same-period',
					from,
					words: same[0],
					order: 'same',
					keeps: keepsOf(same[0]),
					opener: { start: 0, end: same[0].length },
				};
	}
	const followed = FOLLOWED.exec(text);
	if (followed?.groups) {
		const { before, earlier, then } = followed.groups;
		const from = latest(antecedents, position, kindOf(before!));
		if (from < 0) return null;
		const start = followed[0].indexOf(earlier!, before!.length);
		return {
			rule: 'followed',
			from,
			words: `before ${before!.charAt(0).toLowerCase()}${before!.slice(1)}`,
			order: 'before',
			keeps: 'month',
			earlier: { title: earlierTitle(earlier!, then), span: { start, end: followed[0].length } },
		};
	}
	const subject = DEFINITE_SUBJECT.exec(text)?.[0];
	const words = subject?.split(/\s+/) ?? [];
	const nounAt = words.findIndex((word, index) => index > 0 && kindOf(word) !== null);
	if (nounAt < 0 || tense !== 'past') return null;
	const from = latest(antecedents, position, kindOf(words[nounAt]!));
	return from < 0
		? null
		: { rule: 'definite-event', from, words: words.slice(0, nounAt + 1).join(' '), order: 'same', keeps: 'day' };
}
