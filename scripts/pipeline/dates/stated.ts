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
// "KYIV, Nov 22 (Reuters) –", "WASHINGTON, Nov. 22, 2025 (AP) —", "Kyiv, Ukraine — Saturday 22 November 2025",
// "Kyiv/Geneva, 10 December 2025", "MOSCOW, January 20. /TASS/."
const DATELINE_BEFORE = /^[\p{Lu}][\p{L}.'’ /-]{1,40}(?:,\s*[\p{Lu}][\p{L}.'’ -]{1,30})?(?:,|\s[-–—|])\s*$/u;
const DATELINE_AFTER =
	/^(?:,?\s*(?:19|20)\d{2})?\s*(?:\([^)]{1,40}\)|\.\s*\/[\p{L} -]{2,20}\/\.?)?\s*(?:[-–—:]|\.?$|(?<=\/\.?)\s)/u;
// What may stand beside a date on a line of its own: a time, a zone, separators.
const TIME_AND_PUNCTUATION =
	/\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:GMT|UTC|CET|EET|EEST|EST|EDT|BST|MSK)?\b|[\s,.|·–—-]+/gi;
/** Only the first sentences can hold a dateline or a date line; a date line may also close the article. */
const TOP = 5;
const FOOT = 2;

function kindOf(dated: DatedExpression, sentenceCount: number): StatedDate['kind'] | null {
	const { expression } = dated;
	const text = expression.sentence.text;
	const before = text.slice(0, expression.start);
	const after = text.slice(expression.start + expression.text.length);
	if (PUBLISHED_BEFORE.test(before)) return 'published';
	if (UPDATED_BEFORE.test(before)) return 'updated';
	const alone = (before + after).replace(TIME_AND_PUNCTUATION, '') === '';
	if (expression.index < TOP && DATELINE_BEFORE.test(before) && DATELINE_AFTER.test(after)) return 'dateline';
	// A date on a line of its own at the top, or at the foot, where some outlets print it ("15 March 2026").
	if (alone && (expression.index < TOP || expression.index >= sentenceCount - FOOT)) return 'date line';
	return null;
}

const ORDER: StatedDate['kind'][] = ['published', 'dateline', 'date line', 'updated'];

/** The publication date the text states, the most telling kind first, or null. */
export function findStatedDate(dated: readonly DatedExpression[], sentenceCount = Infinity): StatedDate | null {
	const found: StatedDate[] = [];
	for (const candidate of dated) {
		if (candidate.expression.spec.type !== 'day') continue;
		const kind = kindOf(candidate, sentenceCount);
		if (kind) found.push({ dated: candidate, kind });
	}
	found.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
	return found[0] ?? null;
}
