/**
 * A lead the article states twice: a standfirst, a caption or a summary line that repeats the first paragraph
 * ("A drone attack killed eight people, officials said." then "A drone attack killed eight people on Monday, the
 * governor said."). The same count of the same thing on the same day, read from two sentences that share most of
 * their words, is one figure; the fuller sentence keeps it (it names the day and the source).
 */
import type { ExtractedFigure } from '../model.ts';

/** Share of the shorter sentence's words the longer one must hold for the two to be one statement. */
const SHARED = 0.7;

const wordsOf = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** True when the two sentences say the same thing: most words of the shorter one stand in the longer. */
function restates(a: string, b: string): boolean {
	const [short, long] = a.length <= b.length ? [wordsOf(a), wordsOf(b)] : [wordsOf(b), wordsOf(a)];
	if (short.size === 0) return false;
	let shared = 0;
	for (const word of short) if (long.has(word)) shared += 1;
	return shared / short.size >= SHARED;
}

const sameCount = (a: ExtractedFigure, b: ExtractedFigure) =>
	a.metric === b.metric &&
	a.value === b.value &&
	a.subject === b.subject &&
	a.date === b.date &&
	a.scope === b.scope &&
	a.span === b.span &&
	a.status === b.status;

/** The figures of one article without the ones a restated sentence repeats; the order is kept. */
export function dropRestatements(figures: readonly ExtractedFigure[]): ExtractedFigure[] {
	const dropped = new Set<ExtractedFigure>();
	for (const [i, figure] of figures.entries()) {
		for (const other of figures.slice(i + 1)) {
			if (dropped.has(other) || other.sentence === figure.sentence || !sameCount(figure, other)) continue;
			if (!restates(figure.quote, other.quote)) continue;
			dropped.add(figure.quote.length < other.quote.length ? figure : other);
		}
	}
	return figures.filter((figure) => !dropped.has(figure));
}
