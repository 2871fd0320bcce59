/** Small hand-made records for the chart model tests: a figure, an event and a chart input with defaults. */
import type { EventRecord, FigureRecord } from '../schemas/index.ts';
import type { ChartArticle, ChartInput } from './types.ts';

/** A figure with test defaults; `id` and `sentence` follow from the article and metric unless given. */
export function figure(fields: Partial<FigureRecord> & Pick<FigureRecord, 'metric' | 'value'>): FigureRecord {
	const article = fields.article ?? 'a1';
	const id = fields.id ?? `${article}-${fields.metric}-${fields.value}`;
	return {
		id,
		unit: 'count',
		qualifier: 'exact',
		subject: null,
		claimedBy: null,
		date: null,
		article,
		quote: `The sentence stating ${fields.value}.`,
		datePrecision: fields.date
			? fields.date.length === 10
				? 'day'
				: fields.date.length === 7
					? 'month'
					: 'year'
			: null,
		sentence: `s-${id}`,
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

/** A timeline event with test defaults. */
export function event(fields: Partial<EventRecord> & Pick<EventRecord, 'id' | 'date' | 'title'>): EventRecord {
	return {
		precision: fields.date.length === 10 ? 'day' : fields.date.length === 7 ? 'month' : 'year',
		description: fields.title,
		sources: [{ article: 'a1', quote: fields.title, sentence: 's-1' }],
		topics: [],
		entities: [],
		inferred: false,
		dateText: fields.date,
		status: 'happened',
		weekday: null,
		orderDay: null,
		...fields,
	};
}

/** A chart input over the given records; articles a1…a9 exist with URLs under `/articles/`. */
export function chartInput(figures: FigureRecord[], events: EventRecord[] = []): ChartInput {
	const ids = new Set(['a1', 'a2', 'a3', ...figures.map((item) => item.article)]);
	const articles = new Map<string, ChartArticle>(
		[...ids].map((id, index) => [
			id,
			{
				id,
				url: `/articles/${id}/`,
				title: `Article ${id}`,
				published: `2025-11-${String(10 + index).padStart(2, '0')}`,
			},
		]),
	);
	const names = new Map([
		['russia', 'Russia'],
		['ukraine', 'Ukraine'],
		['ukrainian-air-force', "Ukraine's air force"],
	]);
	return { figures, events, articles, names, timelineUrl: '/timeline/', keyEventTopics: new Set(['peace-plan']) };
}
