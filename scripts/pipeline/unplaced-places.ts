/** Says once per place which places the text names that the map cannot place, so an editor can add them to the gazetteer. */

import { countOf } from '../../src/format/plural.ts';
import { locateReports } from '../../src/maps/locate.ts';
import type { CorpusRecords, Diagnostic } from '../../src/schemas/index.ts';

/** One warning per place without coordinates, naming how often it is mentioned and how many map reports it would carry. */
export function unplacedPlaceDiagnostics(
	corpus: Pick<CorpusRecords, 'entities' | 'figures' | 'events' | 'mentions'>,
	gazetteerFile: string,
): Diagnostic[] {
	const reports = new Map(locateReports(corpus).unplaced.map(({ place, reports }) => [place.id, reports.length]));
	return corpus.entities
		.filter((entity) => entity.type === 'place' && entity.coordinates === null)
		.map((place) => {
			const count = reports.get(place.id) ?? 0;
			const mentions = countOf(place.mentions, 'mention');
			const onMap = count > 0 ? `; the map lists it as not placed with ${countOf(count, 'report')}` : '';
			return {
				file: gazetteerFile,
				line: null,
				rule: 'map-place',
				severity: 'warning' as const,
				message:
					`place "${place.name}" (${mentions}) has no coordinates${onMap}. Add it with coordinates: ` +
					`[longitude, latitude] and a placeType, or as another type if it is not a place`,
			};
		});
}
