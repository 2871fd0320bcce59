/** The open data files published under `<base>/data/`, with what each holds (for the Data page). */

export interface OpenDataFile {
	name: string;
	type: 'application/json' | 'text/csv';
	description: string;
}

export const OPEN_DATA_FILES: OpenDataFile[] = [
	{
		name: 'articles.json',
		type: 'application/json',
		description:
			'One entry per article: title and where it came from, publication date with precision, source, confidence and evidence, summary, word count, topics, entities, warnings.',
	},
	{
		name: 'entities.json',
		type: 'application/json',
		description:
			'People, places and organisations: canonical name, type, every spelling met, the articles that mention them and how often; for places, coordinates and how large an area the name covers.',
	},
	{
		name: 'topics.json',
		type: 'application/json',
		description: 'Topics: name, explainer paragraph, the articles on each (strongest first) and related topics.',
	},
	{
		name: 'events.json',
		type: 'application/json',
		description:
			'The timeline: one entry per real-world event with its date at its precision and every article sentence that reports it.',
	},
	{
		name: 'figures.json',
		type: 'application/json',
		description:
			'The numbers behind the charts: one entry per stated quantity with metric, value, unit, qualifier, whose, who claims it, when, and the exact sentence.',
	},
	{
		name: 'quotes.json',
		type: 'application/json',
		description: 'Direct quotations with their speaker and the sentence they stand in.',
	},
	{
		name: 'mentions.json',
		type: 'application/json',
		description: 'Every mention of every entity: the words as written, the sentence and its position.',
	},
	{
		name: 'events.csv',
		type: 'text/csv',
		description:
			'events.json as flat CSV: sources are article ids joined with ";", quotes the source sentences joined with ";".',
	},
	{ name: 'figures.csv', type: 'text/csv', description: 'figures.json as flat CSV.' },
	{
		name: 'places.csv',
		type: 'text/csv',
		description:
			'Every place with its coordinates (longitude, latitude; empty when the gazetteer has none), whether the map can draw it at a point, and the strike reports, casualty figures and dated events the map places there.',
	},
];
