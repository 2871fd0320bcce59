/**
 * Writes a short label for the event a date belongs to, from the words of its sentence: the
 * clause around the date, with the date words themselves removed.
 *
 * The sentence is cut into segments at punctuation (see `clauses.ts`). Then, by where the date is:
 * - alone, or in an opening phrase ("Late Friday, …", "Speaking in Bishkek on Monday, …"):
 *   the label is the main clause that follows;
 * - in a clause of its own ("X told diplomats on November 21"): that clause, without the date;
 * - in a subordinate clause ("As Thursday's deadline approaches"): that clause, without "as";
 * - in a participle phrase after a name ("Ivan Petrov, killed in July 2023,"): the name and the
 *   phrase; after "and" ("…and signed a deal on Tuesday"): the subject of the previous clause
 *   and the phrase.
 * A clause whose subject is an empty pronoun ("It's a situation reminiscent of 2016") or that
 * has no verb gives no label, and so no event: better a missing event than a meaningless one.
 * So does a date that only bounds a period inside a clause ("the first talks since 2022").
 * "He"/"she" stand for the last person named before them in the sentence, or give no label.
 */

import { isCapitalised, isFiniteVerb, type Term } from '../annotate/terms.ts';
import { TITLE_SPEECH_LEMMAS } from '../attribution/index.ts';
import { datelineLength } from '../dateline.ts';
import { hasFiniteVerb, inAnySpan, type Segment, type Span, segmentTerms } from './clauses.ts';
import { isFiller, isPeriodBound, lower, withoutDate } from './date-words.ts';
import { fitTitle, MAX_TITLE_LENGTH } from './fit-title.ts';
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
const SUBORDINATORS = new Set(['as', 'when', 'while', 'once', 'because', 'although', 'though', 'whereas', 'if']);
// Inside a clause, these open a clause of their own that the date after them belongs to ("…since Russia seized the
// plant in March 2022"). "as" is left out: "as many as", "such as".
const INNER_SUBORDINATORS = new Set(['since', 'after', 'when', 'before', 'until', 'once', 'because', 'while']);
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

// "Around 1.5 million households…", "about 40 villages": a hedge before a number opens a noun phrase, not an intro.
const HEDGE = /^(?:around|about|nearly|almost|over|some|roughly|approximately|up|at|more|fewer|less)$/i;
const isNumber = (term: Term | undefined) => term !== undefined && (/^\d/.test(term.text) || term.tags.has('Value'));

const isIntro = (terms: readonly Term[], indices: readonly number[]) => {
	const first = terms[indices[0]!];
	if (first && HEDGE.test(first.text) && indices.slice(1, 3).some((index) => isNumber(terms[index]))) return false;
	return !first || first.tags.has('Preposition') || first.tags.has('Gerund') || /^according$/i.test(first.text);
};

/** The main clause after an opening phrase: the next segments, until one has a verb. */
function mainClause(terms: readonly Term[], segments: Segment[], from: number): number[] | null {
	let next = from + 1;
	// Skip a second opening phrase ("In May, according to officials, …").
	while (next < segments.length - 1 && isIntro(terms, segments[next]!) && !hasFiniteVerb(terms, segments[next]!))
		next++;
	const clause: number[] = [];
	for (let count = 0; next < segments.length && count < 3; next++, count++) {
		clause.push(...segments[next]!);
		if (hasFiniteVerb(terms, clause)) return clause;
	}
	// A date at the end ("…the village of Kurakhove (Donetsk region) on 6 January"): the clause before it.
	for (let back = from - 1; back >= Math.max(0, from - 2); back--)
		if (hasFiniteVerb(terms, segments[back]!)) return segments[back]!;
	return null;
}

/** The name at the end of a segment ("…includes Lieutenant General Ivan Petrov"). */
function trailingName(terms: readonly Term[], segment: Segment | undefined): number[] {
	const name: number[] = [];
	for (let position = (segment?.length ?? 0) - 1; position >= 0; position--) {
		const term = terms[segment![position]!]!;
		if (!isCapitalised(term) || term.tags.has('Determiner') || term.tags.has('Pronoun')) break;
		name.unshift(segment![position]!);
	}
	// "…a delegation led by Rustem Umerov, held from…": a name after "by" is an agent, not what the next verb is about.
	const before = name.length ? terms[name[0]! - 1] : undefined;
	return before && lower(before) === 'by' ? [] : name;
}

/** The subject of the nearest earlier clause: its words before the first verb. */
function previousSubject(terms: readonly Term[], segments: Segment[], from: number): number[] {
	for (let index = from - 1; index >= 0; index--) {
		const segment = segments[index]!;
		const verb = segment.findIndex((position) => isFiniteVerb(terms[position]!));
		if (verb > 0)
			return segment
				.slice(0, verb)
				.filter((position) => !isFiller(terms[position]!) || terms[position]!.tags.has('Determiner'));
		if (verb === 0) return [];
	}
	return [];
}

/** Earlier segments that are items of the same list ("talks involving Ukraine, the United States, and …"). */
function listHead(terms: readonly Term[], segments: Segment[], from: number): number[] {
	const head: number[] = [];
	for (let index = from - 1; index >= 0; index--) {
		const segment = segments[index]!;
		if (hasFiniteVerb(terms, segment) || isIntro(terms, segment) || SUBORDINATORS.has(lower(terms[segment[0]!]!)))
			break;
		head.unshift(...segment);
	}
	return head;
}

