/**
 * Normalises article text and drops scrape boilerplate and page furniture (`page-furniture.ts`), recording every
 * drop as a diagnostic naming its rule.
 */
import { countOf } from '../../src/format/plural.ts';
import { type ArticleDiagnostic, warning } from './diagnostics.ts';
import { FURNITURE_RULES, isBodyLine, type LineContext } from './page-furniture.ts';

/** A line of cleaned text with its 1-based line number in the seed file. */
export interface CleanLine {
	line: number;
	text: string;
}

export interface CleanResult {
	/** Non-blank lines in order; a blank line in the seed is a `text: ''` entry (paragraph break). */
	lines: CleanLine[];
	/** Section labels dropped from above or under the headline ("Analysis | Europe"), when there are any: they say what
	 * kind of piece it is. */
	sectionLabels?: string[];
	/** One per drop, named by its rule (`clean-text:ad-slot`). */
	diagnostics: ArticleDiagnostic[];
}

// Labels a scraper leaves behind with nothing after them ("Creator:").
const EMPTY_LABEL =
	/^(creator|author|authors|by|byline|source|credit|credits|photo|image|caption|tags|share|published|updated):?$/i;
// Markers that end a scraped page and are never article text.
const END_MARKERS = ['LATEST NEWS', 'READ MORE', 'RELATED ARTICLES', 'RELATED STORIES', 'MORE FROM', 'ADVERTISEMENT'];
const END_MARKER_LINE = new RegExp(`^(${END_MARKERS.join('|')})$`);
// Lines a page template puts between paragraphs, in any case: an ad slot, a teaser for another story.
const AD_SLOT = /^(?:advertisement|advertising|sponsored|ad)$/i;
const TEASER = /^(?:read more|read also|see also|related|also read|more on this|recommended):\s*\S.{0,150}$/i;
// A marker glued to the end of the last paragraph ("…for years to come.LATEST NEWS").
const GLUED_END_MARKER = new RegExp(`([.!?”"’')\\]])\\s*(${END_MARKERS.join('|')})$`);

/**
 * Folds runs of spaces and tabs (and no-break spaces) into one space and trims the line. A single no-break or thin
 * space between digits is a thousands separator ("1 250") and stays, so the number is read whole.
 */
function foldWhitespace(line: string): string {
	return line
		.replace(
			/(?<=\d)([\u00a0\u202f\u2009])(?=\d)|[\t\f\v \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g,
			(_run, separator: string | undefined) => separator ?? ' ',
		)
		.trim();
}

/** NFC-normalises, folds whitespace and removes boilerplate lines from decoded text. */
export function cleanText(text: string): CleanResult {
	const diagnostics: ArticleDiagnostic[] = [];
	// A final newline ends the last line; it does not start a blank one.
	const raw = text
		.normalize('NFC')
		.replace(/[\u200b\u2060\ufeff]/g, '')
		.replace(/\n$/, '')
		.split('\n');
	let lines: CleanLine[] = raw.map((line, index) => ({ line: index + 1, text: foldWhitespace(line) }));
	const sectionLabels: string[] = [];

	const trailingBlank = lines.length - 1 - findLastIndex(lines, (entry) => entry.text !== '');
	if (trailingBlank > 0)
		diagnostics.push(
			warning('clean-text:trailing-blank-lines', `dropped ${countOf(trailingBlank, 'trailing blank line')}`),
		);
	lines = lines.slice(0, lines.length - trailingBlank);

	const kept: CleanLine[] = [];
	const firstText = lines.find((entry) => entry.text !== '');
	let seenFirst = false;
	let top = true;
	for (const [index, current] of lines.entries()) {
		let entry = current;
		if (entry.text === '') {
			kept.push(entry);
			continue;
		}
		if (EMPTY_LABEL.test(entry.text)) {
			diagnostics.push(
				warning('clean-text:empty-label', `dropped an empty "${entry.text}" label left by the scraper`, entry.line),
			);
			continue;
		}
		if (END_MARKER_LINE.test(entry.text.toUpperCase()) && entry.text === entry.text.toUpperCase()) {
			diagnostics.push(
				warning('clean-text:end-marker', `dropped the "${entry.text}" marker left by the scraper`, entry.line),
			);
			continue;
		}
		if (AD_SLOT.test(entry.text)) {
			diagnostics.push(
				warning('clean-text:ad-slot', `dropped the "${entry.text}" ad slot left by the scraper`, entry.line),
			);
			continue;
		}
		// A teaser names another story; a sentence that ends like one ("See also: the report.") is the article's own.
		if (TEASER.test(entry.text) && !/[.!?]["”’]?$/u.test(entry.text)) {
			diagnostics.push(
				warning('clean-text:teaser', `dropped the teaser "${entry.text}" for another story`, entry.line),
			);
			continue;
		}
		const next = lines.slice(index + 1).find((line) => line.text !== '')?.text ?? null;
		const furniture = pageFurniture({ text: entry.text, next, top, last: next === null });
		if (furniture) {
			diagnostics.push(warning(furniture.rule, furniture.message, entry.line));
			if (furniture.rule === 'clean-text:section-label') sectionLabels.push(entry.text);
			if (furniture.keep === null) continue;
			entry = { ...entry, text: furniture.keep };
		}
		if (isBodyLine(entry.text)) top = false;
		if (seenFirst && firstText && entry.text === firstText.text && kept.filter((k) => k.text !== '').length <= 3) {
			diagnostics.push(
				warning(
					'clean-text:repeated-headline',
					`dropped the headline repeated from line ${firstText.line}`,
					entry.line,
				),
			);
			continue;
		}
		seenFirst = true;
		kept.push(entry);
	}

	const last = findLastIndex(kept, (entry) => entry.text !== '');
	if (last >= 0) {
		const glued = GLUED_END_MARKER.exec(kept[last]!.text);
		if (glued) {
			kept[last] = { ...kept[last]!, text: kept[last]!.text.slice(0, glued.index + glued[1]!.length) };
			diagnostics.push(
				warning(
					'clean-text:glued-end-marker',
					`dropped the "${glued[2]}" marker glued to the end of the last paragraph`,
					kept[last]!.line,
				),
			);
		}
	}
	return { lines: trimBlankEnds(kept), ...(sectionLabels.length ? { sectionLabels } : {}), diagnostics };
}

/** The first furniture rule that fires on a line: its rule id, the message, and what stays of the line (null: nothing). */
function pageFurniture(line: LineContext): { rule: string; message: string; keep: string | null } | null {
	for (const rule of FURNITURE_RULES) {
		const action = rule.apply(line);
		if (!action) continue;
		const id = `clean-text:${rule.id}`;
		if (action.drop === 'line') return { rule: id, message: `dropped ${rule.description} "${line.text}"`, keep: null };
		return { rule: id, message: `dropped ${rule.description} "${action.segment}" from the line`, keep: action.keep };
	}
	return null;
}

function findLastIndex<T>(items: T[], test: (item: T) => boolean): number {
	for (let index = items.length - 1; index >= 0; index--) if (test(items[index]!)) return index;
	return -1;
}

function trimBlankEnds(lines: CleanLine[]): CleanLine[] {
	let start = 0;
	let end = lines.length;
	while (start < end && lines[start]!.text === '') start++;
	while (end > start && lines[end - 1]!.text === '') end--;
	return lines.slice(start, end);
}
