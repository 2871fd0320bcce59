/** Reads the words around a date expression that say how it bounds the story ("since", "by", "before", a deadline). */
import type { Relation } from './expression.ts';

const BEFORE: [RegExp, Exclude<Relation, null>][] = [
	[/\bdeadline\s+(?:of|on|for|is|was|set for|falls on|:)\s+(?:the\s+)?$/i, 'deadline'],
	[/\bsince\s+(?:the\s+)?(?:(?:start|beginning|end|middle) of\s+)?$/i, 'since'],
	[/\bby\s+(?:the\s+)?(?:(?:start|beginning|end|middle) of\s+)?$/i, 'by'],
	[/\b(?:before|prior to|ahead of)\s+(?:the\s+)?(?:(?:start|beginning|end|middle) of\s+)?$/i, 'before'],
	[/\b(?:after|following)\s+(?:the\s+)?$/i, 'after'],
	[/\b(?:until|till|through)\s+(?:the\s+)?(?:(?:start|beginning|end|middle) of\s+)?$/i, 'until'],
];

const DEADLINE_AFTER = /^(?:['’]s?)?\s+(?:deadline|ultimatum)\b|^\s+as\s+(?:the|a)\s+(?:deadline|cut-off)\b/i;

/** How the words around `text[start, end)` relate it to the story: a deadline, "since", "by", "before", "after", "until", or null. */
export function relationOf(text: string, start: number, end: number): Relation {
	if (DEADLINE_AFTER.test(text.slice(end))) return 'deadline';
	const before = text.slice(Math.max(0, start - 40), start);
	for (const [pattern, relation] of BEFORE) if (pattern.test(before)) return relation;
	return null;
}
