/** Words that report speech, and the phrases that name an unnamed speaker ("Western diplomats"). */
import { alternation, language, speechVerbForms, speechVerbLemmas, speechVerbPasts } from '../lang/index.ts';

// Speech verbs that introduce a quotation, from the language module.
const VERB_SOURCE = alternation(speechVerbForms(language, 'quote'));

/** Any speech verb, as a whole word. */
export const SPEECH_VERB = new RegExp(`\\b(?:${VERB_SOURCE})\\b`, 'giu');

/** A speech verb at the very start of a text (after spaces). */
export const LEADING_SPEECH_VERB = new RegExp(`^[\\s\\u00a0]*(?:${VERB_SOURCE})\\b`, 'iu');

/** An unnamed speaker before a speech verb at the start of a text ("the regional governor said"). */
export const LEADING_SPEAKER_PHRASE = new RegExp(
	`^((?:the|a|an)\\s+[\\p{L}’'\\s-]{1,40}?)\\s+(?:${VERB_SOURCE})\\b`,
	'iu',
);

// Nouns for speakers the article does not name.
const SPEAKER_NOUNS = [
	'officials?',
	'diplomats?',
	'analysts?',
	'sources?',
	'spokes(?:man|woman|person)',
	'governor',
	'mayor',
	'commander',
	'residents?',
	'witnesses',
	'experts?',
	'critics',
	'observers',
	'lawmakers',
	'prosecutors?',
	'police',
	'ministry',
	'agency',
	'statement',
	'aides?',
	'envoys?',
	'negotiators?',
	'delegates?',
	'leaders?',
];
/** Nouns for speakers the article does not name, with up to two words before ("the regional governor"). */
export const SPEAKER_PHRASE = new RegExp(
	String.raw`\b(?:(?:the|a|an)\s+)?(?:[\p{L}’'-]+\s+){0,2}?(?:${SPEAKER_NOUNS.join('|')})\b`,
	'giu',
);

/** Words right before an opening mark that make a short quotation a name or a term, not speech. */
export const TERM_LEAD =
	/(?:\bso[-\s]called|\ba|\ban|\bthe|\bdubbed|\bterm|\bword|\bphrase|\bnamed|\bknown\s+as|\blabell?ed|\bbranded|\btitled|\bentitled)[\s\u00a0]*$/iu;

/** He or she, as a subject. */
export const PRONOUN = /\b(?:he|she)\b/giu;

/** Lemmas of the speech verbs whose bare "X said" makes an event label take the clause it reports. */
export const TITLE_SPEECH_LEMMAS = speechVerbLemmas(language, 'title');

/** "The IMF announced that it had reached …": a claim verb, "that" and a pronoun standing for the speaker. */
export const REPORTED_THAT = new RegExp(
	String.raw`^(.+?)\s+(?:${speechVerbPasts(language, 'claim').join('|')})\s+that\s+(?:it|they|he|she)\s+(?:had\s+|has\s+|have\s+)?(.+)$`,
	'u',
);
