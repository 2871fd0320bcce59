/**
 * Writes a short label for the event a date belongs to, from the words of its sentence: the
 * clause around the date, with the date words themselves removed.
 *
 * The sentence is cut into segments at punctuation (see `clauses.ts`). Which clause the date belongs to is decided by
 * the named rules of `clause-rules.ts`, tried in order (`events:period-bound` … `events:own-clause`, one fixture folder
 * each under `test/fixtures/rules/events/`): an opening phrase gives way to the main clause that follows, a subordinate
 * or inner clause is taken alone, a participle phrase after a name takes the name, a second verb after "and" the
 * subject before it.
 * A clause whose subject is an empty pronoun ("It's a situation reminiscent of 2016") or that
 * has no verb gives no label, and so no event: better a missing event than a meaningless one.
 * So does a date that only bounds a period inside a clause ("the first talks since 2022").
 * "He"/"she" stand for the last person named before them in the sentence, or give no label.
 */

import { isFiniteVerb, type Term } from '../annotate/terms.ts';
import { TITLE_SPEECH_LEMMAS } from '../attribution/index.ts';
import { datelineLength } from '../dateline.ts';
import { decide } from '../rules.ts';
import { type Clause, isIntro, mainClause } from './clause-parts.ts';
import { CLAUSE_RULES, clauseScene } from './clause-rules.ts';
import { hasFiniteVerb, inAnySpan, type Segment, type Span, segmentTerms } from './clauses.ts';
import { isFiller, lower, withoutDate } from './date-words.ts';
import { cutAtPhrase, fitTitle, MAX_TITLE_LENGTH } from './fit-title.ts';
import { type Rewrites, shortenPersonTitles } from './person-titles.ts';
import { renderClause } from './render-clause.ts';

export interface TitleRequest {
	/** The sentence. */
	text: string;
	/** Where the date words are. */
	date: Span;
	/** Other date expressions in the sentence (kept as words, never cut through). */
	otherDates: Span[];
	/** Where people are named in the sentence. */
	people: Span[];
	/** The sentence's tagged words (its `terms` annotation). */
	terms: readonly Term[];
}

export interface EventTitle {
	/** The label, at most 90 characters. */
	title: string;
	/** Share of the sentence's words the clause keeps: 1 when the sentence is all about the event. */
	focus: number;
}

// Verbs that report speech: "X said" alone takes the quotation it reports.
const SPEECH = TITLE_SPEECH_LEMMAS;
// Subjects that do not say who did anything.
const EMPTY_SUBJECTS = new Set([
	'i',
	'we',
	'you',
	'they',
	'it',
	"it's",
	'it’s',
	'there',
	'which',
	'who',
	'what',
	'nothing',
	'none',
	'everyone',
	'everything',
	'something',
	'someone',
	'no',
]);
const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those']);
const PERSONAL = new Set(['he', 'she']);
const LEADING_FILLER = new Set(['and', 'but', 'or', 'so', 'yet', 'then', 'even', 'also', 'still', 'that', 'thus']);

/**
 * "Russia's army has lost 1.2 million soldiers, Ukraine's General Staff said on Monday": a bare "X said" is labelled
 * with what was said, everything before it in the sentence but the date and an opening phrase ("On Monday,").
 */
function withReportedClause(
	text: string,
	terms: readonly Term[],
	segments: Segment[],
	head: number,
	date: Span,
	dateline: number,
): string {
	const said = reportedClause(terms, segments, head, date, dateline);
	if (said === null) return text;
	// "X said" and what was said, when both fit or can be cut at a phrase after the verb of what was said; else what
	// was said alone (a whole phrase, not one clipped after "said units of the…" or "said a drone strike on a market"),
	// which the event's sentence attributes.
	const both = `${text} ${said.name ? said.text : said.text.charAt(0).toLowerCase() + said.text.slice(1)}`;
	if (both.length <= MAX_TITLE_LENGTH) return both;
	const verbAt = both.indexOf(` ${said.verb}`, text.length);
	const cut = verbAt < 0 ? null : cutAtPhrase(both, verbAt + said.verb.length + 1);
	return cut ? both : said.text;
}

/** What a bare "X said" reports: the clauses before it, rendered, or null when they hold no verb. */
function reportedClause(
	terms: readonly Term[],
	segments: Segment[],
	head: number,
	date: Span,
	dateline: number,
): { text: string; name: boolean; verb: string } | null {
	const kept = segments
		.slice(
			0,
			segments.findIndex((segment) => segment.includes(head)),
		)
		// A wire dateline ("MOSCOW, December 2 (TASS) - ") is where the story was filed, not what was said.
		.map((segment) => withoutDate(terms, segment, date).filter((index) => terms[index]!.start >= dateline))
		.filter((segment) => segment.some((index) => !isFiller(terms[index]!)));
	while (kept.length && isIntro(terms, kept[0]!) && !hasFiniteVerb(terms, kept[0]!)) kept.shift();
	// "…people, including two children, were killed": an aside the label can do without, closed up without its commas.
	const aside = kept.findIndex(
		(segment, position) => position > 0 && /^(?:including|among)$/i.test(terms[segment[0]!]!.text),
	);
	const join = aside > 0 ? kept[aside + 1]?.[0] : undefined;
	const reported = kept.filter((_, position) => position !== aside).flat();
	const verb = reported.find((index) => isFiniteVerb(terms[index]!));
	if (verb === undefined) return null;
	// renderClause capitalises its first word; in the middle of the label only a name keeps its capital.
	const first = terms[reported[0]!]!;
	return {
		text: renderClause(terms, reported, new Map(), join),
		name: first.tags.has('ProperNoun') || first.tags.has('Acronym'),
		verb: terms[verb]!.text,
	};
}

