/** Merges the entity mentions of all articles into one record per real person, place or organisation. */

import type { EntityRecord, EntityType } from '../../src/schemas/index.ts';
import { byString } from '../../src/shared/compare.ts';
import { findGazetteerHits } from './entities/gazetteer-hits.ts';
import { fuller, type GazetteerIndex, type IndexedEntry, nameParts, samePerson, surnameKey } from './entities/index.ts';
import type { EntityMention } from './model.ts';
import { slugify } from './slugify.ts';

type MergedEntity = Omit<EntityRecord, 'url'>;

/** What the corpus says about one mention key. */
interface KeyTally {
	key: string;
	name: string;
	types: Map<EntityType, number>;
	mentions: number;
	/** True when a mention was typed as the city named like a region ("the city of Zaporizhzhia"). */
	cityOfRegion?: boolean;
}

const TYPE_ORDER: EntityType[] = ['person', 'organization', 'place'];

/** The type most mentions give a key; ties go person, organisation, place. */
function majorityType(types: Map<EntityType, number>): EntityType {
	return [...types].sort((a, b) => b[1] - a[1] || TYPE_ORDER.indexOf(a[0]) - TYPE_ORDER.indexOf(b[0]))[0]![0];
}

/** Appends `item` to the list under `key`. */
function file<T>(map: Map<string, T[]>, key: string, item: T): void {
	const list = map.get(key);
	if (list) list.push(item);
	else map.set(key, [item]);
}

/**
 * Groups the NLP keys that name one thing: compatible names of one person, or one spelling of a place.
 * Two names can be one person only when their surnames agree (`samePerson`), so gazetteer people and
 * groups are looked up by surname key instead of tried one by one: the work grows with the names, not
 * with their square.
 */
function groupNlpKeys(tallies: KeyTally[], index: GazetteerIndex): Map<string, string> {
	const target = new Map<string, string>();
	const people = tallies
		.filter((tally) => majorityType(tally.types) === 'person')
		.sort((a, b) => (fuller(a.name, b.name) ? -1 : fuller(b.name, a.name) ? 1 : byString(a.key, b.key)));
	// Gazetteer people by the surname key of each multi-word spelling, in gazetteer order.
	const gazetteerBySurname = new Map<string, IndexedEntry[]>();
	for (const entry of index.entries.values()) {
		if (entry.type !== 'person') continue;
		const keys = new Set(
			[entry.name, ...entry.aliases]
				.filter((alias) => /\s/.test(alias))
				.map((alias) => surnameKey(nameParts(alias).surname)),
		);
		for (const key of keys) file(gazetteerBySurname, key, entry);
	}
	const groupsBySurname = new Map<string, { key: string; names: string[] }[]>();
	for (const tally of people) {
		const surname = surnameKey(nameParts(tally.name).surname);
		const gazetteer = (gazetteerBySurname.get(surname) ?? []).find((entry) =>
			[entry.name, ...entry.aliases].some((alias) => /\s/.test(alias) && samePerson(tally.name, alias)),
		);
		if (gazetteer) {
			target.set(tally.key, gazetteer.id);
			continue;
		}
		// Every name of a group must fit the newcomer, so "W. Burns" cannot join William and Walter together.
		const groups = groupsBySurname.get(surname) ?? [];
		const group = groups.find((candidate) => candidate.names.every((name) => samePerson(name, tally.name)));
		if (group) {
			group.names.push(tally.name);
			target.set(tally.key, group.key);
		} else {
			file(groupsBySurname, surname, { key: tally.key, names: [tally.name] });
			target.set(tally.key, tally.key);
		}
	}
	for (const tally of tallies) {
		if (target.has(tally.key)) continue;
		// A name the gazetteer knows as written (NLP met it where the matcher did not) is that entry.
		const hits = findGazetteerHits(tally.name, index);
		const whole = hits.length === 1 && hits[0]!.start === 0 && hits[0]!.end === tally.name.length;
		// …unless the text said it is the city named like that region ("the city of Zaporizhzhia").
		target.set(tally.key, whole && !tally.cityOfRegion ? hits[0]!.id : tally.key);
	}
	return target;
}

/** Merges the mentions of all articles into one record per real entity, with every spelling met. */
export function mergeEntities(
	articles: { article: string; mentions: EntityMention[] }[],
	index: GazetteerIndex,
): { entities: MergedEntity[]; resolve: (article: string, key: string) => string } {
	const tallies = new Map<string, KeyTally>();
	for (const { mentions } of articles)
		for (const mention of mentions) {
			if (index.entries.has(mention.key)) continue;
			const tally: KeyTally = tallies.get(mention.key) ?? {
				key: mention.key,
				name: mention.name,
				types: new Map(),
				mentions: 0,
			};
			if (mention.rule === 'entities:city-of-region') tally.cityOfRegion = true;
			if (fuller(mention.name, tally.name)) tally.name = mention.name;
			tally.types.set(mention.type, (tally.types.get(mention.type) ?? 0) + 1);
			tally.mentions++;
			tallies.set(mention.key, tally);
		}
	const nlpTarget = groupNlpKeys([...tallies.values()], index);

	// Records: one per gazetteer id or NLP group leader.
	const records = new Map<
		string,
		{
			name: string;
			types: Map<EntityType, number>;
			surfaces: Set<string>;
			articles: Set<string>;
			mentions: number;
			gazetteer: boolean;
		}
	>();
	for (const { article, mentions } of articles)
		for (const mention of mentions) {
			const target = index.entries.has(mention.key) ? mention.key : nlpTarget.get(mention.key)!;
			const gazetteer = index.entries.has(target);
			const record = records.get(target) ?? {
				name: gazetteer ? index.entries.get(target)!.name : mention.name,
				types: new Map(),
				surfaces: new Set(),
				articles: new Set(),
				mentions: 0,
				gazetteer,
			};
			if (!gazetteer && fuller(mention.name, record.name)) record.name = mention.name;
			record.types.set(mention.type, (record.types.get(mention.type) ?? 0) + 1);
			record.surfaces.add(mention.surface);
			record.articles.add(article);
			record.mentions++;
			records.set(target, record);
		}

	// Ids: gazetteer ids as curated; NLP names slugged, kept clear of every other id.
	const ids = new Map<string, string>();
	const taken = new Set(index.entries.keys());
	for (const target of [...records.keys()].sort(byString)) {
		if (index.entries.has(target)) {
			ids.set(target, target);
			continue;
		}
		const base = slugify(records.get(target)!.name) || 'entity';
		let id = base;
		for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
		taken.add(id);
		ids.set(target, id);
	}

	const entities: MergedEntity[] = [...records].map(([target, record]) => {
		const entry = index.entries.get(target);
		return {
			id: ids.get(target)!,
			name: record.name,
			type: entry?.type ?? majorityType(record.types),
			aliases: [...record.surfaces].filter((surface) => surface !== record.name).sort(byString),
			articles: [...record.articles].sort(byString),
			mentions: record.mentions,
			description: entry?.description ?? null,
			source: entry ? 'gazetteer' : 'nlp',
			coordinates: entry?.coordinates ?? null,
			placeType: entry?.coordinates ? entry.placeType : null,
		};
	});
	entities.sort((a, b) => byString(a.id, b.id));

	const resolve = (_article: string, key: string): string => {
		if (index.entries.has(key)) return key;
		const target = nlpTarget.get(key);
		if (target !== undefined) return ids.get(target) ?? target;
		return key.startsWith('nlp:') ? slugify(key.slice(4)) : key;
	};
	return { entities, resolve };
}
