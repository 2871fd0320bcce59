import { describe, expect, it } from 'vitest';
import type { EntityMention } from '../model.ts';
import { findAttributions } from './claimants.ts';

/** A mention of `surface` in `text` under `key`. */
function mention(
	text: string,
	surface: string,
	key: string,
	type: EntityMention['type'] = 'organization',
): EntityMention {
	return { key, name: surface, type, surface, sentence: 's-1', start: text.indexOf(surface), source: 'gazetteer' };
}

const claimants = (text: string, mentions: EntityMention[] = []) =>
	findAttributions(text, mentions).map((found) => found.claimedBy);

describe('findAttributions', () => {
	it('reads "according to the regional governor" as the words', () =>
		expect(claimants('An attack killed two civilians in Syzran, according to the regional governor.')).toEqual([
			'the regional governor',
		]));
	it('reads a trailing "…, Ukraine\'s air force said" as the words, not as the country', () => {
		const text = "Russia fired 120 Shahed drones overnight, Ukraine's air force said; 97 drones were shot down.";
		expect(
			claimants(text, [mention(text, 'Russia', 'russia', 'place'), mention(text, 'Ukraine', 'ukraine', 'place')]),
		).toEqual(["Ukraine's air force"]);
	});
	it('reads "Mediazona reports that…" as the entity id', () => {
		const text = 'Mediazona reports that Russian military casualties have surged.';
		expect(claimants(text, [mention(text, 'Mediazona', 'mediazona')])).toEqual(['mediazona']);
	});
	it('reads "the International Monetary Fund announced" as the entity id, past a leading clause', () => {
		const text = 'On the economic front, the International Monetary Fund announced that it had reached an agreement.';
		expect(claimants(text, [mention(text, 'International Monetary Fund', 'imf')])).toEqual(['imf']);
	});
	it('reads "The Russian defense ministry announced" as its words with a lower-case "the"', () =>
		expect(claimants('The Russian defense ministry announced the capture of two villages.')).toEqual([
			'the Russian defense ministry',
		]));
	it('reads "Officials reported" and "Reports indicate" as their words', () => {
		expect(claimants('Officials reported that 29 locations were hit.')).toEqual(['officials']);
		expect(claimants('Reports indicate Russia captured 505 square kilometers.')).toEqual(['reports']);
	});
	it('reads a titled name before "said" as the person', () => {
		const text = 'At least 14 civilians were killed in Kharkiv, regional governor Oleh Syniehubov said.';
		expect(claimants(text, [mention(text, 'Oleh Syniehubov', 'oleh-syniehubov', 'person')])).toEqual([
			'oleh-syniehubov',
		]);
	});
	it('reads past an appositive to the name ("Kyslytsia, a member of the delegation, said")', () => {
		const text = 'Deputy Foreign Minister Serhiy Kyslytsia, a member of the Ukrainian delegation, said the US agreed.';
		expect(claimants(text, [mention(text, 'Serhiy Kyslytsia', 'serhiy-kyslytsia', 'person')])).toEqual([
			'serhiy-kyslytsia',
		]);
	});
	it('keeps the words when a preposition leads to the entity ("Residents in Chernihiv report")', () => {
		const text = 'Residents in Chernihiv report up to 14 hours without power daily.';
		expect(claimants(text, [mention(text, 'Chernihiv', 'chernihiv', 'place')])).toEqual(['residents in Chernihiv']);
	});
	it('reads "Kyiv says" as the entity id', () => {
		const text = 'Kyiv says Russian forces lost more than 1,000 troops in a day.';
		expect(claimants(text, [mention(text, 'Kyiv', 'kyiv', 'place')])).toEqual(['kyiv']);
	});
	it('reads "as reported by The New York Times" as the entity id', () => {
		const text = 'The message, as reported by The New York Times, resonated.';
		expect(claimants(text, [mention(text, 'The New York Times', 'nyt')])).toEqual(['nyt']);
	});
	it('marks a pronoun before a reporting verb ("It also said") for the caller to resolve', () =>
		expect(findAttributions('It also said its troops had taken three villages.', [])).toEqual([
			{ claimedBy: '', start: 0, end: 12, pronoun: true },
		]));
	it('finds no named claimant in a pronoun, a passive or a noun ("he said", "had been confirmed", "the report")', () => {
		expect(claimants('The toll is rising, he said.')).toEqual(['']);
		expect(claimants('The deaths of 6,024 officers had been confirmed.')).toEqual([]);
		expect(claimants('According to multiple reports, talks stalled.')).toEqual(['multiple reports']);
	});
	it('does not read "United States" as a reporting verb', () =>
		expect(claimants('Three days of negotiations between Ukrainian and United States officials ended.')).toEqual([]));
	it('does not read a clause ending in a preposition as a claimant ("scrutiny after reports surfaced")', () =>
		expect(claimants('His role has attracted scrutiny after reports surfaced that he advised an aide.')).toEqual([]));
});
