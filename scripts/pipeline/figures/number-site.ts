/** Finds the numbers of a sentence that may be figures, with their hedge words and the phrase each one counts. */

import { type AnnotatedSentence, clauseAround, type NumberMatch } from '../annotate/index.ts';
import { nonFigureReason, type Span } from './non-figures.ts';
import { type QualifierReading, readQualifier } from './qualifier.ts';

/** A number in a sentence, read with what it counts. */
export interface NumberSite {
	number: NumberMatch;
	qualifier: QualifierReading;
	/** The counted phrase after the number ("Shahed drones", "Russian officers"), possibly empty. */
	phrase: Span & { text: string };
	/** The clause the number and its hedge stand in (between semicolons, colons or dashes). */
	clause: Span;
	/** The number of the sentence this one borrows its noun from (or, for a `whole`, its part), or null. */
	parent: NumberSite | null;
	/**
	 * `part` for "including 52 …"; `borrow` for "of which 97 …", "97 of which …", "from 28 points to 19" and the
	 * part in "27 of the 30 missiles"; `whole` for the 30 there, which counts something else than its part; `item` for
	 * a later number of a list by place ("47 drones over the Bryansk Region, 30 over the Kursk Region and four over
	 * …"), whose parent is the list's first number, the one that says what is counted.
	 */
	relation: 'part' | 'borrow' | 'whole' | 'item' | null;
}

// Words that end a counted phrase: "400 drones | and", "17 locations | were hit".
const STOP = new Set(
	(
		'a an the of in on at to from by with without over under into onto across during since for and or but nor that which who ' +
		'whom whose were was are is be been being have has had will would could should may might can did do does including each ' +
		'per than as while after before this these those their its his her our they it he she we not no so if also still only ' +
		'just all both against overnight yesterday today tonight alone amid near toward towards through between among about ' +
		'around out up down off daily when where until within according reportedly there here then again last'
	).split(' '),
);
const PHRASE_WORD = /^[\p{L}’'][\p{L}\p{N}’'-]*/u;
const PART = /(?:^|[\s,(–—-])(?:including|incl\.|among them|among whom|of whom)\s*$/i;
const BORROW = /(?:^|[\s,(–—-])(?:of which|of them|of these|of those)\s*$/i;
const OF_WHICH_AFTER = /^\s+of\s+(?:which|them|these|those)\b/i;
// ", 30 over the Kursk Region", "and four over the Republic of Crimea": a number of a list by place, its noun left out.
const PLACE_AFTER_NUMBER = /^\s+(?:over|in|above|across|near|inside|on)\s+(?:the\s+)?\p{Lu}/u;
// What stands between two numbers of such a list: the earlier one's place, then a comma or "and".
const PLACE_THEN_JOIN = /\b(?:over|in|above|across|near|inside|on)\s+(?:the\s+)?\p{Lu}[^,;:()]*(?:,|,?\s+and)\s*$/u;
// "27 of the 30 missiles", "85 of 99 drones".
const PARTITIVE = /^\s+(?:out\s+)?of\s+(?:the\s+|a\s+total\s+of\s+)?$/i;

/** Reads the counted phrase that starts at `from`: up to four words before a stop word or punctuation. */
function readPhrase(sentence: string, from: number): Span & { text: string } {
	// "14-hour blackouts", "28-point plan": the word after the hyphen is what is counted, and only that word
	// ("a nine-storey apartment building" counts storeys, not buildings).
	if (sentence[from] === '-') {
		const compound = PHRASE_WORD.exec(sentence.slice(from + 1));
		const word = compound?.[0].split('-')[0] ?? '';
		return word ? { start: from + 1, end: from + 1 + word.length, text: word } : { start: from, end: from, text: '' };
	}
	// "1,200 of its soldiers": the phrase is what follows the possessive.
	const possessive = /^\s+of\s+(?:its|their|our|his|her)\s+/i.exec(sentence.slice(from));
	const position = possessive ? from + possessive[0].length : from + (/^\s/.test(sentence.slice(from)) ? 1 : 0);
	let end = from;
	let count = 0;
	let cursor = position;
	while (count < 4) {
		const match = PHRASE_WORD.exec(sentence.slice(cursor));
		if (!match) break;
		const word = match[0].replace(/[’']s$/, '');
		if (STOP.has(word.toLowerCase())) break;
		end = cursor + match[0].length;
		count += 1;
		if (sentence[end] !== ' ') break;
		cursor = end + 1;
	}
	const start = end === from ? from : position;
	return { start, end, text: sentence.slice(start, end) };
}

/** The numbers of `annotated` that may be figures, in order; `reserved` spans (dates, names) hold none. */
export function readNumberSites(annotated: AnnotatedSentence, reserved: readonly Span[]): NumberSite[] {
	const sentence = annotated.text;
	const sites: NumberSite[] = [];
	for (const number of annotated.numbers) {
		if (nonFigureReason(sentence, number, reserved)) continue;
		const qualifier = readQualifier(sentence, number.start, number.end);
		const site: NumberSite = {
			number,
			qualifier,
			phrase: readPhrase(sentence, number.end),
			clause: clauseAround(annotated, qualifier.start, number.end),
			parent: null,
			relation: null,
		};
		const previous = sites.at(-1);
		if (
			previous &&
			previous.phrase.text === '' &&
			previous.relation === null &&
			PARTITIVE.test(sentence.slice(previous.number.end, site.qualifier.start))
		) {
			[previous.parent, previous.relation] = [site, 'borrow'];
			[site.parent, site.relation] = [previous, 'whole'];
		} else if (
			previous &&
			site.phrase.text === '' &&
			(previous.relation === 'item' || (previous.relation === null && previous.phrase.text !== '')) &&
			PLACE_AFTER_NUMBER.test(sentence.slice(site.number.end)) &&
			PLACE_THEN_JOIN.test(sentence.slice(previous.phrase.end, site.qualifier.start))
		) {
			[site.parent, site.relation] = [previous.relation === 'item' ? previous.parent : previous, 'item'];
		} else if (previous && site.phrase.text === '' && OF_WHICH_AFTER.test(sentence.slice(site.number.end))) {
			[site.parent, site.relation] = [previous, 'borrow'];
		} else if (previous) {
			const between = sentence.slice(previous.phrase.end, site.qualifier.start);
			if (PART.test(between)) [site.parent, site.relation] = [previous, 'part'];
			else if (site.phrase.text === '' && BORROW.test(between)) [site.parent, site.relation] = [previous, 'borrow'];
			else if (
				site.phrase.text === '' &&
				/^\s+to\s*$/i.test(between) &&
				/\bfrom\s+$/i.test(sentence.slice(0, previous.qualifier.start))
			) {
				[site.parent, site.relation] = [previous, 'borrow'];
			}
		}
		sites.push(site);
	}
	return sites;
}
