/**
 * Pipeline stage: the publication date of an article, inferred from its own text.
 *
 * Method (constraint reasoning):
 * 1. A date the text states as its own — a dateline ("KYIV, Nov 22 (Reuters) –"), a "Published 22
 *    November 2025" line, a date alone at the top — is taken as it stands (`publishedSource: stated`).
 * 2. Otherwise every date expression becomes a constraint on the publication day, read with the tense
 *    of its sentence ("will", "is set to", "approaches", "looming" ⇒ future; "was", "had", "-ed" verbs,
 *    irregular pasts ⇒ past): a date spoken of as past ⇒ published on or after it; one still to come ⇒
 *    before it; "in November alone" (a finished month's total) ⇒ after that month; "before mid-May" ⇒
 *    before it. A weekday in the past tense ("Late Friday, X briefed…") ⇒ published within the six
 *    days after it; in the future tense ("will meet … on Monday", "Thursday's deadline") ⇒ within the
 *    six days before it. "Today" or "next week" say nothing about the calendar by themselves.
 * 3. A weekday is pinned to a calendar day when the text states a date falling on it (the text says
 *    "November 21, 2025", a Friday, and "Late Friday" ⇒ 21 November, so published 22–27 November);
 *    a past weekday no stated date falls on is placed after the latest stated day. A weekday pinned
 *    to nothing only rules out its own day of the week.
 * 4. The constraints are reconciled (`dates/reconcile.ts`): a day only when a stated full date anchors
 *    it — the earliest day consistent with all constraints, confidence about 0.6 when the week is
 *    anchored, 0.45 when the only bound is the latest past date ("on or after"); a month when the text
 *    supports no day (weekday reasoning, a finished month, a supplied year), confidence at most 0.4;
 *    else null with a warning ("no publication date found: …"). Never a confident wrong day.
 * 5. A missing year comes from a dated expression in the same sentence, else the latest dated past in
 *    the text, else an anniversary of a reference date ("the 80th anniversary of WWII victory" ⇒
 *    1945 + 80), else the corpus anchor: the year that puts the date nearest the anchor and not more
 *    than about a month after it. The evidence says where the year came from; a year that is not in
 *    the text keeps the confidence at 0.5 or below.
 * The evidence quotes the sentences the date rests on.
 */

import type { AnnotatedSentence } from './annotate/index.ts';
import {
	buildConstraints,
	type Constraints,
	dateExpressions,
	describeDay,
	explainYear,
	findStatedDate,
	isoAt,
	quote,
	readExpressions,
	reconcile,
	referenceAnchor,
	type StatedDate,
	sentenceAnchor,
	spanOf,
	spanOfIso,
	textAnchor,
	weekdayYear,
	type YearAnchor,
} from './dates/index.ts';
import { type ArticleDiagnostic, warning } from './diagnostics.ts';
import type { PublicationDate } from './model.ts';

/** What inference may use besides the text. */
export interface DateInferenceOptions {
	/** Latest confidently known publication date in the corpus (ISO day), used only to supply a missing year; null when none. */
	corpusAnchor: string | null;
}

const STATED_CONFIDENCE: Record<StatedDate['kind'], number> = {
	published: 0.95,
	dateline: 0.95,
	'date line': 0.9,
	updated: 0.6,
};

function corpusAnchorOf(iso: string | null): YearAnchor | null {
	const span = iso === null ? null : spanOfIso(iso);
	return span && { day: span[0], origin: 'corpus', words: `the corpus anchor ${iso}` };
}

/** The stated date, checked against what the rest of the text says. */
function fromStated(stated: StatedDate, constraints: Constraints): PublicationDate {
	const { expression, span, anchor } = stated.dated;
	const day = span!.first;
	const warnings: ArticleDiagnostic[] = [];
	// A past weekday that falls on the stated day itself ("said on Wednesday" in a story published that Wednesday) is how
	// wire copy writes, not a contradiction.
	const namesStatedDay = (bound: Constraints['lower'][number]) => bound.via?.span?.first === day;
	const later = constraints.lower.find(
		(bound) => !bound.weak && bound.grade === 'day' && bound.yearStated && bound.day > day && !namesStatedDay(bound),
	);
	if (later)
		warnings.push(
			warning(
				'infer-date:stated-date-too-early',
				`the stated publication date ${isoAt(day, 'day')} is earlier than "${later.dated.expression.text}", which the text speaks of as past`,
			),
		);
	const earlier = constraints.upper.find((bound) => bound.grade === 'day' && bound.yearStated && bound.day < day);
	if (earlier)
		warnings.push(
			warning(
				'infer-date:stated-date-too-late',
				`the stated publication date ${isoAt(day, 'day')} is later than "${earlier.dated.expression.text}", which the text speaks of as still to come`,
			),
		);
	const yearFromText = anchor === null || anchor.origin === 'text';
	if (anchor?.origin === 'corpus')
		warnings.push(
			warning(
				'infer-date:year-from-corpus',
				`publication year not in the text: ${isoAt(day, 'year')} taken from the corpus anchor ${isoAt(anchor.day, 'day')}`,
			),
		);
	const confidence = yearFromText ? STATED_CONFIDENCE[stated.kind] - (anchor ? 0.1 : 0) : 0.5;
	const how =
		stated.kind === 'updated'
			? 'The text says it was updated on'
			: `The ${stated.kind === 'published' ? 'text says it was published on' : `${stated.kind} gives`}`;
	return {
		published: isoAt(day, 'day'),
		publishedPrecision: 'day',
		publishedSource: 'stated',
		publishedConfidence: Math.round(confidence * 100) / 100,
		publishedEvidence: `${how} ${describeDay(day)}: ${quote(expression.sentence)}${anchor ? ` ${explainYear(anchor, Number(isoAt(day, 'year')))}` : ''}`,
		diagnostics: warnings,
	};
}

/** Infers the publication date from the text, with precision, confidence and the evidence it rests on. */
export function inferPublicationDate(
	sentences: readonly AnnotatedSentence[],
	options: DateInferenceOptions,
): PublicationDate {
	const expressions = readExpressions(sentences);
	const fromText = textAnchor(expressions);
	const fromReference = referenceAnchor(expressions);
	const fromCorpus = corpusAnchorOf(options.corpusAnchor);
	let dated = dateExpressions(expressions, (expression) => [
		sentenceAnchor(expression, expressions),
		fromText,
		fromReference,
		fromCorpus,
	]);
	let stated = findStatedDate(dated, sentences.length);
	// A stated day without a year takes the one its weekday fits, before any anchor's guess.
	const byWeekday = stated && weekdayYear(stated.dated.expression, expressions, fromCorpus ?? fromText);
	if (stated && byWeekday) {
		const before = stated.dated;
		const year = Number(isoAt(byWeekday.day, 'year'));
		const redated = { ...before, span: spanOf(before.expression.spec, year), anchor: byWeekday };
		dated = dated.map((candidate) => (candidate === before ? redated : candidate));
		stated = { ...stated, dated: redated };
	}
	const constraints = buildConstraints(dated);
	if (stated?.dated.span) return fromStated(stated, constraints);
	const result = reconcile(constraints, dated);
	if (stated)
		result.diagnostics.push(
			warning(
				'infer-date:stated-day-without-year',
				`the text states a publication day ("${stated.dated.expression.text}") but no year for it`,
			),
		);
	return result;
}