interface Clause {
	indices: number[];
	/** True when the clause was found without a verb test (a subordinate clause). */
	verbless?: boolean;
	/** Where a borrowed subject meets the clause: joined by a plain space, not the sentence's comma. */
	join?: number;
}

/** The subordinate clause inside `rest` that the date belongs to, when one opens before the date and has a subject and verb. */
function innerClause(terms: readonly Term[], rest: readonly number[], date: Span): number[] | null {
	const opener = rest
		.filter(
			(index, position) =>
				position > 0 && terms[index]!.start < date.start && INNER_SUBORDINATORS.has(lower(terms[index]!)),
		)
		.at(-1);
	if (opener === undefined) return null;
	const clause = rest.filter((index) => index > opener);
	// A verb straight after the opener ("since seizing", "after meeting") leaves the clause without a subject.
	const verbAt = clause.findIndex((index) => isFiniteVerb(terms[index]!));
	return verbAt > 0 ? clause : null;
}

/** Picks the words of the clause the date belongs to. */
function chooseClause(terms: readonly Term[], segments: Segment[], at: number, date: Span): Clause | null {
	if (isPeriodBound(terms, segments[at]!, date)) return null;
	const rest = withoutDate(terms, segments[at]!, date);
	const first = terms[rest[0]!];
	if (!first || rest.every((index) => isFiller(terms[index]!))) {
		const main = mainClause(terms, segments, at);
		return main && { indices: main };
	}
	if (SUBORDINATORS.has(lower(first)) && rest.length >= 3) return { indices: rest.slice(1), verbless: true };
	const inner = innerClause(terms, rest, date);
	if (inner) return { indices: inner };
	if (isIntro(terms, rest)) {
		const main = mainClause(terms, segments, at);
		return main && { indices: main };
	}
	if (/^(?:and|but|or)$/i.test(first.text)) {
		const body = rest.slice(1);
		const head = terms[body[0]!];
		if (!head) return null;
		if (isFiniteVerb(head) || (head.tags.has('Adverb') && terms[body[1]!] && isFiniteVerb(terms[body[1]!]!))) {
			const subject = previousSubject(terms, segments, at);
			return subject.length ? { indices: [...subject, ...body], join: body[0]! } : null;
		}
		const list = listHead(terms, segments, at);
		return { indices: list.length ? [...list, ...rest] : body };
	}
	if (isFiniteVerb(first) || (first.tags.has('Adverb') && terms[rest[1]!] && isFiniteVerb(terms[rest[1]!]!))) {
		const name = trailingName(terms, segments[at - 1]);
		return name.length ? { indices: [...name, ...rest], join: rest[0]! } : null;
	}
	// "… involving Ukraine, the United States and European partners were held …": a list continues.
	const verbAt = rest.findIndex((index) => isFiniteVerb(terms[index]!));
	const listTail = rest
		.slice(0, verbAt < 0 ? rest.length : verbAt)
		.some((index) => /^(?:and|or)$/i.test(terms[index]!.text));
	if ((/^(?:the|a|an)$/.test(first.text) || listTail) && at > 0) {
		const list = listHead(terms, segments, at);
		if (list.length) return { indices: [...list, ...rest] };
	}
	// "European leaders meeting in Berlin on Monday, December 15, 2025, pledged…": the date set off by commas between a
	// subject and its verb; the clause goes on after it.
	const next = segments[at + 1];
	if (!hasFiniteVerb(terms, rest) && next && isFiniteVerb(terms[next[0]!]!))
		return { indices: [...rest, ...next], join: next[0]! };
	return { indices: rest };
}

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
): string {
	const kept = segments
		.slice(
			0,
			segments.findIndex((segment) => segment.includes(head)),
		)
		.map((segment) => withoutDate(terms, segment, date))
		.filter((segment) => segment.some((index) => !isFiller(terms[index]!)));
	while (kept.length && isIntro(terms, kept[0]!) && !hasFiniteVerb(terms, kept[0]!)) kept.shift();
	// "…people, including two children, were killed": an aside the label can do without, closed up without its commas.
	const aside = kept.findIndex(
		(segment, position) => position > 0 && /^(?:including|among)$/i.test(terms[segment[0]!]!.text),
	);
	const join = aside > 0 ? kept[aside + 1]?.[0] : undefined;
	const reported = kept.filter((_, position) => position !== aside).flat();
	if (!hasFiniteVerb(terms, reported)) return text;
	const said = renderClause(terms, reported, new Map(), join);
	// renderClause capitalises its first word; in the middle of the label only a name keeps its capital.
	const first = terms[reported[0]!]!;
	const name = first.tags.has('ProperNoun') || first.tags.has('Acronym');
	return `${text} ${name ? said : said.charAt(0).toLowerCase() + said.slice(1)}`;
}

/** The label for the event a date belongs to, or null when the sentence gives no usable clause. */
export function titleForDate(request: TitleRequest): EventTitle | null {
	const { terms } = request;
	const dates = [request.date, ...request.otherDates];
	const segments = segmentTerms(terms, dates);
	const at = segments.findIndex((segment) => segment.some((index) => inAnySpan(terms[index]!, [request.date])));
	if (at < 0) return null;
	const clause = chooseClause(terms, segments, at, request.date);
	if (!clause) return null;
	return labelOf(request, terms, segments, clause);
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
	else if (indices.length <= 6 && SPEECH.has(last.lemma))
		text = withReportedClause(text, terms, segments, indices[0]!, request.date);
	const sentenceWords = terms.filter((term) => term.text).length;
	return { title: fitTitle(text), focus: Math.min(1, text.split(' ').length / Math.max(1, sentenceWords)) };
}
