/**
 * Page furniture: the lines a web page puts around an article that are not the article — breadcrumb trails,
 * reading times, section labels, membership counters and fundraising appeals, agency credit lines, end marks. Each
 * kind is a named rule (`clean-text:<id>`); `cleanText` drops a line (or, for a reading time, the segment of a
 * masthead line) when a rule fires, and records the drop with the words dropped, so nothing goes unseen.
 */

/** Where a line stands on the page, as the rules need to know it. */
export interface LineContext {
	/** The line, whitespace folded. */
	text: string;
	/** The next non-blank line, or null at the end. */
	next: string | null;
	/** True while no paragraph of body text has been met yet (the masthead zone: labels, title, byline, date). */
	top: boolean;
	/** True when no non-blank line follows. */
	last: boolean;
}

/** What a rule does with a line: drop it, or keep it without the segment named. */
export type FurnitureAction = { drop: 'line' } | { drop: 'segment'; keep: string; segment: string };

/** One kind of page furniture. */
export interface FurnitureRule {
	id: string;
	/** What it drops, in the words the warning uses ("the breadcrumb trail"). */
	description: string;
	apply: (line: LineContext) => FurnitureAction | null;
}

const LINE: FurnitureAction = { drop: 'line' };

// "Home › News › Title", "The White House > Briefings & Statements > Readout …", "News / World / Europe".
const CRUMB_SEPARATOR = /\s+[›»>→/|]\s+|\s*[›»→]\s*/u;
const READING_TIME =
	/^(?:estimated\s+)?(?:read(?:ing)?\s+time:?\s*)?(?:about\s+)?\d{1,2}\s*(?:-|–)?\s*(?:min(?:ute)?s?\.?)(?:\s+(?:to\s+)?read)?$/i;
// Imperatives addressed to the reader, at the start of a sentence: "Support our journalism.", "Become a member …",
// "Join 48,000 readers …", "Subscribe to our newsletter", "Donate today".
const APPEALS = [
	String.raw`support\s+(?:our|us|independent|the\s+\p{Lu}[\p{L}\s]{0,30}?)\b`,
	String.raw`become\s+an?\s+(?:member|patron|subscriber|supporter)`,
	String.raw`join\s+(?:us|our|\d[\d,.\s]*\s+(?:\p{L}+\s+)?(?:readers|members|subscribers|supporters|people))`,
	String.raw`subscribe\b`,
	String.raw`sign\s+up\b`,
	String.raw`donate\b`,
	String.raw`gift\s+a\s+membership`,
];
const APPEAL = new RegExp(String.raw`(?:^|[.!?:]\s+)(?:please\s+)?(?:${APPEALS.join('|')})`, 'iu');
const CREDIT_LINE =
	/^\(?(?:(?:additional\s+)?reporting|writing|editing|compiled|translated)\s+by\s+[^.]{2,200}\)?\.?$|^our\s+standards:/i;
const END_MARK = /^(?:#{3}|-{1,2}\s*30\s*-{1,2}|-*\s*ends?\s*-*|\*{3})$/i;
// A short label above or under the headline: "Analysis", "Opinion", "Analysis | Africa", "Lebanon".
const LABEL_WORD = /^[\p{Lu}][\p{L}&'’-]*$/u;

const words = (text: string) => text.split(/\s+/).filter(Boolean);
const endsLikeSentence = (text: string) => /[.!?;,:…]["”’')\]]*$/u.test(text);

function isBreadcrumb(line: LineContext): boolean {
	const segments = line.text.split(CRUMB_SEPARATOR).map((segment) => segment.trim());
	if (segments.length < 2 || segments.some((segment) => !segment || segment.length > 100)) return false;
	if (endsLikeSentence(line.text)) return false;
	const leadsHome = /^(?:home|start|main|news)$/i.test(segments[0]!);
	const namesNext = line.next !== null && segments.at(-1) === line.next;
	return (segments.length >= 3 || leadsHome) && (leadsHome || namesNext);
}

const BULLET = /^(?:[•·▪◦●‣∙]|[-*–—](?=\s))/u;

function isSectionLabel(line: LineContext): boolean {
	if (!line.top || endsLikeSentence(line.text) || /\d/.test(line.text)) return false;
	// A label heads what follows; one over a list ("Key events" with bullets) is the list's own title.
	if (line.next === null || BULLET.test(line.next)) return false;
	const segments = line.text.split(/\s+[|·•]\s+/u);
	if (segments.length > 1) return segments.every((segment) => words(segment).length <= 3);
	const labelWords = words(line.text);
	return labelWords.length <= 2 && labelWords.every((word) => LABEL_WORD.test(word));
}

/** True for a line of body text, which ends the masthead zone: a sentence of six words or more. */
export function isBodyLine(text: string): boolean {
	return /[.!?]["”’')\]]*$/u.test(text) && words(text).length >= 6;
}

/** The rules, in the order they are tried. */
export const FURNITURE_RULES: readonly FurnitureRule[] = [
	{
		id: 'breadcrumb-trail',
		description: 'the breadcrumb trail',
		apply: (line) => (line.top && isBreadcrumb(line) ? LINE : null),
	},
	{
		id: 'reading-time',
		description: 'the reading time',
		apply: (line) => {
			if (READING_TIME.test(line.text)) return LINE;
			// "Published on 4 January 2026 at 14:30 | 2 min read": the masthead line stays, its reading time goes.
			const segments = line.text.split(/\s+[|·•]\s+/u);
			const timed = segments.findIndex((segment) => READING_TIME.test(segment));
			if (timed < 0 || segments.length < 2) return null;
			return {
				drop: 'segment',
				segment: segments[timed]!,
				keep: segments.filter((_, index) => index !== timed).join(' | '),
			};
		},
	},
	{
		id: 'reader-appeal',
		description: 'the appeal to readers',
		apply: (line) => (line.text.length <= 300 && words(line.text).length <= 45 && APPEAL.test(line.text) ? LINE : null),
	},
	{
		id: 'credit-line',
		description: "the agency's credit line",
		apply: (line) => (CREDIT_LINE.test(line.text) ? LINE : null),
	},
	{
		id: 'end-mark',
		description: 'the end mark',
		apply: (line) => (line.last && END_MARK.test(line.text) ? LINE : null),
	},
	{
		id: 'section-label',
		description: 'the section label',
		apply: (line) => (isSectionLabel(line) ? LINE : null),
	},
];
