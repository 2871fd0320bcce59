/** The annotation layer: what every extractor reads about a sentence, computed once (see `annotate-sentence.ts`). */

export {
	type AnnotationContext,
	annotateSentence,
	annotateSentences,
	clauseAround,
	clauseBreaks,
} from './annotate-sentence.ts';
export type { AnnotatedSentence, Annotations, SentenceDate, Span } from './annotated-sentence.ts';
export {
	type Currency,
	findNumbers,
	findUnreadableNumbers,
	type NumberMatch,
	parseDigits,
	parseNumberWords,
	readNumbers,
	type UnreadableNumber,
} from './parse-number.ts';
export { isCapitalised, isFiniteVerb, type Term, tagTerms } from './terms.ts';
export { type Token, tokenize } from './tokens.ts';
