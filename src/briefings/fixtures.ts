/**
 * A small hand-made corpus for the briefing tests: three articles on the peace talks and the air
 * war, in the words of the seed articles, with just enough entities, figures, quotes and events.
 */
import type {
	ArticleRecord,
	EntityRecord,
	EventRecord,
	FigureRecord,
	MentionRecord,
	QuoteRecord,
	TopicRecord,
} from '../schemas/index.ts';
import type { BriefingData } from './model.ts';

/** An article record with test defaults; `id` decides slug and URL. */
export function makeArticle(fields: Partial<ArticleRecord> & { id: string }): ArticleRecord {
	return {
		slug: fields.id,
		url: `/articles/${fields.id}/`,
		title: `Article ${fields.id}`,
		titleSource: 'headline',
		published: null,
		publishedPrecision: null,
		publishedSource: null,
		publishedConfidence: 0,
		publishedEvidence: '',
		publishedQualifier: null,
		publishedLatest: null,
		summary: '',
		wordCount: 100,
		topics: [],
		entities: [],
		entityMentions: [],
		warnings: [],
		file: `seeds/${fields.id}.txt`,
		outlet: null,
		kind: 'news',
		kindSource: 'inferred',
		kindEvidence: [],
		sourceUrl: null,
		keyPoints: [],
		keyPointSentences: [],
		summarySentences: [],
		readingMinutes: 1,
		topicScores: [],
		questions: [],
		sentenceTopics: [],
		topicLeads: [],
		...fields,
	};
}

/** An entity record with test defaults. */
export function makeEntity(fields: Partial<EntityRecord> & { id: string; name: string }): EntityRecord {
	return {
		type: 'person',
		aliases: [],
		articles: [],
		mentions: 0,
		url: `/entities/${fields.id}/`,
		description: null,
		source: 'gazetteer',
		coordinates: null,
		placeType: null,
		...fields,
	};
}

/** A figure record with test defaults. */
export function makeFigure(
	fields: Partial<FigureRecord> & { id: string; article: string; metric: string; value: number },
): FigureRecord {
	return {
		unit: 'count',
		qualifier: 'exact',
		subject: null,
		claimedBy: null,
		date: null,
		quote: '',
		datePrecision: null,
		sentence: 's-1',
		text: String(fields.value),
		scope: null,
		status: 'reported',
		statusCue: null,
		subjectRole: null,
		interceptedBy: null,
		inflictedBy: null,
		place: null,
		span: 'incident',
		spanCue: null,
		dateSource: null,
		conflictsWith: [],
		...fields,
	};
}

/** A quote record with test defaults. */
export function makeQuote(fields: Partial<QuoteRecord> & { id: string; article: string; text: string }): QuoteRecord {
	return { speaker: null, speakerName: null, quote: `“${fields.text}”`, sentence: 's-1', ...fields };
}

/** An event record with test defaults, sourced from one article sentence. */
export function makeEvent(
	fields: Partial<EventRecord> & { id: string; date: string; article: string; sentence?: string },
): EventRecord {
	const { article, sentence = 's-1', ...rest } = fields;
	return {
		precision: fields.date.length === 10 ? 'day' : fields.date.length === 7 ? 'month' : 'year',
		title: `Event ${fields.id}`,
		description: '',
		sources: [{ article, quote: `Sentence of ${fields.id}.`, sentence }],
		topics: [],
		entities: [],
		inferred: false,
		dateText: fields.date,
		status: 'happened',
		weekday: null,
		orderDay: null,
		...rest,
	};
}

/** A mention of an entity in an article sentence. */
export function makeMention(
	id: string,
	entity: string,
	article: string,
	sentence: string,
	text: string,
): MentionRecord {
	return { id, entity, article, sentence, surface: entity, start: 0, text };
}

const ZELENSKYY = makeEntity({ id: 'volodymyr-zelenskyy', name: 'Volodymyr Zelenskyy', mentions: 4 });
const WITKOFF = makeEntity({ id: 'steve-witkoff', name: 'Steve Witkoff', mentions: 2 });
const KYIV = makeEntity({ id: 'kyiv', name: 'Kyiv', type: 'place', mentions: 2 });
const AIR_FORCE = makeEntity({
	id: 'ukrainian-air-force',
	name: 'Ukrainian Air Force',
	type: 'organization',
	mentions: 1,
});

