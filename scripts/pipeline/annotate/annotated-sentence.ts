/**
 * The annotated sentence: a sentence of the article with everything the extractors read from it, computed once.
 * Extractors read these annotations and never tokenise, tag, parse numbers or scan dates themselves.
 */
import type { RawExpression, Relation, Tense } from '../dates/expression.ts';
import type { TenseCue } from '../dates/tense.ts';
import type { Sentence } from '../model.ts';
import type { NumberMatch, UnreadableNumber } from './parse-number.ts';
import type { Term } from './terms.ts';
import type { Token } from './tokens.ts';

/** A stretch of a sentence, by offsets. */
export interface Span {
	start: number;
	end: number;
}

/** A date expression of the sentence with how the sentence relates to it ("since", "by") and its tense. */
export interface SentenceDate extends RawExpression {
	relation: Relation;
	tense: Tense;
}

/** What is known about one sentence's words. Each layer is computed the first time it is read, then kept. */
export interface Annotations {
	/** Its words, with offsets, capitalisation, possessive "’s" and whether the capital may be only the sentence's. */
	readonly tokens: readonly Token[];
	/** Compromise's part-of-speech tags and lemmas for each word (the costly layer: read it only when needed). */
	readonly terms: readonly Term[];
	/** Every number written in it, read whole: value, currency, unit (digits, words, money, areas, shares). */
	readonly numbers: readonly NumberMatch[];
	/** Digits that cannot be read as one number ("1,25,000", "1.250"): dropped whole, never read in part. */
	readonly unreadableNumbers: readonly UnreadableNumber[];
	/** Its date expressions, with relation and tense. */
	readonly dates: readonly SentenceDate[];
	/** Where its clauses break: semicolons, colons, spaced dashes and em dashes. */
	readonly clauseBreaks: readonly Span[];
	/** Words that mark its verbs as past or future ("was", "will", "is set to", "-ed" forms). */
	readonly tenseCues: readonly TenseCue[];
}

/** A sentence with its annotations. */
export type AnnotatedSentence = Sentence & Annotations;
