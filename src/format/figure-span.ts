/**
 * What stretch of time a figure counts, in words a reader cannot misread: a whole war's toll ("total so far") is never
 * read against one night's count ("one attack or day"). Charts draw each span on its own scale; tables give each its
 * own column.
 */
import type { FigureRecord, FigureSpan } from '../schemas/index.ts';

/** Spans in the order pages show them: single events first, then periods, then running totals. */
export const SPANS: readonly FigureSpan[] = ['incident', 'period', 'cumulative'];

/** A figure's span for charts and tables; a level (a cap, prisoners held) and an unread span count as one report. */
export function spanOf(figure: Pick<FigureRecord, 'span'>): FigureSpan {
	return figure.span ?? 'incident';
}

/** Short words for a span: "one attack or day", "over a period", "total so far". */
export const SPAN_WORDS: Readonly<Record<FigureSpan, string>> = {
	incident: 'one attack or day',
	period: 'over a period',
	cumulative: 'total so far',
};

/** A chart section's or a table column's heading for a span. */
export const SPAN_HEADINGS: Readonly<Record<FigureSpan, string>> = {
	incident: 'Single attacks and days',
	period: 'Over a stated week, month or year',
	cumulative: 'Totals so far (since a start, to a stated day)',
};

/**
 * A figure's span with the text's own cue: "total so far (“since February 2022”)", "over a period (“in November”)";
 * null for a count of one attack or day, and for a level.
 */
export function spanWords(figure: Pick<FigureRecord, 'span' | 'spanCue'>): string | null {
	if (figure.span === null || figure.span === 'incident') return null;
	const cue = figure.spanCue ? ` (“${figure.spanCue}”)` : '';
	return `${SPAN_WORDS[figure.span]}${cue}`;
}
