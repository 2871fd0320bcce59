/**
 * Where the articles report things happening: each strike or casualty figure and each dated event is
 * placed at the places its own sentence names. Rules, in order:
 *
 * 1. A figure counting part of a larger one ("including 52 over the Belgorod region") is placed at the
 *    places its scope names; the whole it belongs to is not placed there (118 drones were not all
 *    downed over Belgorod).
 * 2. Otherwise the places named in the sentence. An event: in each of its source sentences, only the places of its
 *    own clause (`event-clause.ts`: a statement where it was made, not the places it speaks of; a meeting where it
 *    met, not where the talks it preceded were held); and at each place it rests on the sentences that name that
 *    place ("Diplomatic efforts will resume next week." is no source of the London meeting at London; the meeting's
 *    other sentence, which names London, is).
 * 3. Only places the map can put at a point count: a region, settlement or site with coordinates. A
 *    country, continent or sea is too large to stand for one point, so "Russia launched 470 drones"
 *    places nothing.
 * 4. When a sentence names a settlement or site and also a region, the more precise wins ("killed two
 *    civilians in Syzran, in the Samara region" is placed at Syzran once, not twice).
 *
 * A place the text names but the gazetteer cannot place (no coordinates) is kept apart as "not placed".
 * A number the text rules out or only supposes ("agreed not to cap … at 600,000") is not a report.
 */
import { isReported } from '../format/figure-status.ts';
import type { EntityRecord, EventRecord, FigureRecord, PlaceMention, PlaceType, SourceRef } from '../schemas/index.ts';
import { eventClauses, namedWithin } from '../shared/event-clause.ts';
import { figureKind, type MapKindId } from './kinds.ts';

/** The records the locating reads. */
export interface LocateInput {
	figures: readonly FigureRecord[];
	events: readonly EventRecord[];
	/** The place mentions of the sentences that report (more may be given; others are ignored). */
	mentions: readonly PlaceMention[];
	entities: readonly EntityRecord[];
}

/** One report the map can draw: a strike or casualty figure, or a dated event. */
export interface MapReport {
	/** The figure's or event's id. */
	id: string;
	kind: MapKindId;
	/** When it happened, ISO at its precision; null when the text does not say. */
	date: string | null;
	/** The reported number (a figure's value); null for an event. */
	value: number | null;
	figure: FigureRecord | null;
	event: EventRecord | null;
	/** The sentences it rests on. */
	sources: SourceRef[];
}

/** A place with the reports placed at it. */
export interface PlaceReports {
	place: EntityRecord;
	reports: MapReport[];
}

/** What the locating found: places the map can draw, and places it cannot (named, but no coordinates). */
export interface Located {
	/** Most reports first, then by name. */
	placed: PlaceReports[];
	/** Places without coordinates named in the reports' sentences, most reports first. */
	unplaced: PlaceReports[];
}

/** How precise a place type is as a point: higher wins; 0 is never drawn. */
const PRECISION: Record<PlaceType, number> = {
	continent: 0,
	country: 0,
	water: 0,
	region: 1,
	settlement: 2,
	site: 2,
};

/** True when the map can draw the place at its coordinates. */
export function isPlaceable(entity: Pick<EntityRecord, 'coordinates' | 'placeType'>): boolean {
	return entity.coordinates !== null && entity.placeType !== null && PRECISION[entity.placeType] > 0;
}

const sentenceKey = (article: string, sentence: string) => `${article}#${sentence}`;

/** The place mentions of each sentence, in the order they are named. */
function placeMentionsBySentence(
	mentions: readonly PlaceMention[],
	places: ReadonlyMap<string, EntityRecord>,
): Map<string, PlaceMention[]> {
	const bySentence = new Map<string, PlaceMention[]>();
	for (const mention of mentions) {
		if (!places.has(mention.entity)) continue;
		const key = sentenceKey(mention.article, mention.sentence);
		const list = bySentence.get(key);
		if (list) list.push(mention);
		else bySentence.set(key, [mention]);
	}
	return bySentence;
}

