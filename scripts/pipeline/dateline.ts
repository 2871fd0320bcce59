/**
 * Wire-style datelines at the start of a lede ("KYIV, Ukraine (AP) — ", "MOSCOW (Reuters) - ", "WASHINGTON — ").
 * The dateline stays in the article's text (nothing is lost); labels made from the lede (the summary, a generated
 * title, an event's title) start after it, since "KYIV, Ukraine (AP) — Ukraine and Russia exchanged…" reads as noise.
 */

// A place in capitals, up to three of ", Region", ", Country", ", Dec 9", an optional "(Outlet)", a dash, then a
// sentence's capital.
// A place in capitals ("KYIV", "NEW YORK"), and what may follow it: ", Ukraine", ", Dec 9".
const CAPITAL_PLACE = String.raw`(\p{Lu}[\p{Lu}\p{M}.'’-]+(?: \p{Lu}[\p{Lu}\p{M}.'’-]+){0,3})`;
// The sentence's first character after the dateline.
const SENTENCE_START = String.raw`(?=[\p{Lu}\p{N}"“‘'])`;
const DATELINE = new RegExp(
	String.raw`^${CAPITAL_PLACE}(?:,\s*[\p{L}\p{N}.'’ -]{2,40}?){0,3}(?:\s*\([^()]{1,40}\))?\s*(?:—|–|--|-)\s+${SENTENCE_START}`,
	'u',
);
// "MOSCOW, January 20. /TASS/. ": the agency between slashes after the place and the date.
const AGENCY_DATELINE = new RegExp(
	String.raw`^${CAPITAL_PLACE}(?:,\s*[\p{L}\p{N}'’ -]{2,40}?){0,3}\.?\s*\/[\p{L}\p{N}-]{2,12}\/\.?\s+${SENTENCE_START}`,
	'u',
);
// "Geneva, 8 January 2026 - ": a place written in title case is a dateline only with a date (a number) and a dash.
const TITLE_CASE_DATELINE = new RegExp(
	String.raw`^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2})(?:\/\p{Lu}\p{Ll}+)?,\s*(?=[^,—–-]*\d)[\p{L}\p{N}.'’ ]{3,30}?\s+(?:—|–|--|-)\s+${SENTENCE_START}`,
	'u',
);

/** How many characters of `text` a leading dateline takes (its dash and the space after included), or 0. */
export function datelineLength(text: string): number {
	const match = DATELINE.exec(text) ?? AGENCY_DATELINE.exec(text) ?? TITLE_CASE_DATELINE.exec(text);
	// "NATO — the alliance said…": a two-letter capital word alone is an acronym, not a dateline.
	if (!match || match[1]!.replace(/[^\p{L}]/gu, '').length < 3) return 0;
	return match[0].length;
}

/** The text without its leading dateline. */
export function withoutDateline(text: string): string {
	return text.slice(datelineLength(text));
}
