/** The shape of a briefing: what each section holds once composed from the data. */

import type {
	ArticleRecord,
	DatePrecision,
	EntityRecord,
	EventRecord,
	FigureRecord,
	PositionRecord,
	QuestionRecord,
	QuoteRecord,
	SiteRecords,
} from '../schemas/index.ts';
import type { BottomLinePoint } from './bottom-line.ts';

/** The records a briefing is composed from (the loaded corpus satisfies it). */
export type BriefingData = SiteRecords;

/** What a briefing covers: every article, or the articles of one topic. */
export type BriefingScope = { kind: 'situation' } | { kind: 'topic'; topic: string };

/** The latest publication date a briefing reflects, at its precision. */
export interface AsOf {
	iso: string;
	precision: DatePrecision;
	/** "as of 8 December 2025", "as of December 2025". */
	label: string;
}

/** A footnote: the number in the source list and the sentence (or article) it points to. */
export interface Citation {
	/** 1-based number in the briefing's source list. */
	source: number;
	article: string;
	/** Article URL with the sentence anchor (`…/#s-12`), or the bare article URL when the sentence is not known. */
	href: string;
}

/** One sentence quoted from an article, with its footnote. */
export interface CitedSentence {
	text: string;
	cite: Citation;
}

/** A key figure, attributed as the article attributes it. */
export interface BriefingFigure {
	figure: FigureRecord;
	/** Display name of whose number it is (entity name), or null. */
	subject: string | null;
	/** Who and where in words ("launched by Russia, intercepted by Ukraine"), so that no side reads backwards. */
	sides: string;
	/** "according to Ukraine's air force", or null when the article names no one. */
	attribution: string | null;
	cite: Citation;
}

/** A direct quotation with its speaker. */
export interface BriefingQuote {
	quote: QuoteRecord;
	/** The speaker's entity when the data knows it. */
	speaker: EntityRecord | null;
	/** The name to print: the entity's name, else the article's words. */
	speakerName: string;
	cite: Citation;
}

/**
 * One tracked question in a briefing: each party's latest statement in the briefing's articles, cited. Every row has
 * a cell for each party of the section, in the same order; `tracked` is false where the question does not follow it.
 */
export interface BriefingStanding {
	question: QuestionRecord;
	cells: {
		party: { id: string; name: string };
		tracked: boolean;
		statement: PositionRecord | null;
		/**
		 * True when the statement is older than the newest on its question by more than the briefing's window: shown as
		 * an earlier statement, not as where the party stands now.
		 */
		earlier: boolean;
		cite: Citation | null;
	}[];
}

/** An entity involved in the briefing's articles and how often they mention it. */
export interface BriefingActor {
	entity: EntityRecord;
	mentions: number;
}

/** One entry of the numbered source list. */
export interface BriefingSource {
	number: number;
	article: ArticleRecord;
	/** Anchor ids of the article's sentences the briefing cites, in citing order. */
	sentences: string[];
}

/** A composed briefing, ready to render. */
export interface Briefing {
	/** `situation` or the topic id; also the PDF's file name. */
	id: string;
	title: string;
	/** One paragraph saying what the briefing covers. */
	description: string;
	scope: BriefingScope;
	asOf: AsOf | null;
	/** Earliest dated article of the briefing, at its precision. */
	from: { iso: string; precision: DatePrecision; text?: string } | null;
	/** How many articles the briefing draws on. */
	articleCount: number;
	/** The state of play: the newest development of each topic, newest first, each with its date. */
	bottomLine: BottomLinePoint[];
	figures: BriefingFigure[];
	/** Timeline excerpt, oldest first. */
	events: EventRecord[];
	/** Source numbers of the excerpt's events. */
	eventSources: number[];
	/** All events in scope (the excerpt shows the latest of them). */
	eventCount: number;
	quotes: BriefingQuote[];
	/** Where the parties stand on the tracked questions (empty when the articles hold no statement on them). */
	positions: BriefingStanding[];
	actors: BriefingActor[];
	questions: CitedSentence[];
	sources: BriefingSource[];
}
