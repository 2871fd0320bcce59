/** Orderings shared by the pipeline and the site, so both sides sort records the same way. */

/** Code-unit order of two strings: the same on every machine, unlike a locale's `localeCompare`. */
export function byString(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** The open data's article order: by publication date, then id; undated articles last. */
export function compareByPublished(
	a: { published: string | null; id: string },
	b: { published: string | null; id: string },
): number {
	if (a.published !== b.published) {
		if (a.published === null) return 1;
		if (b.published === null) return -1;
		return byString(a.published, b.published);
	}
	return byString(a.id, b.id);
}

/** The place of a sentence anchor in its article (`s-12` → 12); an id of another shape sorts last. */
export function sentenceNumber(id: string): number {
	const match = /^s-(\d+)$/.exec(id);
	return match ? Number(match[1]) : Number.MAX_SAFE_INTEGER;
}

/** Sentence anchors in document order (`s-2` before `s-10`), then by text for ids of another shape. */
export function compareSentences(a: string, b: string): number {
	return sentenceNumber(a) - sentenceNumber(b) || byString(a, b);
}
