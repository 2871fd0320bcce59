/**
 * Reads the shape of a cleaned article: headline, masthead (byline, dated line), subheadings, key-points
 * box, lists, bold lead-ins and a closing analysis paragraph. Every line of text ends up in exactly one block.
 */

import type { CleanLine } from './clean-text.ts';
import type { Block } from './model.ts';

export interface ParsedStructure {
	/** The first line when it reads as a headline, else null. */
	headline: string | null;
	/** Line number of the headline, when there is one. */
	headlineLine: number | null;
	blocks: Block[];
}

const BULLET = /^(?:[•·▪◦●‣∙]|[-*–—](?=\s))\s*(.*)$/u;
const KEY_POINTS_LABELS = [
	'quick read',
	'key points',
	'key takeaways',
	'takeaways',
	'at a glance',
	'in brief',
	'the essentials',
	'summary',
	'highlights',
	'key highlights',
	'key events',
	'key developments',
	'what we know',
];
const KEY_POINTS_LABEL = new RegExp(String.raw`^(${KEY_POINTS_LABELS.join('|')})\s*:?$`, 'i');
// Words kept lower-case in a title-case label or heading.
const MINOR_WORDS = new Set([
	'a',
	'an',
	'the',
	'and',
	'or',
	'but',
	'nor',
	'as',
	'at',
	'by',
	'for',
	'in',
	'of',
	'on',
	'to',
	'up',
	'vs',
	'via',
	'with',
	'from',
	'into',
	'over',
	'amid',
	'after',
	'than',
	'not',
	'is',
	'are',
	'be',
]);

