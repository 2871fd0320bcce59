/**
 * What in an article's text says what kind of piece it is. Each cue is named, counts where it occurs, and
 * quotes one example, so the verdict can be shown with its evidence. Text inside quotation marks is the
 * sources' voice, not the writer's, and is left out of every cue but the label.
 */

import { datelineLength } from '../dateline.ts';
import { alternation, language, speechVerbForms } from '../lang/index.ts';
import type { ArticleDocument } from '../model.ts';

/** One kind of piece an article can be. */
export type ArticleKind = 'news' | 'analysis' | 'opinion';

/** A cue found in an article: how often, and one example of its words. */
export interface CueHit {
	count: number;
	example: string;
}

/** One named cue: what it looks for and which kind it speaks for. */
export interface KindCue {
	id: string;
	kind: ArticleKind;
	description: string;
	find: (article: WriterText) => CueHit | null;
}

/** The article as the cues read it: its section label, if any, and its body sentences in the writer's voice. */
export interface WriterText {
	/** A section label above or at the head of the article ("Analysis", "Opinion"), lower case, or null. */
	label: string | null;
	/** Body sentences with quoted words taken out. */
	sentences: string[];
	/** Whether the article closes with an `Analysis:` paragraph. */
	analysisParagraph: boolean;
	/**
	 * The sentences of a closing `Analysis:` section (the labelled paragraph and what follows it), quotations taken
	 * out: a news round-up may end with one, and it is the writer's comment on the report, not the report.
	 */
	analysisSection: string[];
	/** Whether the lede opens with a wire-style dateline ("KYIV (Reuters) —"): the mark of a filed report. */
	dateline: boolean;
	/** Subheadings that ask a question ("Who drafted it?"): the shape of a question-and-answer explainer. */
	questionHeadings: string[];
	/** Paragraphs opened by a speaker's label ("Journalist: …"): a transcript or an interview, in its speakers' voice. */
	speakerTurns: number;
	/** The first such label. */
	speaker: string | null;
}

/**
 * The sentences with what lies inside quotation marks replaced by "…": what the sources say is not the writer's voice.
 * A quotation may run over several sentences of a paragraph (“… threat to Europe. We all want this war to end. …”).
 */
function outsideQuotes(sentences: readonly { text: string; block: number }[]): string[] {
	let open = false;
	let block = -1;
	return sentences.map((sentence) => {
		if (sentence.block !== block) [open, block] = [false, sentence.block];
		let kept = '';
		for (const char of sentence.text) {
			const opens = char === '“' || (char === '"' && !open);
			const closes = char === '”' || (char === '"' && open);
			if (!open && opens) [open, kept] = [true, `${kept}“…`];
			else if (open && closes) [open, kept] = [false, `${kept}”`];
			else if (!open) kept += char;
		}
		return kept;
	});
}
const LABELS: Record<string, ArticleKind> = {
	analysis: 'analysis',
	'news analysis': 'analysis',
	explainer: 'analysis',
	explained: 'analysis',
	'in depth': 'analysis',
	opinion: 'opinion',
	comment: 'opinion',
	commentary: 'opinion',
	editorial: 'opinion',
	'op-ed': 'opinion',
	column: 'opinion',
	perspective: 'opinion',
	'guest essay': 'opinion',
	'open letter': 'opinion',
	news: 'news',
	'breaking news': 'news',
};
/** Section labels and the kind each names. */
export const KIND_LABELS: Readonly<Record<string, ArticleKind>> = LABELS;