// "said in a statement", "wrote on Telegram", "told reporters": how or to whom something was said, after the verb.
const MANNER_OPENERS = new Set(['in', 'on', 'via', 'through', 'during', 'at', 'to']);

/**
 * Where a clause is a bare "X said" (its speech verb its only verb, with at most a phrase of manner after it: "the
 * ministry said in a statement"): the position of the speech verb in `indices`, else -1.
 */
function bareSpeech(terms: readonly Term[], indices: readonly number[]): number {
	const verb = indices.findLastIndex((index) => SPEECH.has(terms[index]!.lemma));
	if (verb < 0) return -1;
	if (indices.slice(0, verb).some((index) => isFiniteVerb(terms[index]!))) return -1;
	const after = indices.slice(verb + 1);
	if (after.length === 0) return verb;
	if (!MANNER_OPENERS.has(lower(terms[after[0]!]!)) || after.length > 5) return -1;
	return after.some((index) => isFiniteVerb(terms[index]!)) ? -1 : verb;
}

/** The label for the event a date belongs to (null when the sentence gives no usable clause), and the rule that chose its clause. */
export function titleDecision(request: TitleRequest): { title: EventTitle | null; rule: string | null } {
	const { terms } = request;
	const dates = [request.date, ...request.otherDates];
	const segments = segmentTerms(terms, dates);
	const at = segments.findIndex((segment) => segment.some((index) => inAnySpan(terms[index]!, [request.date])));
	if (at < 0) return { title: null, rule: null };
	const decision = decide(CLAUSE_RULES, clauseScene(terms, segments, at, request.date));
	if (!decision || decision.answer === 'none') return { title: null, rule: decision?.rule ?? null };
	return { title: labelOf(request, terms, segments, decision.answer), rule: decision.rule };
}

/** The label for the event a date belongs to, or null when the sentence gives no usable clause. */
export function titleForDate(request: TitleRequest): EventTitle | null {
	return titleDecision(request).title;
}

/**
 * The label of a sentence that names no date of its own but is dated by an earlier one ("The strikes also cut power
 * to the plant"): its main clause, after any opening phrase.
 */
export function titleForSentence(request: Omit<TitleRequest, 'date'>): EventTitle | null {
	const { terms } = request;
	const segments = segmentTerms(terms, request.otherDates);
	const main = mainClause(terms, segments, -1);
	if (!main) return null;
	return labelOf({ ...request, date: { start: 0, end: 0 } }, terms, segments, { indices: main });
}

/** Renders the chosen clause as a label, or null when it names no one doing anything. */
function labelOf(
	request: TitleRequest,
	terms: readonly Term[],
	segments: Segment[],
	clause: Clause,
): EventTitle | null {
	// A wire dateline ("KYIV, Ukraine (AP) — ") is where the story was filed, not part of what happened.
	const dateline = datelineLength(request.text);
	let indices = clause.indices.filter((index) => terms[index]!.start >= dateline);
	if (indices.length === 0) return null;
	// Connectives and sentence adverbs ("and", "even", "Reportedly") open no label; "more than 10" keeps its "more".
	while (
		indices.length > 1 &&
		(LEADING_FILLER.has(lower(terms[indices[0]!]!)) || /^\p{L}+ly$/u.test(terms[indices[0]!]!.text))
	)
		indices = indices.slice(1);
	const head = terms[indices[0]!];
	if (!head) return null;
	const rewrites: Rewrites = shortenPersonTitles(terms, indices, request.people);
	const headWord = lower(head);
	if (EMPTY_SUBJECTS.has(headWord) || (head.tags.has('Pronoun') && !PERSONAL.has(headWord))) return null;
	if (DEMONSTRATIVES.has(headWord) && terms[indices[1]!] && isFiniteVerb(terms[indices[1]!]!)) return null;
	if (PERSONAL.has(headWord)) {
		const antecedent = [...request.people]
			.filter((span) => span.end <= head.start)
			.sort((a, b) => b.start - a.start)[0];
		if (!antecedent) return null;
		rewrites.set(indices[0]!, request.text.slice(antecedent.start, antecedent.end));
	}
	if (!clause.verbless && !hasFiniteVerb(terms, indices)) return null;
	let text = renderClause(terms, indices, rewrites, clause.join);
	if (text.split(' ').length < 2) return null;
	const quoted = /[“"]([^”"]{8,})[”"]/u.exec(request.text)?.[1]?.replace(/[\s,.;:]+$/u, '');
	const last = terms[indices.at(-1)!]!;
	if (quoted && indices.length <= 4 && SPEECH.has(last.lemma) && text.length + quoted.length + 3 <= MAX_TITLE_LENGTH)
		text = `${text} “${quoted}”`;
	else {
		const verb = bareSpeech(terms, indices);
		if (verb >= 0 && (indices.length <= 6 || verb < indices.length - 1 || verb >= 3)) {
			const speaker = renderClause(terms, indices.slice(0, verb + 1), rewrites, clause.join);
			const reported = withReportedClause(speaker, terms, segments, indices[0]!, request.date, dateline);
			if (reported !== speaker) text = reported;
		}
	}
	const sentenceWords = terms.filter((term) => term.text).length;
	// A cut at a phrase keeps the label's first verb (of the clause, or of what was said when that is the label).
	const verbAt = terms
		.filter((term) => isFiniteVerb(term))
		.map((term) => ({ at: text.indexOf(` ${term.text}`), length: term.text.length }))
		.find(({ at }) => at >= 0);
	return {
		title: fitTitle(text, verbAt ? verbAt.at + verbAt.length + 1 : 0),
		focus: Math.min(1, text.split(' ').length / Math.max(1, sentenceWords)),
	};
}
