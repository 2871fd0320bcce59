/**
 * Labels a deadline by what it is for and who set it. "Trump publicly declared Thursday as the deadline for Zelenskyy
 * to sign" happened when Trump spoke, not on Thursday: the Thursday entry is the deadline itself ("Deadline for
 * Zelenskyy to sign, set by Donald Trump"), not the declaration.
 */
import type { Span } from './clauses.ts';
import { fitTitle } from './fit-title.ts';

// What the deadline is for: "for Zelenskyy to sign", "to approve the plan", right after "deadline" (or its date).
const PURPOSE = /^\s*((?:for|to)\s+[^,;:.—–()]+)/iu;
const DEADLINE = /\b(?:deadline|ultimatum|cut-off)\b/giu;
const SETTER_VERB =
	/\b(?:set|sets|declared|declares|imposed|imposes|gave|gives|issued|issues|named|names|announced|announces|extended|extends)\b/iu;

/** A deadline's label from its sentence, or null when the sentence names no purpose for it. */
export function titleForDeadline(text: string, date: Span, people: readonly Span[]): string | null {
	const deadlines = [...text.matchAll(DEADLINE)];
	// The deadline word nearest the date: "Thursday as the deadline", "a deadline of November 27".
	const nearest = deadlines.sort((a, b) => Math.abs(a.index - date.start) - Math.abs(b.index - date.start))[0];
	if (!nearest) return null;
	const afterWord = nearest.index + nearest[0].length;
	// "a deadline of November 27 for approving the plan": the purpose follows the date.
	const from = date.start >= afterWord && date.start - afterWord <= 5 ? date.end : afterWord;
	const purpose = PURPOSE.exec(text.slice(from))?.[1]?.trim();
	if (!purpose) return null;
	const word = nearest[0].toLowerCase();
	const firstWord = Math.min(nearest.index, date.start);
	const verb = SETTER_VERB.exec(text.slice(0, firstWord));
	// Who set it: the person named last before the setting verb ("President Donald Trump publicly declared …").
	const setter =
		verb &&
		[...people]
			.filter((span) => span.end <= verb.index)
			.sort((a, b) => b.end - a.end)
			.map((span) => text.slice(span.start, span.end))[0];
	const label = `${word.charAt(0).toUpperCase()}${word.slice(1)} ${purpose}`;
	return fitTitle(setter ? `${label}, set by ${setter}` : label);
}
