/**
 * The language module: every English word list the pipeline reads, behind one `Language` type. Stages import
 * `language` from here and build their patterns from it (`patterns.ts`); none keeps a word list of its own.
 */
import { english } from './en/index.ts';
import type { Language } from './language.ts';

export type { Hedge, Language, Rank, SpeechVerb } from './language.ts';
export {
	alternation,
	calendarWords,
	monthAlternation,
	sentenceAbbreviations,
	speechVerbForms,
	speechVerbLemmas,
	speechVerbPasts,
} from './patterns.ts';
export { english };

/** The language the pipeline reads articles in. */
export const language: Language = english;
