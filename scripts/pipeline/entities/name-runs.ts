/** Cuts a sentence into runs of capitalised words that may be names, with titles taken off. */

import type { Token } from '../annotate/tokens.ts';
import type { GazetteerHit } from './gazetteer-hits.ts';
import { lexiconTags } from './lexicon.ts';
import {
	AND_NAME_FOLLOWERS,
	NAME_PARTICLES,
	POSSESSIVE_NAME_WORDS,
	SENTENCE_OPENERS,
	TITLE_QUALIFIERS,
	TITLE_WORDS,
} from './word-lists.ts';

/** A run of capitalised words: a candidate name. */
export interface NameRun {
	tokens: readonly Token[];
	/** Offset of the first word in the sentence. */
	start: number;
	/** Offset just past the last word. */
	end: number;
	/** True when a title or rank stood before it ("Defence Minister Rustem Umerov"). */
	titled: boolean;
	/** The gazetteer surname that ends the run, when it does ("Dan P. Driscoll"). */
	soft: GazetteerHit | null;
}

const NAME_TAGS = /Name|Person|Place|Country|City|Region|Organization|Honorific/;
const ADJECTIVE_SUFFIXES = [
	'backed',
	'based',
	'linked',
	'led',
	'born',
	'made',
	'owned',
	'run',
	'controlled',
	'held',
	'occupied',
	'allied',
	'aligned',
	'funded',
	'supplied',
	'built',
	'style',
	'era',
	'bound',
	'friendly',
	'registered',
	'flagged',
	'leaning',
];
// "Rwanda-backed", "Khartoum-based", "al-Qaida-linked": adjectives made from a name, never a name themselves.
const COMPOUND_ADJECTIVE = new RegExp(`-(?:${ADJECTIVE_SUFFIXES.join('|')})$`, 'iu');
// "al-Burhan", "el-Sisi", "wal-Muslimin": Arabic articles and conjunctions written in lower case inside a name.
const NAME_PREFIX = /^(?:al|el|ad|ash|as|at|az|ar|an|wal|bil|ul)-\p{Lu}/u;
// "72nd", "36th": an ordinal that belongs to the unit it numbers ("the 72nd Brigade").
const ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/u;
// Heads of military units, which keep their number ("47th Brigade", "8th Army", "3rd Assault Brigade").
const UNIT_HEADS = new Set([
	'Brigade',
	'Battalion',
	'Regiment',
	'Division',
	'Corps',
	'Army',
	'Fleet',
	'Squadron',
	'Detachment',
	'Flotilla',
	'Group',
]);

// Words for the people of a unit, which open a phrase rather than a name ("Units of the Yug battlegroup").
const GROUPS_OF = new Set(['Units', 'Soldiers', 'Troops', 'Fighters', 'Servicemen', 'Elements', 'Members']);

/** True for a word that may stand in a name: capitalised, or a lower-case Arabic article joined to a capital. */
const nameWord = (token: Token) => (token.capitalised && /\p{L}/u.test(token.text[0]!)) || NAME_PREFIX.test(token.text);

/** True when a capitalised word at the start of a sentence is an ordinary word ("Will", "Late"). */
function isOrdinaryOpener(word: string, demonyms: ReadonlyMap<string, string>): boolean {
	if (SENTENCE_OPENERS.has(word) || demonyms.has(word)) return true;
	const tags = lexiconTags(word);
	return tags !== '' && !NAME_TAGS.test(tags);
}

const bare = (word: string) => word.replace(/\.$/, '');

/** Splits off a leading title ("Secretary of State", "Russian President"); returns how many words it takes. */
function titleLength(tokens: readonly Token[], demonyms: Map<string, string>): number {
	let length = 0;
	let sawTitle = false;
	for (let i = 0; i < tokens.length; i++) {
		const word = bare(tokens[i]!.text);
		const isTitle = TITLE_WORDS.has(word);
		if (!isTitle && !TITLE_QUALIFIERS.has(word) && !demonyms.has(word)) break;
		if (isTitle) sawTitle = true;
		if (sawTitle && !NAME_PARTICLES.has(word)) length = i + 1;
	}
	// "Prime Minister of Lithuania Inga Ruginiene": the country an office is of belongs to the title when a name of
	// two words or more follows it.
	if (sawTitle && tokens[length]?.text === 'of' && tokens.length - (length + 2) >= 2) length += 2;
	return sawTitle ? length : 0;
}