// "Us" and "Our" may open a sentence; "US" is a country.
const FIRST_PERSON =
	/\b(?:I|I['’]m|I['’]ve|[Mm]e|[Mm]y|[Ww]e|[Ww]e['’]ve|[Ww]e['’]re|[Ww]e['’]d|[Uu]s|[Oo]ur|[Oo]urs)\b/;
const ATTRIBUTION = new RegExp(
	String.raw`\b(?:according\s+to|${alternation(speechVerbForms(language, 'claim'))})\b`,
	'i',
);
const FORECAST_PHRASES = [
	'scenarios?',
	String.raw`paths?\s+forward`,
	String.raw`what\s+comes\s+next`,
	String.raw`the\s+(?:real\s+)?question\s+(?:now\s+)?is`,
	String.raw`it\s+remains\s+to\s+be\s+seen`,
	String.raw`in\s+other\s+words`,
	String.raw`the\s+(?:broader|bigger|larger)\s+picture`,
	String.raw`the\s+stakes\s+(?:could|are)`,
	String.raw`the\s+implication`,
];
const FORECAST = new RegExp(String.raw`\b(?:${FORECAST_PHRASES.join('|')})\b`, 'i');
/**
 * Hedged or evaluative wording in the writer's own voice: what "appears", "may be" or "seems", what is "stark",
 * "telling" or "increasingly clear", whispers and reminders. One such sentence is ordinary in a report; a piece made
 * mostly of them, with little attributed to anyone, is commentary.
 */
const EVALUATIVE_PHRASES = [
	String.raw`appears?\s+(?:to|ready|poised|set|likely)`,
	String.raw`seems?|seemingly|arguably|perhaps|presumably`,
	String.raw`may\s+(?:well\s+)?be|might|could\s+well`,
	String.raw`effectively|increasingly\s+(?:clear|obvious|likely|evident)`,
	String.raw`stark|telling|striking|remarkabl[ey]|(?:a\s+)?(?:stark\s+|clear\s+)?reminder`,
	String.raw`(?:significant|major|dramatic|fundamental)\s+(?:shift|blow|turn|setback)`,
	String.raw`whispers|leaves?\s+(?:him|her|them|it)\s+vulnerable|holds?\s+(?:genuine\s+|real\s+)?sway`,
	String.raw`the\s+reality\s+is|the\s+truth\s+is|the\s+irony\s+is|the\s+lesson\s+is`,
];
const EVALUATIVE = new RegExp(String.raw`\b(?:${EVALUATIVE_PHRASES.join('|')})\b`, 'i');
/** A sentence that dates what it reports: a weekday, a day of a month, or "today", "overnight", "this week". */
const { weekdays, months } = language.calendar;
const DATED = new RegExp(
	String.raw`\b(?:(?:[Oo]n|[Ll]ate|[Ee]arly|[Ll]ast|[Tt]his|[Ss]ince|[Bb]y|[Uu]ntil)\s+(?:${weekdays.join('|')})|(?:${months.join('|')})\s+\d{1,2}\b|\d{1,2}\s+(?:${months.join('|')})|today|yesterday|overnight|this\s+(?:week|morning|evening))\b`,
);

/** A count or an amount in figures ("31 prisoners", "$2.5 billion"), not a year alone. */
const FIGURE = /(?<![\p{L}\d])(?!(?:19|20)\d\d\b)\d[\d,.]*(?![\d])/u;

/** The sentences that report rather than comment: they attribute what they say, date it, or state a figure. */
export function reportingSentences(sentences: readonly string[]): number {
	return sentences.filter((sentence) => ATTRIBUTION.test(sentence) || DATED.test(sentence) || FIGURE.test(sentence))
		.length;
}

const VERDICT =
	/\b(?:shockingly|of\s+course|after\s+all|in\s+essence|make\s+no\s+mistake|let['’]s\s+be\s+clear|the\s+truth\s+is|frankly|needless\s+to\s+say)\b/i;

function hits(sentences: readonly string[], test: (sentence: string) => boolean): CueHit | null {
	const found = sentences.filter(test);
	return found.length ? { count: found.length, example: found[0]! } : null;
}

/** The cues, each counted over the writer's sentences. */
export const KIND_CUES: readonly KindCue[] = [
	{
		id: 'label',
		kind: 'news',
		description: 'a section label names the kind ("Analysis", "Opinion", "Comment")',
		find: (article) => (article.label ? { count: 1, example: article.label } : null),
	},
	{
		id: 'first-person',
		kind: 'opinion',
		description: 'the writer speaks as "I" or "we" outside quotations (not in a transcript, where speakers do)',
		find: (article) =>
			article.speakerTurns >= 2 ? null : hits(article.sentences, (sentence) => FIRST_PERSON.test(sentence)),
	},
	{
		id: 'verdict',
		kind: 'opinion',
		description: 'the writer passes judgement ("shockingly", "make no mistake", "of course")',
		find: (article) => hits(article.sentences, (sentence) => VERDICT.test(sentence)),
	},
	{
		id: 'question',
		kind: 'analysis',
		description: 'the writer asks questions of the reader',
		find: (article) => hits(article.sentences, (sentence) => /\?\s*$/u.test(sentence)),
	},
	{
		id: 'forecast',
		kind: 'analysis',
		description: 'the writer weighs what may come ("three plausible paths forward", "the real question is")',
		find: (article) => hits(article.sentences, (sentence) => FORECAST.test(sentence)),
	},
	{
		id: 'question-headings',
		kind: 'analysis',
		description: 'subheadings ask the questions an explainer answers ("What does the plan say about territory?")',
		find: (article) =>
			article.questionHeadings.length >= 2 && article.speakerTurns < 2
				? { count: article.questionHeadings.length, example: article.questionHeadings[0]! }
				: null,
	},
	{
		id: 'speaker-turns',
		kind: 'news',
		description: "paragraphs open with a speaker's label: a transcript or interview on the record",
		find: (article) =>
			article.speakerTurns >= 2 ? { count: article.speakerTurns, example: `${article.speaker}: …` } : null,
	},
	{
		id: 'evaluative',
		kind: 'analysis',
		description: 'the writer hedges or judges in their own voice ("appears ready", "may be", "a stark reminder")',
		find: (article) => hits(article.sentences, (sentence) => EVALUATIVE.test(sentence)),
	},
	{
		id: 'analysis-section',
		kind: 'news',
		description: 'a closing "Analysis:" section after the report: news with an analysis section, read apart',
		find: (article) =>
			article.analysisSection.length
				? { count: article.analysisSection.length, example: article.analysisSection[0]! }
				: null,
	},
	{
		id: 'dateline',
		kind: 'news',
		description: 'the lede opens with a wire-style dateline ("KYIV (Reuters) —")',
		find: (article) => (article.dateline ? { count: 1, example: article.sentences[0] ?? '' } : null),
	},
	{
		id: 'dated',
		kind: 'news',
		description: 'sentences date what they report ("on Friday", "November 21", "overnight")',
		find: (article) => hits(article.sentences, (sentence) => DATED.test(sentence)),
	},
	{
		id: 'attribution',
		kind: 'news',
		description: 'sentences attribute what they report ("said", "according to", "reported")',
		find: (article) => hits(article.sentences, (sentence) => ATTRIBUTION.test(sentence)),
	},
];

/** A section label in a short line ("Analysis", "Analysis | Africa", "OPINION"), lower case, if it names a kind. */
function labelOf(line: string | undefined): string | null {
	if (!line || line.split(/\s+/).length > 4) return null;
	const first = line
		.split(/\s*[|:•·—–]\s*/)[0]!
		.trim()
		.toLowerCase()
		.replace(/[.]$/, '');
	return first in LABELS ? first : null;
}

/** Paragraphs opened by a label that recurs ("Journalist:", "Q:", a name): speakers taking turns, not section labels. */
function speakerTurns(blocks: ArticleDocument['blocks']): string[] {
	const leads = blocks.flatMap((block) => (block.kind === 'paragraph' && block.lead ? [block.lead] : []));
	return leads.filter((lead) => leads.indexOf(lead) !== leads.lastIndexOf(lead));
}

/** The writer's text of an article: its label and its body sentences without their quotations. */
export function writerText(
	document: Pick<ArticleDocument, 'blocks' | 'sentences' | 'headline' | 'sectionLabels'>,
): WriterText {
	// A label stands above the headline, or as the first short line under it.
	const firstLine = document.blocks[0];
	const turns = speakerTurns(document.blocks);
	const label =
		(document.sectionLabels ?? []).map(labelOf).find((found) => found !== null) ??
		labelOf(document.headline ?? undefined) ??
		(firstLine && firstLine.kind !== 'list' && firstLine.kind !== 'key-points' ? labelOf(firstLine.text) : null);
	// A closing "Analysis:" paragraph starts a section of comment; the report is what stands before it.
	const section = document.blocks.findIndex((block) => block.kind === 'paragraph' && block.role === 'analysis');
	const body = document.sentences.filter((sentence) => sentence.kind === 'body');
	const inSection = (sentence: { block: number }) => section >= 0 && sentence.block >= section;
	const lede = body[0]?.text ?? '';
	return {
		label,
		sentences: outsideQuotes(body.filter((sentence) => !inSection(sentence))),
		analysisParagraph: section >= 0,
		analysisSection: outsideQuotes(body.filter(inSection)),
		dateline: datelineLength(lede) > 0,
		questionHeadings: document.blocks.flatMap((block) =>
			block.kind === 'heading' && /\?\s*$/u.test(block.text) ? [block.text] : [],
		),
		speakerTurns: turns.length,
		speaker: turns[0] ?? null,
	};
}
