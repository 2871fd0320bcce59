/**
 * The in-memory shapes that flow between pipeline stages. Published records have Zod schemas in
 * `src/schemas/`; these are the intermediate forms that never leave the pipeline.
 */
import type {
	ArticleRecord,
	DatePrecision,
	EntityType,
	EventRecord,
	EventStatus,
	FigureRecord,
	QuoteRecord,
	SourceRef,
} from '../../src/schemas/index.ts';
import type { AnnotatedSentence } from './annotate/index.ts';
import type { ArticleDiagnostic } from './diagnostics.ts';

/** A block of an article body after structure parsing, in document order. */
export type Block =
	| { kind: 'heading'; line: number; text: string }
	| {
			kind: 'paragraph';
			line: number;
			/** The paragraph text, without its bold lead-in when it has one. */
			text: string;
			/** A `Label:` lead-in ("Back to Business as Usual"), without the colon, or null. */
			lead: string | null;
			/** `analysis` for a closing `Analysis:` paragraph, `byline` for a masthead line ("By Olga Rudenko",
			 * "Published: 3 December 2025") before the body, else `body`. */
			role: 'body' | 'analysis' | 'byline';
	  }
	| { kind: 'list'; line: number; items: string[] }
	| { kind: 'key-points'; line: number; items: string[] };

/** One sentence of the article as it appears on the page; the unit every fact is sourced to. */
export interface Sentence {
	/** Anchor id on the article page, `s-1`, `s-2`… in document order. */
	id: string;
	/** The exact sentence text. */
	text: string;
	/** Index of the block it belongs to. */
	block: number;
	/** 1-based line of the seed file it comes from (for diagnostics). */
	line: number;
	/** What kind of block holds it. */
	/** `masthead`: a byline or dated line above the body, kept on the page but not read for facts or names. */
	kind: 'body' | 'heading' | 'key-point' | 'list-item' | 'masthead';
	/** For list and key-point sentences, the 0-based item of the block they belong to. */
	item?: number;
	/** In a transcript or an interview: the speaker label of the turn the sentence belongs to, on every sentence of
	 * the turn ("President of Finland Alexander Stubb"); see `speaker-turns.ts`. Absent elsewhere. */
	speaker?: string;
	/** True on the first sentence of a paragraph that opens with the speaker label. */
	opensTurn?: true;
}

/** An article after clean-up and structure parsing. */
export interface ArticleDocument {
	/** Seed file name without extension. */
	id: string;
	/** Repository-relative seed path, e.g. `seeds/000_x.txt`. */
	file: string;
	/** The first line when it reads as a headline, else null. */
	headline: string | null;
	/** Section labels the clean-up dropped from the masthead ("Analysis | Europe"), for the kind of piece. */
	sectionLabels?: string[];
	blocks: Block[];
	sentences: Sentence[];
}

/** An article whose sentences carry their annotations (`annotate/`), as the extractors read it. */
export interface AnnotatedDocument extends ArticleDocument {
	sentences: AnnotatedSentence[];
}

/** A date expression found in a sentence and resolved against the publication date. */
export interface DateMention {
	/** Sentence id. */
	sentence: string;
	/** The words matched, e.g. "Late Friday", "November 21, 2025", "in November alone". */
	text: string;
	/** Offset of `text` in the sentence. */
	start: number;
	/** Resolved ISO date at `precision`; null when it cannot be resolved (no anchor, no year). */
	date: string | null;
	precision: DatePrecision | null;
	/** explicit = a calendar date in the text; weekday/relative = resolved from the publication date. */
	kind: 'explicit' | 'weekday' | 'relative' | 'month' | 'year';
	/** True when the date was reasoned from a relative phrase rather than stated. */
	inferred: boolean;
	/** Whether the sentence speaks of the date as past or future, or `unknown`. */
	tense: 'past' | 'future' | 'unknown';
	/** How the words relate the date to the story: `deadline` for "a deadline of November 27", "Thursday's deadline". */
	relation?: 'since' | 'by' | 'before' | 'after' | 'until' | 'deadline' | null;
	/**
	 * For a day the text names only relative to a publication date known to its month ("on Saturday" in an article
	 * of December 2025): the weekday it names (0 = Sunday), kept beside the month-precise `date`.
	 */
	weekday?: number | null;
	/**
	 * For such a day, the day it falls on were the article published mid-month: an ordering hint among events of the
	 * same month (a past Saturday before a coming Monday), never shown as a date.
	 */
	orderDay?: string | null;
}

