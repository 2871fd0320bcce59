/**
 * Where in a source sentence an event itself is told, so that the map places it at the places of its own clause and
 * not at every place the sentence names. Two rules:
 *
 * 1. A statement (an event whose label is "X said …", "X told …") happened where it was made: the words up to its
 *    speech verb (the frame: "Speaking in Oslo after the summit, the minister said") hold its place; the places in
 *    what was said are its topic, not where it happened ("said the draft discussed in Geneva could serve…").
 * 2. Any other event is told in one clause of the sentence. The sentence is cut where another clause begins (a
 *    speech verb's content, "which …", or a link of time or comparison: "followed", "after", "than", "unlike"…), and
 *    the event's clause is the part sharing most words with its label ("The vote in Riga followed a meeting in
 *    Tallinn": the meeting is in Tallinn, the vote in Riga).
 *
 * A leading wire dateline ("OSLO (Reuters) — ") stands in the sentence's first clause, so an event told there is
 * placed at it when the clause names no other place. When the label shares no word with any clause (a merged report
 * told in other words), the whole sentence counts.
 */

/** A range of characters in the sentence, end excluded. */
export interface TextSpan {
	start: number;
	end: number;
}

// Verbs that report speech or writing, as written in lower case (past tense, and "says"/"tells"): what follows them is
// what was said. Forms that are also nouns or names ("claims", "States") are left out.
const SPEECH_VERB =
	'said|says|told|tells|stated|added|noted|warned|argued|claimed|insisted|stressed|wrote|suggested|declared|announced|confirmed|denied|acknowledged|admitted';
const SPEECH = new RegExp(String.raw`\b(?:${SPEECH_VERB})\b(?:\s+that\b)?`, 'gu');
// Words that open another clause: a relative clause, or a link of time, sequence or comparison.
// ("than" is left out: "more than 500 drones" is a quantity, not a comparison of clauses.)
const CLAUSE_LINK =
	/,\s*(?:which|where|who|whose|while|whereas)\b|\b(?:followed|follows|following|preceded|precedes|after|before|unlike|compared (?:with|to)|similar to|ahead of|in response to)\b/giu;
// A label that reports a statement: a speaker of up to six words, then the speech verb.
const SPEECH_LABEL = new RegExp(String.raw`^(?:[\p{L}\p{N}'’.-]+\s+){1,6}(?:${SPEECH_VERB})\b`, 'u');

const STOP = new Set([
	'the',
	'and',
	'for',
	'with',
	'was',
	'were',
	'has',
	'had',
	'have',
	'been',
	'its',
	'their',
	'his',
	'her',
	'that',
	'this',
	'from',
	'into',
	'will',
	'would',
	'also',
	'not',
]);

/** The label's telling words: lower-case, three letters or more, no grammar words. */
function labelWords(label: string): Set<string> {
	return new Set(
		label
			.toLowerCase()
			.split(/[^\p{L}\p{N}]+/u)
			.filter((word) => word.length >= 3 && !STOP.has(word)),
	);
}

const wordsOf = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u);

/** The cuts between clauses: the start of each link, and the end of each speech verb (its content starts there). */
function clauseCuts(sentence: string): number[] {
	const cuts = new Set<number>();
	for (const match of sentence.matchAll(CLAUSE_LINK)) cuts.add(match.index);
	for (const match of sentence.matchAll(SPEECH)) cuts.add(match.index + match[0].length);
	return [...cuts].filter((cut) => cut > 0 && cut < sentence.length).sort((a, b) => a - b);
}

/**
 * The spans of `sentence` that hold the event labelled `label` (rules above); the whole sentence when nothing
 * narrower can be told.
 */
export function eventClauses(sentence: string, label: string): TextSpan[] {
	const whole = [{ start: 0, end: sentence.length }];
	if (SPEECH_LABEL.test(label)) {
		const verb = new RegExp(String.raw`\b(?:${SPEECH_VERB})\b`, 'u').exec(label.slice(0, 80));
		const inSentence = verb ? new RegExp(String.raw`\b${verb[0]}\b`, 'u').exec(sentence) : null;
		if (inSentence) return [{ start: 0, end: inSentence.index + inSentence[0].length }];
	}
	const cuts = clauseCuts(sentence);
	if (cuts.length === 0) return whole;
	const bounds = [0, ...cuts, sentence.length];
	const words = labelWords(label);
	let best: TextSpan | null = null;
	let bestScore = 0;
	for (let index = 0; index + 1 < bounds.length; index++) {
		const span = { start: bounds[index]!, end: bounds[index + 1]! };
		const score = new Set(wordsOf(sentence.slice(span.start, span.end)).filter((word) => words.has(word))).size;
		if (score > bestScore) {
			best = span;
			bestScore = score;
		}
	}
	return best ? [best] : whole;
}

/** True when a place named as `surface` stands inside one of the spans (any of its occurrences), or is not found. */
export function namedWithin(sentence: string, surface: string, spans: readonly TextSpan[]): boolean {
	// A name not found as written cannot be told apart: it keeps its place, as before the rule.
	if (surface.length === 0 || !sentence.includes(surface)) return true;
	for (let at = sentence.indexOf(surface); at >= 0; at = sentence.indexOf(surface, at + 1))
		if (spans.some((span) => at >= span.start && at + surface.length <= span.end)) return true;
	return false;
}

/**
 * For an event labelled as a statement ("Putin said …"), where its speaker's name starts in the sentence: what comes
 * before it ("Speaking to reporters after the summit in Astana, …") says where and when it was said, not what it is
 * about. Null for any other label, or when the speaker is not found before the speech verb.
 */
export function statementStart(sentence: string, label: string): number | null {
	if (!SPEECH_LABEL.test(label)) return null;
	const verb = new RegExp(String.raw`\b(?:${SPEECH_VERB})\b`, 'u').exec(label);
	const speaker = verb ? label.slice(0, verb.index).trim().split(/\s+/).pop() : undefined;
	const spoken = verb ? new RegExp(String.raw`\b${verb[0]}\b`, 'u').exec(sentence) : null;
	if (!speaker || !spoken) return null;
	const at = sentence.lastIndexOf(speaker, spoken.index);
	return at >= 0 ? at : null;
}
