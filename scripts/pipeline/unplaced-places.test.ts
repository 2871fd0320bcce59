import { describe, expect, it } from 'vitest';
import { figure } from '../../src/charts/fixtures.ts';
import { locateInput, mentionsIn, PLACES } from '../../src/maps/fixtures.ts';
import { GazetteerEntrySchema } from '../../src/schemas/index.ts';
import { unplacedPlaceDiagnostics } from './unplaced-places.ts';

describe('unplacedPlaceDiagnostics', () => {
	it('warns once per place without coordinates, with its mentions and the reports the map cannot place', () => {
		const hits = [
			figure({ metric: 'locations_hit', value: 3, sentence: 's-1' }),
			figure({ metric: 'locations_hit', value: 4, sentence: 's-2' }),
		];
		const input = locateInput(
			hits,
			[],
			[...mentionsIn('a1', 's-1', PLACES.nordStream), ...mentionsIn('a1', 's-2', PLACES.nordStream)],
		);
		const entities = input.entities.map((entity) =>
			entity.id === 'nord-stream' ? { ...entity, mentions: 2 } : entity,
		);
		const diagnostics = unplacedPlaceDiagnostics({ ...input, entities }, 'content/gazetteer.yaml');
		expect(diagnostics).toEqual([
			{
				file: 'content/gazetteer.yaml',
				line: null,
				rule: 'map-place',
				severity: 'warning',
				message:
					'place "Nord Stream" (2 mentions) has no coordinates; the map lists it as not placed with 2 reports. ' +
					'Add it with coordinates: [longitude, latitude] and a placeType, or as another type if it is not a ' +
					'place',
			},
		]);
	});

	it('says nothing when every place has coordinates', () => {
		const input = locateInput([], [], []);
		const placed = input.entities.filter((entity) => entity.coordinates !== null);
		expect(unplacedPlaceDiagnostics({ ...input, entities: placed }, 'content/gazetteer.yaml')).toEqual([]);
	});
});

describe('GazetteerEntrySchema coordinates', () => {
	const kyiv = { name: 'Kyiv', type: 'place', placeType: 'settlement', coordinates: [30.52, 50.45] } as const;

	it('accepts [longitude, latitude] within range', () => {
		expect(GazetteerEntrySchema.parse(kyiv).coordinates).toEqual([30.52, 50.45]);
	});

	it('rejects a longitude or latitude out of range (latitude first, say)', () => {
		expect(GazetteerEntrySchema.safeParse({ ...kyiv, coordinates: [200, 50] }).success).toBe(false);
		expect(GazetteerEntrySchema.safeParse({ ...kyiv, coordinates: [30.5, 95] }).success).toBe(false);
	});

	it('asks for both coordinates and a place type, and neither on a person', () => {
		const noType = GazetteerEntrySchema.safeParse({ name: 'Kyiv', type: 'place', coordinates: [30.52, 50.45] });
		expect(noType.error?.issues[0]?.message).toMatch(/coordinates but no placeType/);
		const person = GazetteerEntrySchema.safeParse({ name: 'A Person', type: 'person', coordinates: [30, 50] });
		expect(person.error?.issues[0]?.message).toMatch(/only places have coordinates/);
	});
});
