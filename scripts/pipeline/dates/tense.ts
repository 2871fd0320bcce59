/**
 * Reads whether a sentence speaks of a date as past or still to come, from its verbs: "will", "is set to",
 * "is scheduled", "approaches", "looming", "could be" mark the future; "was", "had", irregular past forms ("said", "met")
 * and "-ed" verbs ("briefed", "wrapped up") mark the past. The clause holding the date is read first, then
 * the whole sentence.
 */
import { language } from '../lang/index.ts';
import type { DateSpec, Relation, Tense } from './expression.ts';

/** A word or phrase that marks the tense of the words around it, as the sentence annotation records them. */
export interface TenseCue {
	index: number;
	tense: 'past' | 'future';
	/** Auxiliaries, modals and irregular past forms are strong; a bare "-ed" word may be an adjective ("injured soldiers"). */
	strong: boolean;
}

// "is set to", "are now expected": a form of "be" before a word that looks ahead.
const BE_ADVERB = String.raw`\b(?:is|are|am|['’]s|['’]re|remains?)\s+(?:\w+ly\s+|now\s+|also\s+|still\s+)?`;
const LOOKING_AHEAD = [
	'set',
	'scheduled',
	'due',
	'expected',
	'slated',
	'poised',
	'planned',
	'going',
	'about',
	'likely',
	'unlikely',
	'ready',
	'preparing',
	'to be',
];
const FUTURE: RegExp[] = [
	/(?<!\b(?:the|political|good|free|own|his|her|their|its|ill|popular|public)\s)\b(?:will|shall|won['’]t)\b/gi,
	/\b\w+['’]ll\b/gi,
	new RegExp(String.raw`${BE_ADVERB}(?:${LOOKING_AHEAD.join('|')})\b`, 'gi'),
	/\b(?:plans?|intends?|aims?|hopes?|vows?|promises?|pledges?|threatens?|wants?|seeks?|prepares?|expects?)\s+to\b/gi,
	/\b(?:approach(?:es|ing)?|looming|looms|upcoming|forthcoming|impending|ahead)\b/gi,
	/\b(?:may|might)\b(?!\s+(?:well\s+)?have\b)/g, // lower case only: "May" is a month
	// "could be approved by December 18", "would take effect on Monday": a modal before a verb looks ahead; with "have" it looks back.
	/\b(?:could|would|should|must|ought\s+to)\s+(?:\w+ly\s+|not\s+|also\s+|still\s+|soon\s+)?(?!have\b|not\b)[a-z]+\b/gi,
	/\b(?:next|tomorrow|to be held|to take place)\b|\b(?:the\s+)?coming\s+(?:days|weeks|months|week|month)\b/gi,
];

const HAVE_ADVERB = String.raw`\b(?:has|have|hasn['’]t|haven['’]t)\s+(?:\w+ly\s+|not\s+|also\s+|already\s+|now\s+|just\s+)?`;
const STRONG_PAST: RegExp[] = [
	/\b(?:was|were|had|did|wasn['’]t|weren['’]t|hadn['’]t|didn['’]t)\b/gi,
	new RegExp(String.raw`${HAVE_ADVERB}(?:[a-z]+ed|[a-z]+en|${language.irregularParticiples.join('|')})\b`, 'gi'),
	/\b(?:ago|yesterday|earlier|previously|last\s+(?:week|weekend|month|year|night|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/gi,
];

const IRREGULAR_PAST = new Set(language.irregularPast);
// Past forms that are also present forms: read as past only right after a name, a pronoun or a plural
// noun ("Trump set a deadline", "drones hit Kharkiv", "the strikes also cut power"), where the present would take an
// "-s" or read oddly.
const NOT_PLURALS = ['is', 'was', 'has', 'does', 'this', 'its', 'his', 'us', 'as', 'plus', 'thus', 'yes', 'news'];
const PAST_SUBJECT = String.raw`\b[A-Z][\w’'-]*|\b(?:he|she|it|they|we|who|which)|\b(?!(?:${NOT_PLURALS.join('|')})\b)[a-z]+s`;
const SAME_FORM_PAST = '(?:set|put|hit|cut|let|shut|spread|cast|quit)';
const AMBIGUOUS_PAST = new RegExp(
	String.raw`(?:${PAST_SUBJECT})\s+(?:(?:also|then|later|briefly|again|\w+ly)\s+)?${SAME_FORM_PAST}\b(?!\s+to\b)`,
	'g',
);

// "-ed" words that are not past verbs.
const NOT_VERBS = [
	'hundred',
	'sacred',
	'naked',
	'wicked',
	'beloved',
	'rugged',
	'ragged',
	'jagged',
	'crooked',
	'aged',
	'bred',
	'shred',
	'biased',
	'expected',
	'scheduled',
	'planned',
	'alleged',
	'supposed',
	'based',
	'related',
	'detailed',
	'advanced',
	'limited',
	'skilled',
	'experienced',
	'complicated',
	'sophisticated',
	'dedicated',
	'isolated',
	'concerned',
	'interested',
	'qualified',
	'armed',
	'united',
	'talented',
	'balanced',
	'embattled',
	'embedded',
	'red',
	'bed',
	'shed',
	'wed',
];
const NOT_VERB = new RegExp(`^(?:${NOT_VERBS.join('|')})$`);
// Most "-eed" words are not past forms ("need", "indeed", "proceed"); these are.
const PAST_IN_EED = /^(?:agreed|disagreed|freed|guaranteed|decreed)$/;
const UN_VERB = /^un(?:veiled|leashed|folded|locked|sealed|blocked|covered|ravel+ed|loaded)$/;
// After these words an "-ed" or irregular form is an adjective or a present passive ("the stalled talks", "are sent").
const ADJECTIVE_CUES = [
	'a',
	'an',
	'the',
	'this',
	'these',
	'those',
	'its',
	'his',
	'her',
	'their',
	'our',
	'my',
	'your',
	'so',
	'well',
	'newly',
	'long',
	'much',
	'most',
	'more',
	'less',
	'fully',
	'partly',
	'largely',
	'heavily',
	'widely',
	'highly',
	'poorly',
	'badly',
	'is',
	'are',
	'am',
	'be',
	'being',
	'get',
	'gets',
	'become',
	'becomes',
	'remain',
	'remains',
	'seem',
	'seems',
	'appear',
	'appears',
	'if',
	'unless',
	'once',
];
const ADJECTIVE_BEFORE = new RegExp(String.raw`\b(?:${ADJECTIVE_CUES.join('|')})\s+$`, 'i');

/** Every tense cue of a sentence, computed once per sentence by the annotation (`annotate/`). */
export function tenseCues(text: string): TenseCue[] {
	const cues: TenseCue[] = [];
	for (const pattern of FUTURE)
		for (const match of text.matchAll(pattern)) cues.push({ index: match.index, tense: 'future', strong: true });
	for (const pattern of STRONG_PAST)
		for (const match of text.matchAll(pattern)) cues.push({ index: match.index, tense: 'past', strong: true });
	for (const match of text.matchAll(AMBIGUOUS_PAST)) {
		const verb = /\S+$/.exec(match[0])![0];
		if (match.index > 0) cues.push({ index: match.index + match[0].length - verb.length, tense: 'past', strong: true });
	}
	for (const match of text.matchAll(/\b[a-z]{3,}\b/g)) {
		const word = match[0];
		const before = text.slice(Math.max(0, match.index - 20), match.index);
		if (text[match.index - 1] === '-' || ADJECTIVE_BEFORE.test(before)) continue;
		if (IRREGULAR_PAST.has(word)) cues.push({ index: match.index, tense: 'past', strong: true });
		else if (
			word.endsWith('ed') &&
			word.length >= 5 &&
			!NOT_VERB.test(word) &&
			(!word.endsWith('eed') || PAST_IN_EED.test(word))
		) {
			if (/^un(?!der)/.test(word) && !UN_VERB.test(word)) continue;
			cues.push({ index: match.index, tense: 'past', strong: false });
		}
	}
	return cues;
}

/**
 * The tense the cues give a date at `position`. A date adjunct follows its verb ("returned from Washington
 * on Tuesday and will brief parliament on Thursday"), so cues before the date are read first, nearest
 * first, a strong cue over a bare "-ed" word; cues after it only when none come before.
 */
function decide(cues: readonly TenseCue[], position: number): Tense | null {
	const before = cues.filter((cue) => cue.index < position).sort((a, b) => b.index - a.index);
	const after = cues.filter((cue) => cue.index > position).sort((a, b) => a.index - b.index);
	const side = before.length ? before : after;
	const chosen = side.find((cue) => cue.strong) ?? side[0];
	return chosen?.tense ?? null;
}

/** The tense the expression itself carries ("yesterday", "next week", "since April"), or null. */
function lexicalTense(spec: DateSpec, relation: Relation, after: string): Tense | null {
	if (relation === 'since' || /^\s+ago\b/i.test(after)) return 'past';
	if (spec.type === 'relative') {
		if (spec.offset < 0 || spec.part === 'earlier') return 'past';
		if (spec.offset > 0 || spec.part === 'later') return 'future';
	}
	if ((spec.type === 'weekday' || spec.type === 'month') && spec.shift === 'last') return 'past';
	if ((spec.type === 'weekday' || spec.type === 'month') && spec.shift === 'next') return 'future';
	return null;
}

const CLAUSE_BREAK = /[;:,—–]|\s-\s/g;

/** Whether the sentence speaks of the date at `text[start, end)` as past, future or unknown; `cues` are its tense cues. */
export function tenseOf(
	text: string,
	start: number,
	end: number,
	spec: DateSpec,
	relation: Relation,
	cues: readonly TenseCue[],
): Tense {
	const lexical = lexicalTense(spec, relation, text.slice(end));
	if (lexical) return lexical;
	const sentenceCues = cues.filter((cue) => cue.index < start || cue.index >= end);
	// A target date ("by Thursday", "Thursday's deadline") is ahead while the sentence speaks in the present or future.
	if (relation === 'by' || relation === 'until' || relation === 'deadline') {
		if (sentenceCues.some((cue) => cue.tense === 'future')) return 'future';
		if (sentenceCues.some((cue) => cue.tense === 'past')) return relation === 'deadline' ? 'unknown' : 'past';
		return 'future';
	}
	let clauseStart = 0;
	let clauseEnd = text.length;
	for (const match of text.matchAll(CLAUSE_BREAK)) {
		if (match.index < start) clauseStart = match.index;
		else if (match.index >= end) {
			clauseEnd = match.index;
			break;
		}
	}
	const clause = decide(
		sentenceCues.filter((cue) => cue.index >= clauseStart && cue.index < clauseEnd),
		start,
	);
	return clause ?? decide(sentenceCues, start) ?? 'unknown';
}

/** Whether a sentence without a date speaks of the past or the future (its `tenseCues`): any future cue makes it future, else any past cue past. */
export function tenseOfSentence(cues: readonly TenseCue[]): Tense {
	if (cues.some((cue) => cue.tense === 'future')) return 'future';
	return cues.some((cue) => cue.tense === 'past') ? 'past' : 'unknown';
}