// Masthead lines between the headline and the body: a byline ("By Olga Rudenko", "By Jane Doe and John Roe,
// Reuters") and a dated line ("Published: 3 December 2025", "Updated Dec. 4, 2025 10:02 GMT"). Short lines
// without closing punctuation, so without this they would read as subheadings.
// Case matters: the names after "By" are capitalised ("By the Numbers" is a subheading).
const BYLINE =
	/^(?:By|BY|by)\s+\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:and\s+|&\s+)?\p{Lu}[\p{L}\p{M}.'’-]*){0,5}(?:\s*[,|–—-]\s*[^.!?]{1,60})?$/u;
const DATED_LINE =
	/^(?:published|updated|posted|last updated|first published)(?:\s+on)?\s*:?\s+[^.!?]{0,60}\d{4}[^.!?]{0,30}$/i;
/** True for a byline or a dated masthead line. */
export const isMastheadLine = (text: string) => text.length <= 120 && (BYLINE.test(text) || DATED_LINE.test(text));

const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean);
const endsLikeSentence = (text: string) => /[.!;,:…]["”’')\]]*$/u.test(text);

/** True when most words start with a capital (minor words aside), as in "Russia Advances on the Ground". */
export function isTitleCase(text: string): boolean {
	const words = wordsOf(text.replace(/[^\p{L}\p{N}\s'’-]/gu, ' '));
	if (words.length === 0) return false;
	const significant = words.filter((word, index) => index === 0 || !MINOR_WORDS.has(word.toLowerCase()));
	const capitalised = significant.filter((word) => /^[\p{Lu}\p{N}]/u.test(word));
	return capitalised.length / significant.length >= 0.75;
}

/** A standalone short line without closing punctuation (or a short title-case question) is a heading. */
export function isHeadingLine(text: string): boolean {
	const words = wordsOf(text);
	if (words.length === 0 || words.length > 20 || text.length > 140) return false;
	if (BULLET.test(text)) return false;
	if (text.endsWith('?')) return words.length <= 14 && isTitleCase(text);
	return !endsLikeSentence(text) && /^[\p{Lu}\p{N}"“‘']/u.test(text);
}

/** The first line is a headline when it has no closing punctuation and is a plausible length. */
export function isHeadlineLine(text: string): boolean {
	const words = wordsOf(text);
	return words.length >= 3 && words.length <= 30 && text.length <= 220 && !endsLikeSentence(text) && !BULLET.test(text);
}

/** Splits "Label: rest" when the label is a short title-case phrase and the rest a sentence. */
export function splitLead(text: string): { lead: string; rest: string } | null {
	const match = /^([^:.!?]{2,60}):\s+(\S.*)$/u.exec(text);
	if (!match) return null;
	const [, lead, rest] = match as unknown as [string, string, string];
	if (wordsOf(lead).length > 8 || !isTitleCase(lead) || (!endsLikeSentence(rest) && !rest.endsWith('?'))) return null;
	return { lead, rest };
}

/**
 * Indices of standalone question lines that head the paragraph after them, in an explainer written as questions
 * and answers ("What does the plan say about territory?"). One such line is a rhetorical question and stays text;
 * two or more, each followed by an answer, are the article's subheadings.
 */
export function questionHeadings(textLines: readonly CleanLine[], from: number): Set<number> {
	const found = new Set<number>();
	for (let index = from; index < textLines.length - 1; index++) {
		const text = textLines[index]!.text;
		const next = textLines[index + 1]!.text;
		if (
			text.endsWith('?') &&
			wordsOf(text).length <= 14 &&
			!BULLET.test(text) &&
			!next.endsWith('?') &&
			!BULLET.test(next)
		)
			found.add(index);
	}
	return found.size >= 2 ? found : new Set();
}

/** Groups cleaned lines into blocks. */
export function parseStructure(lines: CleanLine[]): ParsedStructure {
	const blocks: Block[] = [];
	const textLines = lines.filter((entry) => entry.text !== '');
	let headline: string | null = null;
	let headlineLine: number | null = null;
	let index = 0;
	if (textLines[0] && isHeadlineLine(textLines[0].text) && textLines.length > 1) {
		headline = textLines[0].text;
		headlineLine = textLines[0].line;
		index = 1;
	}
	// Masthead lines come only before the first block of the body.
	while (index < textLines.length - 1 && isMastheadLine(textLines[index]!.text)) {
		const { text, line } = textLines[index]!;
		blocks.push({ kind: 'paragraph', line, text, lead: null, role: 'byline' });
		index++;
	}
	const questions = questionHeadings(textLines, index);
	while (index < textLines.length) {
		const { text, line } = textLines[index]!;
		const bullet = BULLET.exec(text);
		if (KEY_POINTS_LABEL.test(text) && textLines[index + 1] && BULLET.test(textLines[index + 1]!.text)) {
			const items = collectBullets(textLines, index + 1);
			blocks.push({ kind: 'key-points', line: textLines[index + 1]!.line, items });
			index += 1 + items.length;
			continue;
		}
		if (bullet) {
			const items = collectBullets(textLines, index);
			blocks.push({ kind: 'list', line, items });
			index += items.length;
			continue;
		}
		const isQuestionHeading = questions.has(index);
		index++;
		const isLast = index === textLines.length;
		if (!isLast && (isHeadingLine(text) || isQuestionHeading)) {
			blocks.push({ kind: 'heading', line, text });
			continue;
		}
		const lead = splitLead(text);
		if (lead && /^analysis$/i.test(lead.lead)) {
			blocks.push({ kind: 'paragraph', line, text: lead.rest, lead: lead.lead, role: 'analysis' });
		} else if (lead) {
			blocks.push({ kind: 'paragraph', line, text: lead.rest, lead: lead.lead, role: 'body' });
		} else {
			blocks.push({ kind: 'paragraph', line, text, lead: null, role: 'body' });
		}
	}
	return { headline, headlineLine, blocks };
}

function collectBullets(lines: CleanLine[], from: number): string[] {
	const items: string[] = [];
	for (let index = from; index < lines.length; index++) {
		const match = BULLET.exec(lines[index]!.text);
		if (!match) break;
		items.push(match[1]!.trim());
	}
	return items;
}
