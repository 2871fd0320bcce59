/** Builds the lists and regular-expression pieces the stages need from a `Language`, so none keeps its own copy. */
import { escapeRegExp } from '../../../src/shared/escape-regexp.ts';
import type { Language, SpeechVerb } from './language.ts';

/** An alternation of phrases for a regular expression: escaped, a space matching any run of spaces. */
export function alternation(phrases: readonly string[]): string {
	return phrases.map((phrase) => escapeRegExp(phrase).replace(/ /g, String.raw`\s+`)).join('|');
}

/** The forms of the speech verbs that may play `role`; a claim is stated by a finite verb, never an "-ing" form. */
export function speechVerbForms(language: Language, role: SpeechVerb['roles'][number]): string[] {
	return language.speechVerbs
		.filter((verb) => verb.roles.includes(role))
		.flatMap((verb) => (role === 'claim' ? verb.forms.filter((form) => !/ing$/.test(form)) : verb.forms));
}

/** The simple past of every speech verb that may play `role` (the first form listed), single words only. */
export function speechVerbPasts(language: Language, role: SpeechVerb['roles'][number]): string[] {
	return language.speechVerbs
		.filter((verb) => verb.roles.includes(role) && !verb.forms[0]!.includes(' '))
		.map((verb) => verb.forms[0]!);
}

/** The lemmas of the speech verbs that may play `role`. */
export function speechVerbLemmas(language: Language, role: SpeechVerb['roles'][number]): Set<string> {
	return new Set(language.speechVerbs.filter((verb) => verb.roles.includes(role)).map((verb) => verb.lemma));
}

/** Month names and abbreviations as one alternation ("January|…|Sept|Sep|…"). */
export function monthAlternation(language: Language): string {
	return [...language.calendar.months, ...language.calendar.monthAbbreviations].join('|');
}

/** Every calendar word, names and abbreviations, as written. */
export function calendarWords(language: Language): string[] {
	const { months, monthAbbreviations, weekdays, weekdayAbbreviations } = language.calendar;
	return [...weekdays, ...weekdayAbbreviations, ...months, ...monthAbbreviations];
}

/** Lower-case words whose full stop does not end a sentence, calendar abbreviations included. */
export function sentenceAbbreviations(language: Language): Set<string> {
	const { monthAbbreviations, weekdayAbbreviations } = language.calendar;
	return new Set(
		[...language.abbreviations, ...monthAbbreviations, ...weekdayAbbreviations].map((word) => word.toLowerCase()),
	);
}