/** The candidate name runs of one sentence, given its words and its gazetteer hits. */
export function findNameRuns(
	text: string,
	tokens: readonly Token[],
	hits: GazetteerHit[],
	demonyms: Map<string, string>,
): NameRun[] {
	// Hits and tokens both run left to right, so one sweep marks the words a hard hit covers.
	const hard = hits.filter((hit) => !hit.soft);
	const coveredSet = new Set<Token>();
	let h = 0;
	for (const token of tokens) {
		while (h < hard.length && hard[h]!.end <= token.start) h++;
		if (h < hard.length && token.start < hard[h]!.end && token.end > hard[h]!.start) coveredSet.add(token);
	}
	const covered = (token: Token) => coveredSet.has(token);
	const soft = new Map(hits.filter((hit) => hit.soft).map((hit) => [`${hit.start}:${hit.end}`, hit]));
	const softAt = (token: Token) => soft.get(`${token.start}:${token.end}`) ?? null;

	// Particles join a name only when a capitalised word follows them ("Institute for the Study of War").
	const continuesName = (from: number): boolean => {
		let i = from;
		while (tokens[i] && NAME_PARTICLES.has(tokens[i]!.text)) i++;
		return tokens[i] !== undefined && tokens[i]!.capitalised && !covered(tokens[i]!);
	};
	// "Location and Event Data project": an "and" between capitalised words, when the words after it end before a noun
	// that names a single body of work, joins one name.
	const andJoinsName = (from: number): boolean => {
		let i = from;
		while (tokens[i]?.capitalised && !covered(tokens[i]!)) i++;
		return i > from && AND_NAME_FOLLOWERS.has(tokens[i]?.text ?? '');
	};
	const raw: Token[][] = [];
	let current: Token[] = [];
	const close = () => {
		while (current.length && NAME_PARTICLES.has(current[current.length - 1]!.text)) current.pop();
		if (current.length) raw.push(current);
		current = [];
	};
	for (const [i, token] of tokens.entries()) {
		const previous = current[current.length - 1];
		const gap = previous ? text.slice(previous.end, token.start) : '';
		// "People's Defense Force": a plural's possessive that opens a name stays in it.
		const namePossessive =
			previous?.possessive === true && POSSESSIVE_NAME_WORDS.has(previous.text) && /^['’]s?[ \u00a0]$/u.test(gap);
		const joined =
			previous !== undefined &&
			((/^[ \u00a0]$/u.test(gap) && !previous.possessive) || namePossessive) &&
			!softAt(previous);
		if (!joined) close();
		if (covered(token) || COMPOUND_ADJECTIVE.test(token.text)) close();
		else if (nameWord(token)) current.push(token);
		else if (!current.length && ORDINAL.test(token.text) && tokens[i + 1]?.capitalised) current.push(token);
		else if (current.length && NAME_PARTICLES.has(token.text) && continuesName(i + 1)) current.push(token);
		else if (current.length && token.text === 'and' && andJoinsName(i + 1)) current.push(token);
		else close();
	}
	close();

	const runs: NameRun[] = [];
	for (let words of raw) {
		// A number belongs to a unit's name ("72nd Brigade") and to nothing else ("the 80th Victory Day").
		if (ORDINAL.test(words[0]!.text) && !UNIT_HEADS.has(words[words.length - 1]!.text)) words = words.slice(1);
		if (!words.length) continue;
		// A lone word stays: it only becomes a mention as the surname of someone named in full ("Burns said").
		while (words.length > 1 && words[0]!.initial && isOrdinaryOpener(words[0]!.text, demonyms)) words = words.slice(1);
		// "Units of the Tsentr battlegroup", "Soldiers of the 47th Brigade": a plural noun opening the sentence (or the
		// text after a dateline), or a word for troops anywhere, and the "of the" after it, are not part of the name.
		if (
			words.length > 2 &&
			(words[0]!.initial || GROUPS_OF.has(words[0]!.text)) &&
			/s$/u.test(words[0]!.text) &&
			words[1]!.text === 'of'
		)
			words = words.slice(1);
		const title = titleLength(words, demonyms);
		const titled = title > 0;
		words = words.slice(title);
		while (words.length && NAME_PARTICLES.has(words[0]!.text)) words = words.slice(1);
		if (!words.length) continue;
		const last = words[words.length - 1]!;
		runs.push({ tokens: words, start: words[0]!.start, end: last.end, titled, soft: softAt(last) });
	}
	return runs;
}
