/** Finds a publication date the text states itself: a dateline, a "Published …" line, a date standing alone at the top. */
import type { DatedExpression } from './year-anchors.ts';

/** A stated publication date and how it is stated. */
export interface StatedDate {
	dated: DatedExpression;
	kind: 'published' | 'dateline' | 'date line' | 'updated';
}

const PUBLISHED_BEFORE =
	/\b(?:published|posted|first published|publication date|date published)\s*(?:on\s*|:\s*)?(?:[A-Z][a-z]+day,?\s*)?$/i;
const UPDATED_BEFORE = /\b(?:updated|last updated|last modified|modified)\s*(?:on\s*|:\s*)?(?:[A-Z][a-z]+day,?\s*)?$/i;
// "KYIV, Nov 22 (Reuters) –", "WASHINGTON, Nov. 22, 2025 (AP) —", "Kyiv, Ukraine — Saturday 22 November 2025".
const DATELINE_BEFORE = /^[\p{Lu}][\p{L}.'’ -]{1,40}(?:,\s*[\p{Lu}][\p{L}.'’ -]{1,30})?(?:,|\s[-–—|])\s*$/u;
const DATELINE_AFTER = /^(?:,?\s*(?:19|20)\d{2})?\s*(?:\([^)]{1,40}\))?\s*(?:[-–—:]|$)/;
// What may stand beside a date on a line of its own: a time, a zone, separators.
const TIME_AND_PUNCTUATION =
	/\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:GMT|UTC|CET|EET|EEST|EST|EDT|BST|MSK)?\b|[\s,.|·–—-]+/gi;
/** Only the first sentences can hold a dateline or a date line. */
const TOP = 5;

function kindOf(dated: DatedExpression): StatedDate['kind'] | null {
	const { expression } = dated;
	const text = expression.sentence.text;
	const before = text.slice(0, expression.start);
	const after = text.slice(expression.start + expression.text.length);
	if (PUBLISHED_BEFORE.test(before)) return 'published';
	if (UPDATED_BEFORE.test(before)) return 'updated';
	if (expression.index >= TOP) return null;
	if (DATELINE_BEFORE.test(before) && DATELINE_AFTER.test(after)) return 'dateline';
	if ((before + after).replace(TIME_AND_PUNCTUATION, '') === '') return 'date line';
	return null;
}

const ORDER: StatedDate['kind'][] = ['published', 'dateline', 'date line', 'updated'];

/** The publication date the text states, the most telling kind first, or null. */
export function findStatedDate(dated: readonly DatedExpression[]): StatedDate | null {
	const found: StatedDate[] = [];
	for (const candidate of dated) {
		if (candidate.expression.spec.type !== 'day') continue;
		const kind = kindOf(candidate);
		if (kind) found.push({ dated: candidate, kind });
	}
	found.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
	return found[0] ?? null;
}
