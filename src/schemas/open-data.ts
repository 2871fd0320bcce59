/**
 * The open-data file registry: every file published under `<base>/data/`, declared once with the records it holds,
 * its schema or columns, and what it is for. The pipeline writes and validates the files from it, the site serves
 * them and the Data page documents them from it; a new file is one entry here.
 */
import type { z } from 'zod';
import { ArticleRecordSchema } from './article.ts';
import type { CorpusRecords } from './corpus.ts';
import { EntityRecordSchema, type MentionRecord, MentionRecordSchema } from './entity.ts';
import { type EventRecord, EventRecordSchema } from './event.ts';
import { FigureRecordSchema } from './figure.ts';
import { type METRICS, MetricDefinitionSchema } from './metric.ts';
import { PositionRecordSchema, QuestionRecordSchema } from './position.ts';
import { QuoteRecordSchema } from './quote.ts';
import { TopicRecordSchema } from './topic.ts';

/** Every record set a file can hold: the corpus, the metric vocabulary, and one row per place (`src/maps/places-table.ts`). */
export type OpenDataRecords = CorpusRecords & { metrics: typeof METRICS; places: readonly object[] };

/** One published file. */
export interface OpenDataFile {
	/** The file name under `data/`. */
	name: string;
	type: 'application/json' | 'text/csv';
	/** Which records it holds, one entry or row each. */
	records: keyof OpenDataRecords;
	/** What it holds, for the Data page. */
	description: string;
	/** JSON: the schema of one record, validated before writing and documented field by field. */
	schema?: z.ZodType;
	/** CSV: the columns in order (arrays are joined with ";"). */
	columns?: readonly string[];
	/** CSV: how a record becomes a row, when it is not its own fields. */
	row?: (record: never) => Record<string, unknown>;
}

const FIGURE_COLUMNS = [
	'id',
	'metric',
	'value',
	'unit',
	'qualifier',
	'subject',
	'claimedBy',
	'date',
	'datePrecision',
	'article',
	'quote',
	'sentence',
	'text',
	'scope',
	'conflictsWith',
	'status',
	'statusCue',
	'subjectRole',
	'interceptedBy',
	'inflictedBy',
	'place',
	'span',
	'spanCue',
	'dateSource',
] as const;

const EVENT_COLUMNS = [
	'id',
	'date',
	'precision',
	'title',
	'description',
	'sources',
	'quotes',
	'topics',
	'entities',
	'inferred',
	'dateText',
	'status',
	'weekday',
	'bound',
] as const;

/** The columns of `positions.csv`: the contract's fields, then the ones added beside them. */
const POSITION_COLUMNS = [
	'id',
	'question',
	'party',
	'speaker',
	'article',
	'sentence',
	'text',
	'date',
	'stance',
	'stanceCue',
	'source',
	'datePrecision',
	'dateSource',
	'speakerName',
	'changedFrom',
] as const;

/** The columns of `places.csv`, in order (its rows are built by `src/maps/places-table.ts`). */
export const PLACE_COLUMNS = [
	'id',
	'name',
	'placeType',
	'longitude',
	'latitude',
	'onMap',
	'strikes',
	'casualties',
	'events',
	'url',
] as const;