const PRESSURE_POINTS = [
	'US officials are pressuring Ukraine to accept a peace deal with Russia by Thursday, threatening worse terms if refused.',
	'Belarus pardoned 31 Ukrainian prisoners in a move coordinated with the US, as fighting persists on the ground.',
] as const;

const TALKS_SUMMARY = [
	'Three days of negotiations between Ukrainian and United States officials ended without a ' +
		'breakthrough, even as Russia unleashed one of its largest aerial bombardments of the war.',
	'The talks in Florida wrapped up on Saturday.',
];

const MONTHLY_POINT =
	'After days of shuttle diplomacy with Kiev, Washington has moved straight to Moscow – sidelining the EU.';

const PRESSURE = makeArticle({
	id: 'a-pressure',
	entities: ['volodymyr-zelenskyy', 'kyiv'],
	entityMentions: [1, 1],
	title: 'Ukraine Faces Critical Crossroads as US Pressures for Swift Peace Deal',
	published: '2025-11-22',
	publishedPrecision: 'day',
	topics: ['peace-plan'],
	topicScores: [9],
	keyPoints: [PRESSURE_POINTS[0], PRESSURE_POINTS[1]],
	keyPointSentences: [
		{ sentence: 's-4', text: PRESSURE_POINTS[0], item: 0 },
		{ sentence: 's-20', text: PRESSURE_POINTS[1], item: 1 },
	],
	summary: PRESSURE_POINTS[0],
	summarySentences: [{ sentence: 's-4', text: PRESSURE_POINTS[0] }],
	questions: [
		{ sentence: 's-40', text: 'You want peace?' },
		{ sentence: 's-61', text: 'Will Ukraine choose dignity or survival?' },
		{ sentence: 's-62', text: 'Will Western solidarity hold, or fracture under Washington’s timeline?' },
	],
});

const TALKS = makeArticle({
	id: 'b-talks',
	entities: ['volodymyr-zelenskyy', 'steve-witkoff'],
	entityMentions: [2, 1],
	title: 'Ukraine–US Talks End Without Breakthrough as Russia Launches Massive Barrage',
	published: '2025-12-07',
	publishedPrecision: 'day',
	topics: ['peace-plan', 'air-war'],
	topicScores: [4, 8],
	keyPoints: [],
	summary: TALKS_SUMMARY.join(' '),
	summarySentences: TALKS_SUMMARY.map((text, index) => ({ sentence: `s-${index + 1}`, text })),
});

const MONTHLY = makeArticle({
	id: 'c-monthly',
	entities: ['kyiv', 'steve-witkoff', 'volodymyr-zelenskyy'],
	entityMentions: [1, 1, 1],
	title: 'Washington Moves Straight to Moscow',
	published: '2025-12',
	publishedPrecision: 'month',
	topics: ['peace-plan'],
	topicScores: [6],
	keyPoints: [MONTHLY_POINT],
	keyPointSentences: [{ sentence: 's-1', text: MONTHLY_POINT, item: 0 }],
	questions: [{ sentence: 's-9', text: 'Can Zelenskiy resist pressure from the White House as Russia gains ground?' }],
});

const UNDATED = makeArticle({
	id: 'd-undated',
	title: 'An undated analysis',
	topics: ['air-war'],
	topicScores: [2],
	keyPoints: ['Undated articles still count.'],
});

/** The mentions behind the articles' entity counts (the site reads them per entity, not whole). */
export function fixtureMentions(): MentionRecord[] {
	return [
		makeMention(
			'a-pressure-m1',
			'volodymyr-zelenskyy',
			'a-pressure',
			's-3',
			'According to The Guardian, US officials are exerting intense pressure on President Volodymyr Zelenskyy.',
		),
		makeMention(
			'a-pressure-m2',
			'kyiv',
			'a-pressure',
			's-4',
			'US officials are pressuring Ukraine to accept a peace deal with Russia by Thursday, threatening worse terms if refused.',
		),
		makeMention(
			'b-talks-m1',
			'volodymyr-zelenskyy',
			'b-talks',
			's-3',
			'President Volodymyr Zelenskyy described his phone discussion with US envoys Steve Witkoff and Jared Kushner as “substantive.”',
		),
		makeMention(
			'b-talks-m2',
			'steve-witkoff',
			'b-talks',
			's-3',
			'President Volodymyr Zelenskyy described his phone discussion with US envoys Steve Witkoff and Jared Kushner as “substantive.”',
		),
		makeMention(
			'c-monthly-m1',
			'volodymyr-zelenskyy',
			'c-monthly',
			's-2',
			'Zelenskiy’s government insists publicly that it will not accept territorial concessions.',
		),
		makeMention(
			'c-monthly-m2',
			'kyiv',
			'c-monthly',
			's-1',
			'After days of shuttle diplomacy with Kiev, Washington has moved straight to Moscow – sidelining the EU.',
		),
		makeMention(
			'c-monthly-m3',
			'steve-witkoff',
			'c-monthly',
			's-5',
			'US Deputy Secretary of State Steve Witkoff is set to meet Russian President Vladimir Putin today on Russian territory.',
		),
		makeMention(
			'b-talks-m3',
			'volodymyr-zelenskyy',
			'b-talks',
			's-7',
			'Zelenskyy confirmed that energy sites and transport hubs were the main targets.',
		),
	];
}

