/** Which tracked party an entity, a demonym or a capital speaks for, from `content/questions.yaml` and the gazetteer. */
import type { Party } from '../../../src/schemas/index.ts';

/** Looks up the party behind a speaker. */
export interface PartyResolver {
	/** The party an entity id speaks for: listed in the party, or a place in one of its countries. */
	ofEntity(entity: string): string | null;
	/** The party a demonym speaks for ("Ukrainian" → `ukraine`), case as written. */
	ofDemonym(word: string): string | null;
	/** The parties, by id. */
	names: ReadonlyMap<string, string>;
}

/**
 * Builds the resolver. `countryOf` maps a place to the country it lies in (`kyiv` → `ukraine`) and `demonyms` a
 * demonym to its entity ("Ukrainian" → `ukraine`), both from the gazetteer.
 */
export function partyResolver(
	parties: readonly Party[],
	countryOf: ReadonlyMap<string, string>,
	demonyms: ReadonlyMap<string, string>,
): PartyResolver {
	const byEntity = new Map<string, string>();
	const byCountry = new Map<string, string>();
	for (const party of parties) {
		for (const entity of party.entities) if (!byEntity.has(entity)) byEntity.set(entity, party.id);
		for (const country of party.countries) if (!byCountry.has(country)) byCountry.set(country, party.id);
	}
	const ofEntity = (entity: string): string | null => {
		const direct = byEntity.get(entity) ?? byCountry.get(entity);
		if (direct) return direct;
		const country = countryOf.get(entity);
		return country ? (byEntity.get(country) ?? byCountry.get(country) ?? null) : null;
	};
	return {
		ofEntity,
		ofDemonym: (word) => {
			const entity = demonyms.get(word);
			return entity ? ofEntity(entity) : null;
		},
		names: new Map(parties.map((party) => [party.id, party.name])),
	};
}
