/** Words and numbers as the charts print them: qualified values, short dates, shares and names. */

import { formatDate, formatDateShort } from '../format/date.ts';
import { type FigureSides, sidesText } from '../format/figure-sides.ts';
import { metricLabel } from '../format/metric.ts';
import { formatQuantity, qualifierWords } from '../format/number.ts';
import type { FigureRecord } from '../schemas/index.ts';

/** A figure's number as the text words it, with its unit ("at least 8", "$8.2 bn", "505 km²"). */
export function figureValue(figure: Pick<FigureRecord, 'value' | 'unit' | 'qualifier'>): string {
	return `${qualifierWords(figure.qualifier)}${formatQuantity(figure.value, figure.unit)}`;
}

/** Two differing reports of one number as a range ("4,250–4,600", "480–500 km²", "$5 bn–$8.2 bn"). */
export function rangeValue(low: number, high: number, unit: string): string {
	const first = formatQuantity(low, unit);
	const last = formatQuantity(high, unit);
	const suffix = formatQuantity(0, unit).replace(/^0/, '');
	const bare = suffix && first.endsWith(suffix) ? first.slice(0, -suffix.length) : first;
	return `${bare}–${last}`;
}

/** A compact date for labels at its precision ("6 Dec 2025", "Nov 2025", "2025"); "date not stated" for null. */
export function shortDate(iso: string | null): string {
	return iso ? formatDateShort(iso) : 'date not stated';
}

/** A full date for sentences ("6 December 2025"); "an unstated date" for null. */
export function longDate(iso: string | null): string {
	return iso ? formatDate(iso) : 'an unstated date';
}

/** "on 6 December 2025" or "in November 2025", whichever the precision reads as. */
export function onDate(iso: string | null): string {
	if (!iso) return 'on an unstated date';
	return `${iso.length === 10 ? 'on' : 'in'} ${formatDate(iso)}`;
}

/** A share as a whole percentage ("90%"); below 1% and above 99% keep one decimal. */
export function percent(part: number, whole: number): string {
	if (whole <= 0) return '–';
	const share = (part / whole) * 100;
	const digits = share > 0 && share < 1 ? 1 : share > 99 && share < 100 ? 1 : 0;
	return `${share.toFixed(digits)}%`;
}

/** The display name of an entity id, or the words themselves when they are not an id. */
export function displayName(id: string | null, names: ReadonlyMap<string, string>): string | null {
	if (id === null) return null;
	return names.get(id) ?? id;
}

/** Who a figure is about, or a stand-in when the article does not say. */
export function sideName(subject: string | null, names: ReadonlyMap<string, string>): string {
	return displayName(subject, names) ?? 'side not stated';
}

/** Who and where in words ("launched by Russia, intercepted by Ukraine"; "in Syzran (Russia), by Ukraine's attack"). */
export function sidesWords(figure: FigureSides, names: ReadonlyMap<string, string>): string {
	return sidesText(figure, (id) => names.get(id) ?? id);
}

/** "claimed by Ukraine's air force" or "not attributed". */
export function claimText(claimedBy: string | null, names: ReadonlyMap<string, string>): string {
	const name = displayName(claimedBy, names);
	return name ? `claimed by ${name}` : 'not attributed';
}

/** The accessible name of a mark: number, metric, sides in words, date, claimant and article. */
export function figureLinkLabel(
	figure: FigureRecord,
	names: ReadonlyMap<string, string>,
	articleTitle: string | undefined,
): string {
	const parts = [
		`${figureValue(figure)} ${metricLabel(figure.metric).toLowerCase()}`,
		sidesWords(figure, names) === '—' ? '' : `(${sidesWords(figure, names)})`,
		onDate(figure.date),
		`— ${claimText(figure.claimedBy, names)}`,
		articleTitle ? `. Source: ${articleTitle}` : '',
	];
	return parts.filter(Boolean).join(' ').replace(' .', '.');
}

/** Roughly how wide a text is at a font size, for fitting labels without a DOM (average glyph ≈ 0.56 em). */
export function textWidth(text: string, fontSize: number): number {
	return text.length * fontSize * 0.56;
}

/** A label cut to fit a width, ending in "…" when cut. */
export function fitText(text: string, width: number, fontSize: number): string {
	const max = Math.floor(width / (fontSize * 0.56));
	if (text.length <= max) return text;
	return `${text.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}
