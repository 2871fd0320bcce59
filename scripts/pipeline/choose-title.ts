/** Picks an article's title: its headline, else a headline-like subheading, else one cut from the lede. */
import type { TitleSource } from '../../src/schemas/index.ts';
import { withoutDateline } from './dateline.ts';
import { type ArticleDiagnostic, warning } from './diagnostics.ts';
import type { Block, Sentence } from './model.ts';
import { isTitleCase } from './parse-structure.ts';

export const MAX_TITLE_LENGTH = 90;

export interface ChosenTitle {
	title: string;
	titleSource: Exclude<TitleSource, 'override'>;
	diagnostics: ArticleDiagnostic[];
}

// Words a generated title must not end on ("…missile production and").
const DANGLING = new Set([
	'a',
	'an',
	'the',
	'and',
	'or',
	'but',
	'of',
	'to',
	'in',
	'on',
	'at',
	'for',
	'with',
	'by',
	'as',
	'from',
	'that',
	'which',
	'who',
	'about',
	'its',
	'their',
	'his',
	'her',
	'is',
	'are',
	'was',
	'were',
	'has',
	'have',
	'had',
	'be',
]);

/** Cuts text to at most `max` characters at a word boundary, dropping dangling words and punctuation. */
export function cutAtWord(text: string, max = MAX_TITLE_LENGTH): string {
	const clean = text.trim().replace(/[\s.,;:!–—-]+$/u, '');
	if (clean.length <= max) return clean;
	const words = clean.slice(0, max).split(' ');
	if (clean[max] !== ' ') words.pop(); // the last word was cut through
	while (words.length > 1 && DANGLING.has(words[words.length - 1]!.toLowerCase().replace(/[^\p{L}]/gu, '')))
		words.pop();
	return words.join(' ').replace(/[\s,;:–—-]+$/u, '');
}

/** A generated title this long or shorter reads as a headline; the limit for any title is `MAX_TITLE_LENGTH`. */
export const HEADLINE_LENGTH = 70;

// An opening phrase that sets the scene before the subject ("After days of shuttle diplomacy with Kiev, …").
const LEAD_PHRASE =
	/^(?:after|before|amid|despite|following|during|in|on|as|while|with|since|under|over|for|beyond)\s[^,]{3,80},\s+/iu;
// Where the main clause ends: a dash, a semicolon or colon, a comma before a clause of its own, or a conjunction that
// starts one ("… in recent days as warnings … have collided").
const COMMA_CLAUSE_OPENERS = [
	String.raw`\p{Ll}+ing`,
	'which',
	'who',
	'while',
	'as',
	'but',
	'and',
	'after',
	'because',
	'although',
	'even',
	'saying',
	'according',
];
const CLAUSE_CONJUNCTIONS = [
	'as',
	'while',
	'because',
	'although',
	'amid',
	'even as',
	'whereas',
	'after',
	'before',
	'despite',
	'following',
];
const CLAUSE_END = new RegExp(
	String.raw`\s[–—-]\s|;\s|:\s|,\s(?=(?:${COMMA_CLAUSE_OPENERS.join('|')})\s)|\s(?=(?:${CLAUSE_CONJUNCTIONS.join('|')})\s)`,
	'gu',
);
// Where a trailing phrase can be cut off and leave a clause that still reads.
const PHRASE_START = /\s(?=(?:in|on|to|for|with|at|from|by|over|into|under|during|including|against|through)\s)/gu;

const wordCount = (text: string) => text.split(/\s+/u).filter(Boolean).length;
const tidy = (text: string) => text.trim().replace(/[\s,;:–—-]+$/u, '');
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The main clause: the text up to the first place a clause ends, when at least four words come before it. */
function mainClause(text: string): string | null {
	for (const match of text.matchAll(CLAUSE_END)) {
		const clause = tidy(text.slice(0, match.index));
		if (wordCount(clause) >= 4) return clause;
	}
	return null;
}

/** The longest part before a trailing phrase that fits in `max` and keeps at least four words. */
function beforePhrase(text: string, max: number): string | null {
	let best: string | null = null;
	for (const match of text.matchAll(PHRASE_START)) {
		const prefix = cutAtWord(text.slice(0, match.index), Number.POSITIVE_INFINITY);
		if (prefix.length <= max && wordCount(prefix) >= 4) best = prefix;
	}
	return best;
}

/**
 * Builds a headline-like title from the first body sentence: who did what, not a sentence cut short. Shorter forms
 * are tried in order, and the first that reads as a headline is kept: the sentence itself; without its opening
 * scene-setting phrase; its main clause (up to a dash, or the "as …" that starts another clause) — first within
 * `HEADLINE_LENGTH`, then within `MAX_TITLE_LENGTH`; else the main clause without its trailing phrases. Only a
 * sentence with no such break is cut at a word, with an ellipsis.
 */
export function titleFromLede(sentence: string): string {
	const text = tidy(withoutDateline(sentence).replace(/[.!]+$/u, ''));
	const withoutLead = text.replace(LEAD_PHRASE, '');
	const subject = wordCount(withoutLead) >= 4 ? capitalised(withoutLead) : text;
	const clause = mainClause(subject);
	const forms = [text, subject, clause];
	for (const limit of [HEADLINE_LENGTH, MAX_TITLE_LENGTH])
		for (const form of forms) if (form && form.length <= limit) return form;
	const shorter = beforePhrase(clause ?? subject, MAX_TITLE_LENGTH);
	if (shorter) return shorter;
	const long = clause ?? subject;
	// A "word" longer than a title (text pasted without spaces) is cut through: there is no better place.
	return `${cutAtWord(long, MAX_TITLE_LENGTH - 1) || long.slice(0, MAX_TITLE_LENGTH - 1)}…`;
}

/** Chooses the title with its source, so editors can see where it came from. */
export function chooseTitle(headline: string | null, blocks: Block[], sentences: Sentence[]): ChosenTitle {
	if (headline) return { title: headline, titleSource: 'headline', diagnostics: [] };
	const subhead = blocks.find(
		(block): block is Extract<Block, { kind: 'heading' }> =>
			block.kind === 'heading' &&
			!block.text.endsWith('?') &&
			block.text.split(' ').length >= 4 &&
			isTitleCase(block.text),
	);
	if (subhead)
		return {
			title: subhead.text,
			titleSource: 'subhead',
			diagnostics: [warning('choose-title:first-subheading', 'no headline line; the title is the first subheading')],
		};
	const lede = sentences.find((sentence) => sentence.kind === 'body' && !sentence.text.endsWith('?'));
	if (!lede)
		return {
			title: 'Untitled article',
			titleSource: 'generated',
			diagnostics: [warning('choose-title:untitled', 'no headline and no body sentence to build a title from')],
		};
	return {
		title: titleFromLede(lede.text),
		titleSource: 'generated',
		diagnostics: [
			warning('choose-title:first-sentence', 'no headline line; the title was generated from the first sentence'),
		],
	};
}
