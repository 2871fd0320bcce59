/** Small hand-made records for the map tests: places with coordinates, mentions of them, and a locate input. */
import { makeEntity } from '../briefings/fixtures.ts';
import type { EntityRecord, EventRecord, FigureRecord, MentionRecord } from '../schemas/index.ts';

const place = (id: string, name: string, placeType: EntityRecord['placeType'], lon: number, lat: number) =>
	makeEntity({ id, name, type: 'place', placeType, coordinates: [lon, lat] });

/** Places of the war's geography and two far away, as the gazetteer gives them. */
export const PLACES = {
	ukraine: place('ukraine', 'Ukraine', 'country', 31.2, 49),
	russia: place('russia', 'Russia', 'country', 40.5, 56),
	kyiv: place('kyiv', 'Kyiv', 'settlement', 30.52, 50.45),
	kharkiv: place('kharkiv', 'Kharkiv', 'settlement', 36.23, 49.99),
	odesa: place('odesa', 'Odesa', 'settlement', 30.73, 46.48),
	moscow: place('moscow', 'Moscow', 'settlement', 37.62, 55.76),
	syzran: place('syzran', 'Syzran', 'settlement', 48.47, 53.16),
	samara: place('samara-region', 'Samara region', 'region', 50.5, 53.3),
	belgorod: place('belgorod-region', 'Belgorod region', 'region', 37.2, 50.7),
	blackSea: place('black-sea', 'Black Sea', 'water', 34, 43.4),
	geneva: place('geneva', 'Geneva', 'settlement', 6.14, 46.2),
	washington: place('washington', 'Washington', 'settlement', -77.04, 38.91),
	riga: place('riga', 'Riga', 'settlement', 24.11, 56.95),
	tallinn: place('tallinn', 'Tallinn', 'settlement', 24.75, 59.44),
	astana: place('astana', 'Astana', 'settlement', 71.45, 51.17),
	vienna: place('vienna', 'Vienna', 'settlement', 16.37, 48.21),
	nordStream: makeEntity({ id: 'nord-stream', name: 'Nord Stream', type: 'place', source: 'nlp' }),
} satisfies Record<string, EntityRecord>;

/** Mentions of places in one sentence of an article, as mentions.json gives them. */
export function mentionsIn(article: string, sentence: string, ...places: (EntityRecord | [EntityRecord, string])[]) {
	return places.map((item, index): MentionRecord => {
		const [entity, surface] = Array.isArray(item) ? item : [item, item.name];
		return {
			id: `${article}-${sentence}-m${index}`,
			entity: entity.id,
			article,
			sentence,
			surface,
			start: index * 10,
			text: `A sentence naming ${surface}.`,
		};
	});
}

/** A locate input over the given records and every fixture place. */
export function locateInput(figures: FigureRecord[], events: EventRecord[], mentions: MentionRecord[]) {
	return { figures, events, mentions, entities: Object.values(PLACES) };
}
