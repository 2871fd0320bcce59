/**
 * Whether an article is about what the topics are about (`scope` in `content/topics.yaml`): the topics of one war
 * file an article only when that war's countries, the places in them and their people ("Ukrainian", "Russians")
 * are a real part of the places it names. A report from Sudan or Gaza shares words with the topics ("drone strike",
 * "killed", "ceasefire") but none of their places: it is filed under no topic and listed as other reporting,
 * rather than forced into this war's topic pages, briefings and charts on incidental words.
 */
import type { TopicScope } from '../../../src/schemas/index.ts';
import type { EntityMention, Sentence } from '../model.ts';
import { findTermHits } from './match-terms.ts';

/** What an article's places say about its subject. */
export interface ScopeReading {
	inScope: boolean;
	/** Mentions of the scope's countries, of places in them and of their people. */
	mentions: number;
	/** Every place mention and people (demonym) mention counted with them. */
	places: number;
}

/** Lookups from the gazetteer: a place's country, and each demonym's country. */
export interface ScopeLookups {
	countryOf: ReadonlyMap<string, string>;
	demonyms: ReadonlyMap<string, string>;
}

/** Reads the article's places against the scope; with no scope every article is in it. */
export function readScope(
	input: { sentences: readonly Sentence[]; mentions: readonly EntityMention[] },
	scope: TopicScope | null,
	lookups: ScopeLookups,
): ScopeReading {
	if (!scope) return { inScope: true, mentions: 0, places: 0 };
	const countries = new Set(scope.countries);
	const ofScope = (key: string) => countries.has(key) || countries.has(lookups.countryOf.get(key) ?? '');
	const places = input.mentions.filter((mention) => mention.type === 'place');
	const placesInScope = places.filter((mention) => ofScope(mention.key)).length;
	// People named by their country ("Russian forces", "Ukrainians") count with the places.
	const demonyms = [...lookups.demonyms].filter(([, country]) => countries.has(country)).map(([word]) => word);
	const text = input.sentences.map((sentence) => sentence.text).join('\n');
	const people = demonyms.length ? findTermHits(text, demonyms).length : 0;
	const mentions = placesInScope + people;
	const total = places.length + people;
	return {
		inScope: mentions >= scope.minMentions && total > 0 && mentions / total >= scope.minShare,
		mentions,
		places: total,
	};
}