/** The places of a set of mentions, each once, with rules 3 and 4 applied; unplaceable named places apart. */
function choosePlaces(
	mentions: readonly PlaceMention[],
	places: ReadonlyMap<string, EntityRecord>,
): { placed: EntityRecord[]; unplaced: EntityRecord[] } {
	const named = [...new Set(mentions.map((mention) => mention.entity))].map((id) => places.get(id)!);
	const placeable = named.filter(isPlaceable);
	const best = Math.max(0, ...placeable.map((place) => PRECISION[place.placeType!]));
	return {
		placed: placeable.filter((place) => PRECISION[place.placeType!] === best),
		unplaced: named.filter((place) => place.coordinates === null),
	};
}

/** Places each strike and casualty figure and each dated event (see the rules above). */
export function locateReports(input: LocateInput): Located {
	const places = new Map(
		input.entities.filter((entity) => entity.type === 'place').map((entity) => [entity.id, entity]),
	);
	const bySentence = placeMentionsBySentence(input.mentions, places);
	const placed = new Map<string, MapReport[]>();
	const unplaced = new Map<string, MapReport[]>();
	const add = (target: Map<string, MapReport[]>, place: EntityRecord, report: MapReport) => {
		const list = target.get(place.id);
		if (list) list.push(report);
		else target.set(place.id, [report]);
	};
	const record = (report: MapReport, mentions: readonly PlaceMention[]) => {
		const chosen = choosePlaces(mentions, places);
		for (const place of chosen.placed) add(placed, place, report);
		for (const place of chosen.unplaced) add(unplaced, place, report);
	};

	// Scoped figures of each sentence, for rule 1.
	const scopedBySentence = new Map<string, FigureRecord[]>();
	for (const figure of input.figures) {
		if (figure.scope === null) continue;
		const key = sentenceKey(figure.article, figure.sentence);
		scopedBySentence.set(key, [...(scopedBySentence.get(key) ?? []), figure]);
	}
	const inScope = (mention: PlaceMention, scope: string) => scope.includes(mention.surface);

	for (const figure of input.figures) {
		const kind = figureKind(figure);
		if (kind === null || !isReported(figure)) continue;
		const key = sentenceKey(figure.article, figure.sentence);
		const mentions = bySentence.get(key) ?? [];
		let chosen: PlaceMention[];
		if (figure.scope !== null) {
			const scoped = mentions.filter((mention) => inScope(mention, figure.scope!));
			chosen = scoped.length > 0 ? scoped : mentions;
		} else {
			const parts = scopedBySentence.get(key) ?? [];
			chosen = mentions.filter((mention) => !parts.some((part) => inScope(mention, part.scope!)));
		}
		record(
			{
				id: figure.id,
				kind,
				date: figure.date,
				value: figure.value,
				figure,
				event: null,
				sources: [{ article: figure.article, sentence: figure.sentence, quote: figure.quote }],
			},
			chosen,
		);
	}

	for (const event of input.events) {
		const named = event.sources.map((source) => ({
			source,
			// Only the places of the event's own clause in this sentence.
			mentions: (bySentence.get(sentenceKey(source.article, source.sentence)) ?? []).filter((mention) =>
				namedWithin(source.quote, mention.surface, eventClauses(source.quote, event.title)),
			),
		}));
		const chosen = choosePlaces(
			named.flatMap(({ mentions }) => mentions),
			places,
		);
		const at = (place: EntityRecord): MapReport => ({
			id: event.id,
			kind: 'events',
			date: event.date,
			value: null,
			figure: null,
			event,
			sources: named
				.filter(({ mentions }) => mentions.some((mention) => mention.entity === place.id))
				.map(({ source }) => source),
		});
		for (const place of chosen.placed) add(placed, place, at(place));
		for (const place of chosen.unplaced) add(unplaced, place, at(place));
	}

	const ordered = (target: Map<string, MapReport[]>): PlaceReports[] =>
		[...target]
			.map(([id, reports]) => ({ place: places.get(id)!, reports }))
			.sort((a, b) => b.reports.length - a.reports.length || a.place.name.localeCompare(b.place.name));
	return { placed: ordered(placed), unplaced: ordered(unplaced) };
}
