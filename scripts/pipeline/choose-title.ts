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

/** Builds a title from the first body sentence: a whole clause when one fits, else a clean word cut with an ellipsis. */
export function titleFromLede(sentence: string): string {
	const text = withoutDateline(sentence).replace(/[.!]+$/u, '');
	if (text.length <= MAX_TITLE_LENGTH) return text;
	// Prefer ending at a clause break ("…moved straight to Moscow – sidelining the EU").
	const breaks = [...text.matchAll(/\s[–—-]\s|,\s|;\s|:\s/gu)].map((match) => match.index);
	const clause = breaks.filter((at) => at >= 40 && at <= MAX_TITLE_LENGTH).pop();
	if (clause !== undefined) return text.slice(0, clause);
	const cut = cutAtWord(text, MAX_TITLE_LENGTH - 1);
	return `${cut}…`;
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
