/** Finds days of the week ("Late Friday", "on Monday", "Thursday's deadline", "next Tuesday", "Sunday morning"). */

import { language } from '../../lang/index.ts';
import { weekdayOfWord } from '../calendar.ts';
import type { RawExpression } from '../expression.ts';

const PATTERN = new RegExp(
	String.raw`\b(?:(?<modifier>[Ll]ate|[Ee]arly|[Ll]ast|[Nn]ext|[Tt]his(?: coming)?|[Cc]oming|[Pp]ast) )?` +
		String.raw`(?<day>${language.calendar.weekdays.join('|')})(?![sA-Za-z])(?<time> (?:morning|afternoon|evening|night)\b)?`,
	'g',
);

// Named days that are not days of this week: "Black Friday", "Good Friday", "Easter Sunday".
const NAMED_DAY_BEFORE =
	/\b(?:Black|Good|Easter|Super|Bloody|Holy|Palm|Ash|Cyber|Maundy|Clean|Orthodox|Giving|Shrove)\s+$/;

/** Days of the week in `text`, with the modifier that says which one. */
export function scanWeekdays(text: string): RawExpression[] {
	const found: RawExpression[] = [];
	for (const match of text.matchAll(PATTERN)) {
		const groups = match.groups!;
		const before = text.slice(0, match.index);
		if (!groups.modifier && NAMED_DAY_BEFORE.test(before)) continue;
		const weekday = weekdayOfWord(groups.day!)!;
		const modifier = groups.modifier?.toLowerCase() ?? '';
		const shift =
			modifier === 'last' || modifier === 'past'
				? 'last'
				: modifier === 'next'
					? 'next'
					: modifier.startsWith('this') || modifier === 'coming'
						? 'this'
						: null;
		// Early in the day the story can still run the same day; "Late Friday" or "Friday night" runs the next.
		const sameDay =
			modifier === 'early' ||
			/morning/.test(groups.time ?? '') ||
			/\bovernight\s+(?:into\s+|on\s+|to\s+)?$/i.test(before);
		found.push({ text: match[0], start: match.index, spec: { type: 'weekday', weekday, shift, sameDay } });
	}
	return found;
}
