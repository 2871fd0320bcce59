/** Brings an event label within the length limit without cutting a word in half. */
import { REPORTED_THAT } from '../attribution/index.ts';

export const MAX_TITLE_LENGTH = 90;

// "The IMF announced that it had reached …" → "The IMF reached …".
const REPORTED = REPORTED_THAT;
// Where a trailing phrase can be cut off and leave a sentence that still reads.
const PHRASE_OPENERS = [
	'in',
	'on',
	'to',
	'for',
	'with',
	String.raw`at(?!\s+(?:least|most)\b)`,
	'from',
	'by',
	'after',
	'before',
	'over',
	'into',
	'under',
	'amid',
	'during',
	'including',
	'while',
	'despite',
	'against',
	'through',
	'following',
	'as',
	'when',
	'where',
	'because',
];
const PHRASE_START = new RegExp(String.raw`\s(?:${PHRASE_OPENERS.join('|')})\s`, 'giu');
const DANGLING =
	/(?:[\s,;:—–-]+|\s+(?:and|or|but|of|the|a|an|to|in|on|for|with|at|by|from|as|that|its|their|his|her))+$/iu;

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The longest prefix ending before a preposition or a subordinate clause that fits, if it keeps at least four words. */
export function cutAtPhrase(title: string, keep = 0): string | null {
	let best: string | null = null;
	for (const match of title.matchAll(PHRASE_START)) {
		if (match.index < keep) continue;
		const prefix = title.slice(0, match.index).replace(DANGLING, '');
		if (prefix.length <= MAX_TITLE_LENGTH && wordCount(prefix) >= 4) best = prefix;
	}
	return best;
}

/** Cuts at the last whole word that leaves room for an ellipsis. */
function cutAtWord(title: string): string {
	const room = title.slice(0, MAX_TITLE_LENGTH - 1);
	const lastSpace = room.lastIndexOf(' ');
	const prefix = (lastSpace > 0 ? room.slice(0, lastSpace) : room).replace(DANGLING, '');
	return `${prefix}…`;
}

/**
 * The label itself when it fits; else shorter forms of it, tried in order of how much they keep. `keep` is how many
 * characters a cut at a phrase must leave (the label's verb, so that "X in Ukraine verified…" is not cut to "X").
 */
export function fitTitle(title: string, keep = 0): string {
	if (title.length <= MAX_TITLE_LENGTH) return title;
	let shorter = title;
	const reported = REPORTED.exec(shorter);
	if (reported) shorter = `${reported[1]} ${reported[2]}`;
	if (shorter.length > MAX_TITLE_LENGTH) shorter = shorter.replace(/^The\s+(\p{Lu})/u, '$1');
	if (shorter.length <= MAX_TITLE_LENGTH) return shorter;
	return cutAtPhrase(shorter, keep - (title.length - shorter.length)) ?? cutAtWord(shorter);
}
