/** Finds spans counted from the publication day ("today", "yesterday", "next week", "earlier this week", "last month"). */
import type { DateSpec, RawExpression } from '../expression.ts';

type Relative = Extract<DateSpec, { type: 'relative' }>;

const PATTERN =
	/\b(?:(?<part>earlier|later) )?(?:(?<day>today|tonight|yesterday|tomorrow|last night|this (?:morning|afternoon|evening))|(?<shift>this|last|next|over the) (?<unit>week|weekend|month|year))\b/gi;

function specOf(groups: Record<string, string | undefined>): Relative | null {
	const part = (groups['part']?.toLowerCase() ?? null) as Relative['part'];
	const day = groups['day']?.toLowerCase();
	if (day) {
		const offset = day === 'yesterday' || day === 'last night' ? -1 : day === 'tomorrow' ? 1 : 0;
		return { type: 'relative', unit: 'day', offset, part };
	}
	const unit = groups['unit']!.toLowerCase() as Relative['unit'];
	const shift = groups['shift']!.toLowerCase();
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
	return found;
}
