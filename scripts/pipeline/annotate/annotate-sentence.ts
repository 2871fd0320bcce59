/**
 * Annotates sentences once: tokens, tags and lemmas, numbers, dates, clause breaks and tense cues. Every layer is
 * computed lazily and kept, so a sentence no extractor reads costs nothing, and none is computed twice. The
 * annotations are not enumerable: a document written to the extraction cache holds only the sentences' own fields.
 */
import type { ReferenceDate } from '../../../src/schemas/index.ts';
import { relationOf } from '../dates/relation.ts';
import { scanText } from '../dates/scanners/index.ts';
import { type TenseCue, tenseCues, tenseOf } from '../dates/tense.ts';
import type { Language } from '../lang/index.ts';
import type { Sentence } from '../model.ts';
import type { AnnotatedSentence, SentenceDate, Span } from './annotated-sentence.ts';
import { type NumberMatch, readNumbers, type UnreadableNumber } from './parse-number.ts';
import { type Term, tagTerms } from './terms.ts';
import { type Token, tokenize } from './tokens.ts';

/** What annotation reads besides the sentence. */
export interface AnnotationContext {
	language: Language;
	/** Reference dates anniversaries count from (`content/reference-dates.yaml`). */
	references: readonly ReferenceDate[];
}

// Where a clause breaks: a semicolon, a colon, a spaced dash or an em dash ("10–15" is a range, not a break).
const CLAUSE_BREAK = /[;:]|\s[—–]\s|—|\s-\s/g;

/** The breaks between the clauses of `text`. */
export function clauseBreaks(text: string): Span[] {
	return [...text.matchAll(CLAUSE_BREAK)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/** The clause holding `[start, end)`: between the nearest clause breaks outside it. */
export function clauseAround(
	sentence: Pick<AnnotatedSentence, 'text' | 'clauseBreaks'>,
	start: number,
	end: number,
): Span {
	let clauseStart = 0;
	let clauseEnd = sentence.text.length;
	for (const at of sentence.clauseBreaks) {
		if (at.end <= start) clauseStart = at.end;
		else if (at.start >= end) {
			clauseEnd = at.start;
			break;
		}
	}
	return { start: clauseStart, end: clauseEnd };
}

/** Defines `name` on `target` as a value computed on first read, then kept; not enumerable. */
function lazy<T>(target: object, name: string, compute: () => T): void {
	let value: T | undefined;
	let done = false;
	Object.defineProperty(target, name, {
		enumerable: false,
		get: () => {
			if (!done) {
				value = compute();
				done = true;
			}
			return value as T;
		},
	});
}

/** The sentence with its annotations. */
export function annotateSentence(sentence: Sentence, context: AnnotationContext): AnnotatedSentence {
	const annotated = { ...sentence } as AnnotatedSentence;
	const { text } = sentence;
	lazy<Token[]>(annotated, 'tokens', () => tokenize(text));
	lazy<Term[]>(annotated, 'terms', () => tagTerms(text));
	lazy<ReturnType<typeof readNumbers>>(annotated, 'readNumbers', () => readNumbers(text));
	const read = () => (annotated as unknown as { readNumbers: ReturnType<typeof readNumbers> }).readNumbers;
	lazy<NumberMatch[]>(annotated, 'numbers', () => read().numbers);
	lazy<UnreadableNumber[]>(annotated, 'unreadableNumbers', () => read().unreadable);
	lazy<Span[]>(annotated, 'clauseBreaks', () => clauseBreaks(text));
	lazy<TenseCue[]>(annotated, 'tenseCues', () => tenseCues(text));
	lazy<SentenceDate[]>(annotated, 'dates', () =>
		scanText(text, { references: context.references }).map((raw) => {
			const end = raw.start + raw.text.length;
			const relation = relationOf(text, raw.start, end);
			return { ...raw, relation, tense: tenseOf(text, raw.start, end, raw.spec, relation, annotated.tenseCues) };
		}),
	);
	return annotated;
}

/** Every sentence with its annotations, in order. */
export function annotateSentences(sentences: readonly Sentence[], context: AnnotationContext): AnnotatedSentence[] {
	return sentences.map((sentence) => annotateSentence(sentence, context));
}