/** The hand-made corpus: three dated articles (one month-precise) and one undated. */
export function fixtureData(): BriefingData {
	const articles = [PRESSURE, TALKS, MONTHLY, UNDATED];
	return {
		articles,
		placeMentions: [],
		entities: [ZELENSKYY, WITKOFF, KYIV, AIR_FORCE],
		topics: [
			{
				id: 'peace-plan',
				name: 'Peace plan',
				description: 'The US-drafted plan.',
				articles: ['a-pressure', 'c-monthly', 'b-talks'],
				related: ['air-war'],
				url: '/topics/peace-plan/',
				scores: [9, 6, 4],
				keyEvents: true,
				metrics: ['plan_points'],
				sources: [],
				figures: [],
			},
			{
				id: 'air-war',
				name: 'Air war',
				description: 'Drones and missiles.',
				articles: ['b-talks', 'd-undated'],
				related: [],
				url: '/topics/air-war/',
				scores: [8, 2],
				keyEvents: false,
				metrics: ['drones_launched', 'missiles_launched'],
				sources: [],
				figures: ['f1'],
			},
		] satisfies TopicRecord[],
		events: [
			makeEvent({ id: 'e1', date: '2025-11-21', article: 'a-pressure', sentence: 's-5', topics: ['peace-plan'] }),
			makeEvent({ id: 'e2', date: '2025-12-06', article: 'b-talks', sentence: 's-2', topics: ['peace-plan'] }),
			makeEvent({ id: 'e3', date: '2025-12-06', article: 'b-talks', sentence: 's-4', topics: ['air-war'] }),
		],
		figures: [
			makeFigure({
				id: 'f1',
				article: 'b-talks',
				metric: 'drones_launched',
				value: 653,
				subject: 'russia',
				claimedBy: 'ukrainian-air-force',
				date: '2025-12-06',
				datePrecision: 'day',
				sentence: 's-4',
				quote:
					'During the same period, Russia launched 653 drones and 51 missiles in a massive overnight assault ' +
					'targeting energy and infrastructure facilities across multiple regions.',
			}),
			makeFigure({
				id: 'f2',
				article: 'b-talks',
				metric: 'injured',
				value: 8,
				qualifier: 'at_least',
				claimedBy: 'Officials',
				sentence: 's-5',
				quote: 'Officials reported that 29 locations were hit, leaving at least eight people injured.',
			}),
			makeFigure({
				id: 'f3',
				article: 'a-pressure',
				metric: 'prisoners_released',
				value: 31,
				sentence: 's-20',
				quote:
					'Belarus pardoned 31 Ukrainian prisoners in a move coordinated with the US, as fighting persists on the ground.',
			}),
		],
		quotes: [
			makeQuote({
				id: 'q1',
				article: 'b-talks',
				text: 'substantive',
				speaker: 'volodymyr-zelenskyy',
				speakerName: 'Zelenskyy',
				sentence: 's-3',
			}),
			makeQuote({
				id: 'q2',
				article: 'a-pressure',
				text: 'We are going through one of the most difficult moments in our history',
				speaker: 'volodymyr-zelenskyy',
				speakerName: 'Zelenskyy',
				sentence: 's-30',
			}),
			makeQuote({
				id: 'q3',
				article: 'a-pressure',
				text: 'The alternative may be even worse for Kyiv, believe me',
				speaker: null,
				speakerName: 'a US official',
				sentence: 's-12',
			}),
			makeQuote({
				id: 'q4',
				article: 'c-monthly',
				text: 'Nobody said who spoke these long enough words',
				sentence: 's-3',
			}),
		],
		positions: [],
		questions: [],
	};
}