export const OPEN_DATA_FILES: readonly OpenDataFile[] = [
	{
		name: 'articles.json',
		type: 'application/json',
		records: 'articles',
		schema: ArticleRecordSchema,
		description:
			'One entry per article: title and where it came from, publication date with precision, source, ' +
			'confidence and evidence, summary, word count, topics, entities, warnings.',
	},
	{
		name: 'entities.json',
		type: 'application/json',
		records: 'entities',
		schema: EntityRecordSchema,
		description:
			'People, places and organisations: canonical name, type, every spelling met, the articles that mention them and how often.',
	},
	{
		name: 'topics.json',
		type: 'application/json',
		records: 'topics',
		schema: TopicRecordSchema,
		description: 'Topics: name, explainer paragraph, the articles on each (strongest first) and related topics.',
	},
	{
		name: 'events.json',
		type: 'application/json',
		records: 'events',
		schema: EventRecordSchema,
		description:
			'The timeline: one entry per real-world event with its date at its precision and every article sentence that reports it.',
	},
	{
		name: 'figures.json',
		type: 'application/json',
		records: 'figures',
		schema: FigureRecordSchema,
		description:
			'The numbers behind the charts: one entry per stated quantity with metric, value, unit, qualifier, whose, who claims it, when, and the exact sentence.',
	},
	{
		name: 'quotes.json',
		type: 'application/json',
		records: 'quotes',
		schema: QuoteRecordSchema,
		description: 'Direct quotations with their speaker and the sentence they stand in.',
	},
	{
		name: 'mentions.json',
		type: 'application/json',
		records: 'mentions',
		schema: MentionRecordSchema,
		description: 'Every mention of every entity: the words as written, the sentence and its position.',
	},
	{
		name: 'metrics.json',
		type: 'application/json',
		records: 'metrics',
		schema: MetricDefinitionSchema,
		description:
			'The metric vocabulary of figures.json: each metric with its label, family, unit and the charts that draw it.',
	},
	{
		name: 'positions.json',
		type: 'application/json',
		records: 'positions',
		schema: PositionRecordSchema,
		description:
			'Where each party stands: one entry per statement of a tracked party on a tracked question, with ' +
			'speaker, date, the exact sentence and a stance only where the sentence states one explicitly.',
	},
	{
		name: 'questions.json',
		type: 'application/json',
		records: 'questions',
		schema: QuestionRecordSchema,
		description:
			'The tracked questions of the peace talks: the question, the editors’ background, the parties followed and how many statements each has.',
	},
	{
		name: 'events.csv',
		type: 'text/csv',
		records: 'events',
		columns: EVENT_COLUMNS,
		row: (event: z.output<typeof EventRecordSchema>) => ({
			...event,
			sources: event.sources.map((source) => source.article),
			quotes: event.sources.map((source) => source.quote),
		}),
		description:
			'events.json as flat CSV: sources are article ids joined with ";", quotes the source sentences joined with ";".',
	},
	{
		name: 'places.csv',
		type: 'text/csv',
		records: 'places',
		columns: PLACE_COLUMNS,
		description:
			'Every place with its coordinates (longitude, latitude; empty when the gazetteer has none), ' +
			'whether the map can draw it at a point, ' +
			'and the strike reports, casualty figures and dated events the map places there.',
	},
	{
		name: 'figures.csv',
		type: 'text/csv',
		records: 'figures',
		columns: FIGURE_COLUMNS,
		description: 'figures.json as flat CSV.',
	},
	{
		name: 'positions.csv',
		type: 'text/csv',
		records: 'positions',
		columns: POSITION_COLUMNS,
		description: 'positions.json as flat CSV, the same columns.',
	},
];

/** The published file with this name, or undefined. */
export function openDataFile(name: string): OpenDataFile | undefined {
	return OPEN_DATA_FILES.find((file) => file.name === name);
}

/**
 * A record set also published in parts (one file per group under `data/<folder>/`), so a reader can fetch only
 * what is needed or stream it a record at a time. The whole file stays as it is: parts are an addition.
 */
export interface OpenDataParts {
	/** The folder under `data/`. */
	folder: string;
	/** The whole file the records also are in; the parts keep its order and its fields (but `omit`). */
	of: string;
	records: keyof OpenDataRecords;
	/** JSON Lines (one record per line, to stream) or a JSON array like the whole file. */
	format: 'jsonl' | 'json';
	/** The part a record goes in: the file's name without its extension. */
	part: (record: never) => string;
	/** Fields left out of each record (too large to repeat, and found elsewhere as `description` says). */
	omit: readonly string[];
	/** How a part is named, for the Data page. */
	named: string;
	/** What a part holds, for the Data page. */
	description: string;
}

export const OPEN_DATA_PARTS: readonly OpenDataParts[] = [
	{
		folder: 'mentions',
		of: 'mentions.json',
		records: 'mentions',
		format: 'jsonl',
		part: (mention: MentionRecord) => mention.entity,
		omit: ['text'],
		named: '<entity id>.jsonl',
		description:
			"One entity's mentions, one per line, with the fields of mentions.json but the sentence's text (in " +
			'mentions.json, and on the article page at # and the sentence id). Entity ids are in entities.json.',
	},
	{
		folder: 'events',
		of: 'events.json',
		records: 'events',
		format: 'json',
		part: (event: EventRecord) => (event.date.length >= 7 ? event.date.slice(0, 7) : event.date.slice(0, 4)),
		omit: [],
		named: 'YYYY-MM.json',
		description: "One month's events with the fields of events.json; the events dated only to a year are in YYYY.json.",
	},
];
