/** Splits an article summary (its own sentences joined by spaces) back into sentences. */

// A full stop after these is not a sentence end ("Mr. Witkoff", "U.S. officials", "St. Petersburg").
const NOT_AN_END = /(?:\b[A-Z]|\bMr|\bMrs|\bMs|\bDr|\bSt|\bGen|\bCol|\bLt|\bSgt|\bGov|\bSen|\bRep|\bNo|\bvs)\.$/u;

/** The sentences of a summary, in order. */
export function splitSummary(summary: string): string[] {
	const sentences: string[] = [];
	let start = 0;
	const boundary = /[.!?…]["”’)]?\s+(?=["“‘(]?[A-Z0-9])/gu;
	for (const match of summary.matchAll(boundary)) {
		const end = match.index + match[0].trimEnd().length;
		const candidate = summary.slice(start, end);
		if (NOT_AN_END.test(candidate)) continue;
		sentences.push(candidate.trim());
		start = match.index + match[0].length;
	}
	const rest = summary.slice(start).trim();
	if (rest) sentences.push(rest);
	return sentences;
}
