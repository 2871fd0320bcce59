/** Turns the figures of all articles into published records: stable ids, document order, conflicts marked. */
import type { FigureRecord, Qualifier } from '../../src/schemas/index.ts';
import { byString, compareSentences } from '../../src/shared/compare.ts';
import type { ExtractedFigure } from './model.ts';

/** FNV-1a, 32 bits, as 7 base-36 characters: short, stable across runs and machines. */
function shortHash(text: string): string {
	let hash = 0x811c9dc5;
	for (let index = 0; index < text.length; index += 1) {
		hash ^= text.charCodeAt(index);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(36).padStart(7, '0');
}

function compare(a: ExtractedFigure, b: ExtractedFigure): number {
	return (
		byString(a.article, b.article) ||
		compareSentences(a.sentence, b.sentence) ||
		a.quote.indexOf(a.text) - b.quote.indexOf(b.text) ||
		byString(a.metric, b.metric) ||
		a.value - b.value
	);
}

/** The values a figure allows, as its qualifier words it ("about" allows a tenth either way). */
function range(value: number, qualifier: Qualifier): [number, number] {
	switch (qualifier) {
		case 'exact':
			return [value, value];
		case 'at_least':
		case 'over':
			return [value, Infinity];
		case 'up_to':
			return [-Infinity, value];
		case 'about':
			return [value * 0.9, value * 1.1];
	}
}

/** True when two figures cannot both be right: their values differ and no hedge ("at least", "about") reconciles them. */
function disagree(a: ExtractedFigure, b: ExtractedFigure): boolean {
	if (a.value === b.value) return false;
	const [aLow, aHigh] = range(a.value, a.qualifier);
	const [bLow, bHigh] = range(b.value, b.qualifier);
	return aHigh < bLow || bHigh < aLow;
}

/**
 * Gives figures stable ids and marks conflicting reports (same metric, subject, date, scope, place and span, different
 * values, different articles). A conflict needs a known subject and date: two unattributed, undated counts are not the same event.
 */
export function mergeFigures(figures: ExtractedFigure[]): FigureRecord[] {
	const sorted = [...figures].sort(compare);
	const taken = new Map<string, number>();
	const records: FigureRecord[] = sorted.map((figure) => {
		const base = `${figure.article}-${figure.metric}-${shortHash(`${figure.sentence}\u0000${figure.text}\u0000${figure.value}`)}`;
		const seen = taken.get(base) ?? 0;
		taken.set(base, seen + 1);
		return { ...figure, id: seen === 0 ? base : `${base}-${seen + 1}`, conflictsWith: [] };
	});

	const groups = new Map<string, FigureRecord[]>();
	for (const record of records) {
		if (record.subject === null || record.date === null) continue;
		// A national toll and a city's, a night's count and the total so far: different quantities, never a conflict.
		const key = JSON.stringify([record.metric, record.subject, record.date, record.scope, record.place, record.span]);
		const group = groups.get(key);
		if (group) group.push(record);
		else groups.set(key, [record]);
	}
	for (const group of groups.values()) {
		for (const record of group) {
			record.conflictsWith = group
				.filter((other) => other.article !== record.article && disagree(record, other))
				.map((other) => other.id)
				.sort();
		}
	}
	return records;
}
