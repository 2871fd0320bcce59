/**
 * Finds who states a figure, as the article attributes it: "according to Ukraine's air force", "the Russian defense
 * ministry announced", "Mediazona reports that…". The claimant is an entity id when the attribution names a known
 * entity, else the article's words ("the regional governor").
 */
import { alternation, language, speechVerbForms } from '../lang/index.ts';
import type { EntityMention } from '../model.ts';

/** An attribution in a sentence: who, and where the words stand. */
export interface Attribution {
	/** Entity id, or the attribution's words; empty for a pronoun, which the caller resolves. */
	claimedBy: string;
	start: number;
	end: number;
	/** True for "he said", "it also said": the sentence names a claimant by pronoun, who was named just before. */
	pronoun?: true;
}

const VERBS = alternation(speechVerbForms(language, 'claim'));
// Lower case only: "United States officials" holds no verb.
const REPORTING_VERB = new RegExp(String.raw`\b(?:${VERBS})\b`, 'g');
// "It also said…", "he added": an explicit attribution whose claimant the paragraph has just named.
const PRONOUN_VERB = new RegExp(
	String.raw`\b(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey)\s+(?:(?:also|later|further|then|again)\s+)?(?:${VERBS})\b`,
	'g',
);
const ACCORDING_TO = /\baccording to\s+/gi;
const BY_SOURCE = /\b(?:reported|announced|cited|confirmed|stated|published|given|released) by\s+/gi;
// "had been confirmed", "was reported": passive, no claimant before the verb.
const PASSIVE_BEFORE = /\b(?:been|be|being|was|were|is|are|reportedly)\s+$/i;
const SEGMENT_BREAK = /[,;:“”"(—–]|\bthat\b|\bwhile\b|\bas\b|\band\b(?=\s+[a-z])/g;
const PRONOUN = /^(?:he|she|they|it|we|i|you|who|which|this|that|these|those|one|there)$/i;
// "the report", "its claims": the verb is a noun here.
const DETERMINER_LAST =
	/\b(?:the|a|an|this|that|these|those|its|their|his|her|our|new|latest|recent|multiple|such|\S+['’]s)$/i;
const SOURCE_NOUNS = [
	'officials?',
	'authorities',
	'agenc(?:y|ies)',
	'reports?',
	'sources?',
	'governors?',
	'ministry',
	'ministries',
	'military',
	'army',
	'police',
	'analysts?',
	'data',
	'figures',
	'monitors?',
	'spokes(?:person|man|woman)',
	'statements?',
	'residents?',
	'prosecutors?',
	'investigators?',
	'observers?',
	'media',
	'outlets?',
	'witnesses',
	'commanders?',
	'mayors?',
	'administrations?',
	'services?',
	'force',
	'forces',
	'staff',
	'command',
	'defen[cs]es?',
	'government',
	'office',
];
const SOURCE_NOUN = new RegExp(String.raw`\b(?:${SOURCE_NOUNS.join('|')})\b`, 'i');
const AUXILIARIES = [
	'has',
	'have',
	'had',
	'was',
	'were',
	'is',
	'are',
	'will',
	'would',
	'could',
	'should',
	'may',
	'might',
	'can',
	'did',
	'does',
	'do',
];
const CLOSED_CLASS_ENDINGS = [
	'after',
	'before',
	'of',
	'in',
	'to',
	'from',
	'with',
	'by',
	'for',
	'on',
	'at',
	'since',
	'than',
	'when',
	'if',
	'because',
	'amid',
	'but',
	'or',
	'so',
	'then',
	'also',
	'not',
];
// A claimant is a noun phrase: no auxiliary verb inside, no preposition or conjunction at its end.
const NOT_A_NOUN_PHRASE = new RegExp(
	String.raw`\b(?:${AUXILIARIES.join('|')})\b|\b(?:${CLOSED_CLASS_ENDINGS.join('|')})$`,
	'i',
);
const PREPOSITION = /\b(?:of|in|by|from|at|for|with|on|to|about)\b/i;
const TRAILING_TIME = /\s+(?:on|late|early|last|this|overnight|earlier|later|in a|at)\b.*$/i;
const MAX_WORDS = 8;

const PLAIN_OPENERS = [
	'The',
	'Officials?',
	'Reports?',
	'Sources?',
	'Residents?',
	'Authorities',
	'Analysts?',
	'Witnesses',
	'Observers?',
	'Local',
	'Regional',
	'Military',
	'Emergency',
	'Police',
	'Prosecutors?',
	'Investigators?',
	'Monitors?',
	'Media',
];
// Plain nouns that open a sentence ("Officials reported…") are capitalised only by position.
const PLAIN_OPENING = new RegExp(String.raw`^(?:${PLAIN_OPENERS.join('|')})\b`);

/** The claimant's words, cleaned: trimmed, a plain noun capitalised only because it opens the sentence lower-cased. */
function words(text: string): string {
	return text
		.trim()
		.replace(PLAIN_OPENING, (word) => word.toLowerCase())
		.replace(/[\s.,]+$/, '');
}

/** The entity id the attribution names, when a known entity ends it and no preposition leads to it; else its words. */
export function resolveClaimant(text: string, start: number, end: number, mentions: readonly EntityMention[]): string {
	const span = text.slice(start, end);
	const trimmedEnd = start + span.replace(/[\s.,]+$/, '').length;
	for (const mention of mentions) {
		const mentionEnd = mention.start + mention.surface.length;
		if (mention.start < start || mentionEnd !== trimmedEnd) continue;
		const lead = text.slice(start, mention.start);
		if (!PREPOSITION.test(lead) && !/['’]s\s*$/.test(lead)) return mention.key;
	}
	return words(span);
}

/** The noun phrase right before a reporting verb, back to the nearest comma or "that"; null when it is no claimant. */
function phraseBefore(text: string, verbStart: number): { start: number; end: number } | null {
	const before = text.slice(0, verbStart);
	if (PASSIVE_BEFORE.test(before)) return null;
	// Segments between breaks, last first: the claimant is the last one, or for "Serhiy Kyslytsia, a member of the
	// delegation, said" (an appositive set off by commas right before the verb) the one before it.
	const starts = [0, ...[...before.matchAll(SEGMENT_BREAK)].map((match) => match.index! + match[0].length)];
	let start = starts.at(-1)!;
	let phrase = before.slice(start);
	if (!phrase.trim() && /,\s*$/.test(before) && starts.length >= 3 && before[starts.at(-2)! - 1] === ',') {
		const appositive = before.slice(starts.at(-2)!, starts.at(-1)! - 1);
		const name = before.slice(starts.at(-3)!, starts.at(-2)! - 1);
		if (/^\s*(?:a|an|the|who)\s/.test(appositive) && /^\s*[A-Z]/.test(name)) {
			start = starts.at(-3)!;
			phrase = name;
		}
	}
	let trimmed = phrase.trim();
	// "the … Mission in Ukraine (HRMMU) verified": the acronym in brackets names the claimant the break cut off.
	const acronym = /^(\p{Lu}[\p{Lu}\p{N}-]{1,11})\)$/u.exec(trimmed);
	if (acronym) trimmed = acronym[1]!;
	if (!trimmed) return null;
	const tokens = trimmed.split(/\s+/);
	if (tokens.length > MAX_WORDS || PRONOUN.test(trimmed) || DETERMINER_LAST.test(trimmed) || /\d/.test(trimmed))
		return null;
	if (NOT_A_NOUN_PHRASE.test(trimmed)) return null;
	if (!/[A-Z]/.test(trimmed) && !SOURCE_NOUN.test(trimmed)) return null;
	const offset = start + phrase.indexOf(trimmed);
	return { start: offset, end: offset + trimmed.length };
}

/** The words after "according to" or "reported by", up to the end of the clause. */
function phraseAfter(text: string, from: number): { start: number; end: number } | null {
	const rest = text.slice(from);
	const clause = /^[^,;:.—–()“”"]+/.exec(rest)?.[0] ?? '';
	const phrase = clause
		.replace(TRAILING_TIME, '')
		.replace(/\s+that\b.*$/, '')
		.trimEnd();
	if (!phrase || phrase.split(/\s+/).length > MAX_WORDS + 2) return null;
	return { start: from, end: from + phrase.length };
}

/** Every attribution in a sentence, in order of position. */
export function findAttributions(text: string, mentions: readonly EntityMention[]): Attribution[] {
	const found: Attribution[] = [];
	const add = (span: { start: number; end: number } | null) => {
		if (!span || found.some((other) => span.start < other.end && span.end > other.start)) return;
		found.push({ claimedBy: resolveClaimant(text, span.start, span.end, mentions), ...span });
	};
	for (const match of text.matchAll(ACCORDING_TO)) add(phraseAfter(text, match.index! + match[0].length));
	for (const match of text.matchAll(BY_SOURCE)) add(phraseAfter(text, match.index! + match[0].length));
	for (const match of text.matchAll(REPORTING_VERB)) add(phraseBefore(text, match.index!));
	for (const match of text.matchAll(PRONOUN_VERB)) {
		const span = { start: match.index!, end: match.index! + match[0].length };
		if (!found.some((other) => span.start < other.end && span.end > other.start))
			found.push({ claimedBy: '', ...span, pronoun: true });
	}
	return found.sort((a, b) => a.start - b.start);
}

/** The attribution nearest to `[start, end)`, or null. */
export function nearestAttribution(
	attributions: readonly Attribution[],
	start: number,
	end: number,
): Attribution | null {
	let best: Attribution | null = null;
	let bestDistance = Infinity;
	for (const attribution of attributions) {
		const distance = attribution.end <= start ? start - attribution.end : Math.max(0, attribution.start - end);
		if (distance < bestDistance) [best, bestDistance] = [attribution, distance];
	}
	return best;
}