/** Result of publication-date inference, shaped like the contract's `published*` fields. */
export interface PublicationDate {
	published: string | null;
	publishedPrecision: DatePrecision | null;
	publishedSource: 'override' | 'stated' | 'inferred' | null;
	publishedConfidence: number;
	publishedEvidence: string;
	/** `on_or_after` when the text bounds the day only from below and the earliest day that fits is given. */
	publishedQualifier?: 'on_or_after' | null;
	/** The latest date the evidence allows, when it allows a range whose earliest is `published`. */
	publishedLatest?: string | null;
	/** Problems, each named by its rule (`infer-date:no-date`: "no publication date found: …"). */
	diagnostics: ArticleDiagnostic[];
}

/** One mention of a named thing in a sentence, before corpus-wide merging. */
export interface EntityMention {
	/** Gazetteer id, or a provisional `nlp:` key for names the gazetteer lacks. */
	key: string;
	/** Canonical name (gazetteer) or the fullest surface form met (NLP). */
	name: string;
	type: EntityType;
	/** The words as written. */
	surface: string;
	/** Sentence id. */
	sentence: string;
	/** Offset of `surface` in the sentence text. */
	start: number;
	source: 'gazetteer' | 'nlp';
	/** For a name the gazetteer lacks: the typing rule that typed it (`entities:place-context`). */
	rule?: string;
	/** For a name found outside the sentences, the line it stands in: the headline, or a transcript's speaker label
	 * before sentence `sentence`; `start` is an offset in it. Absent for names in the sentence text. */
	context?: string;
	/** For a place the gazetteer does not list, the country it lies in when the text shows it ("the city of
	 * Zaporizhzhia" lies where the Zaporizhzhia region does). */
	country?: string;
}

/** A figure before ids and cross-article conflicts are assigned. */
export type ExtractedFigure = Omit<FigureRecord, 'id' | 'conflictsWith'>;

/** A quotation before ids are assigned. */
export type ExtractedQuote = Omit<QuoteRecord, 'id'>;

/** A dated statement of one article, before cross-article merging. */
export interface ExtractedEvent {
	date: string;
	precision: DatePrecision;
	title: string;
	description: string;
	source: SourceRef;
	topics: string[];
	entities: string[];
	inferred: boolean;
	dateText: string;
	/** Happened, scheduled (a plan or expectation) or a deadline, from the tense and words around the date. */
	status: EventStatus;
	/** The weekday named for a month-precise date ("Saturday"), else null. */
	weekday: EventRecord['weekday'];
	/** Ordering hint for a month-precise date (ISO day), else null. */
	orderDay: string | null;
	/** Set when the text gives the date as a bound of what happened ("By November 21, … had been confirmed"). */
	bound?: EventRecord['bound'];
	/** Set when the date was carried from an earlier sentence of the article (the rule's id): never merged with it. */
	carried?: string;
	/** Content lemmas and numbers of the source sentence, for matching across articles (computed when the event is built). */
	words?: { lemmas: string[]; numbers: string[] };
}

/** A topic assigned to an article with its score and the evidence that earned it. */
export interface TopicAssignment {
	topic: string;
	score: number;
	/** Terms, entity ids and metrics that matched. */
	evidence: string[];
}

/** Everything the pipeline learned from one article. */
export interface ArticleExtraction {
	document: ArticleDocument;
	record: Omit<ArticleRecord, 'slug' | 'url'>;
	dates: DateMention[];
	mentions: EntityMention[];
	figures: ExtractedFigure[];
	quotes: ExtractedQuote[];
	events: ExtractedEvent[];
	topics: TopicAssignment[];
	/** What the stages raised about the article, each naming its rule; its warnings are also in `record.warnings`. */
	diagnostics: ArticleDiagnostic[];
}
