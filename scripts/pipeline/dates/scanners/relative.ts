/**
 * Finds spans counted from the publication day ("today", "yesterday", "next week", "earlier this week", "last month",
 * "three days ago", "two weeks ago").
 */
import { language } from '../../lang/index.ts';
import type { DateSpec, RawExpression } from '../expression.ts';

type Relative = Extract<DateSpec, { type: 'relative' }>;

const DAY = '(?<day>today|tonight|yesterday|tomorrow|last night|this (?:morning|afternoon|evening))';
const SHIFT = '(?<shift>this|last|next|over the) (?<unit>week|weekend|month|year)';
const PATTERN = new RegExp(String.raw`\b(?:(?<part>earlier|later) )?(?:${DAY}|${SHIFT})\b`, 'gi');

// A counted span back from the publication day. Only "ago" is read: "in two weeks" or "for 10 days" may be durations.
// Counts up to twelve in words: "a week ago", "three days ago".
const COUNT_WORDS = new Map(Object.entries(language.numbers.units).filter(([, value]) => value >= 1 && value <= 12));
const AGO = new RegExp(
	String.raw`\b(?<count>a|an|${[...COUNT_WORDS.keys()].join('|')}|\d{1,2})\s+(?<unit>day|week|month|year)s?\s+ago\b`,
	'gi',
);

function countOf(word: string): number {
	const lower = word.toLowerCase();
	if (lower === 'a' || lower === 'an') return 1;
	return /^\d+$/.test(lower) ? Number(lower) : (COUNT_WORDS.get(lower) ?? 0);
}

function specOf(groups: Record<string, string | undefined>): Relative | null {
	const part = (groups.part?.toLowerCase() ?? null) as Relative['part'];
	const day = groups.day?.toLowerCase();
	if (day) {
		const offset = day === 'yesterday' || day === 'last night' ? -1 : day === 'tomorrow' ? 1 : 0;
		return { type: 'relative', unit: 'day', offset, part };
	}
	const unit = groups.unit!.toLowerCase() as Relative['unit'];
	const shift = groups.shift!.toLowerCase();
	if (shift === 'over the' && unit !== 'weekend') return null; // "over the year" is a duration
	const offset = shift === 'last' ? -1 : shift === 'next' ? 1 : 0;
	if (part && offset !== 0) return null; // "later last week" is not a phrase the scanner trusts
	return { type: 'relative', unit, offset, part };
}

/** Relative date phrases in `text`. */
export function scanRelative(text: string): RawExpression[] {
	const found: RawExpression[] = [];
	for (const match of text.matchAll(PATTERN)) {
		const spec = specOf(match.groups!);
		if (spec) found.push({ text: match[0], start: match.index, spec });
	}
	for (const match of text.matchAll(AGO)) {
		const count = countOf(match.groups!.count!);
		if (count < 1) continue;
		const unit = match.groups!.unit!.toLowerCase() as Relative['unit'];
		found.push({ text: match[0], start: match.index, spec: { type: 'relative', unit, offset: -count, part: null } });
	}
	return found.sort((a, b) => a.start - b.start);
}
