import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	fixtureSentences,
	loadGazetteer,
	loadNames,
	readSeeds,
	sentencesOf,
	smallGazetteer,
} from '../../test/fixtures/entities/corpus.ts';
import { goldenFolders } from '../../test/golden.ts';
import { tagTerms } from './annotate/index.ts';
import { countryOfMap, demonymMap, extractEntities, indexGazetteer } from './extract-entities.ts';
import type { EntityMention, Sentence } from './model.ts';

const index = indexGazetteer(loadGazetteer(), loadNames());
const seeds = readSeeds();

// The same gazetteer without the people the new-name tests introduce.
const lean = indexGazetteer(
	loadGazetteer().filter((entry) => !['rustem-umerov'].includes(entry.id ?? '')),
	loadNames(),
);

const find = (...paragraphs: string[]) => extractEntities(sentencesOf(...paragraphs), index);
const keys = (mentions: EntityMention[]) => mentions.map((mention) => mention.key);
const surfaces = (mentions: EntityMention[], key: string) =>
	mentions.filter((mention) => mention.key === key).map((mention) => mention.surface);
const nlp = (mentions: EntityMention[]) =>
	mentions.filter((mention) => mention.source === 'nlp').map((mention) => `${mention.type}:${mention.surface}`);

describe('content/gazetteer.yaml', () => {
	const entries = loadGazetteer();
	it('gives every entry a one-sentence description', () => {
		for (const entry of entries) expect(entry.description, entry.name).toMatch(/^\S.*[.]$/);
	});
	it('has the ids other stages rely on', () => {
		const ids = new Set(entries.map((entry) => entry.id));
		for (const id of ['ukraine', 'russia', 'united-states', 'european-union', 'nato', 'volodymyr-zelenskyy'])
			expect(ids.has(id), id).toBe(true);
	});
	it('never gives one spelling to two entries', () => {
		const owner = new Map<string, string>();
		for (const entry of entries)
			for (const spelling of [entry.name, ...entry.aliases]) {
				const folded = spelling.replace(/’/g, "'").toLowerCase();
				expect(owner.get(folded) ?? entry.id, `${spelling} in ${entry.id} and ${owner.get(folded)}`).toBe(entry.id);
				owner.set(folded, entry.id!);
			}
	});
	it('keeps demonyms out of the aliases', () => {
		for (const entry of entries) for (const demonym of entry.demonyms) expect(entry.aliases).not.toContain(demonym);
	});
	it('gives a country only to places, and only a country that has demonyms', () => {
		const countries = new Set(entries.filter((entry) => entry.demonyms.length).map((entry) => entry.id));
		for (const entry of entries.filter((candidate) => candidate.country !== undefined)) {
			expect(entry.type, entry.id).toBe('place');
			expect(countries.has(entry.country!), `${entry.id} → ${entry.country}`).toBe(true);
		}
	});
});

describe('countryOfMap', () => {
	it('maps a city and a region to the country they lie in', () => {
		const countryOf = countryOfMap(index);
		expect([countryOf.get('kharkiv'), countryOf.get('belgorod-region'), countryOf.get('ukraine')]).toEqual([
			'ukraine',
			'russia',
			undefined,
		]);
	});
});

describe('demonymMap', () => {
	it('maps "Ukrainian" and its plural "Ukrainians" to ukraine', () => {
		const demonyms = demonymMap(index);
		expect(demonyms.get('Ukrainian')).toBe('ukraine');
		expect(demonyms.get('Ukrainians')).toBe('ukraine');
		expect(demonyms.get('American')).toBe('united-states');
	});
});

describe('extractEntities: gazetteer', () => {
	it('keeps the title out of the surface ("President Volodymyr Zelenskyy", "Lieutenant General Oleg Tsokov")', () => {
		const mentions = find(
			'President Volodymyr Zelenskyy spoke. The list includes Lieutenant General Oleg Tsokov, killed in July 2023.',
		);
		expect(surfaces(mentions, 'volodymyr-zelenskyy')).toEqual(['Volodymyr Zelenskyy']);
		expect(surfaces(mentions, 'oleg-tsokov')).toEqual(['Oleg Tsokov']);
		expect(nlp(mentions)).toEqual([]);
	});
	it('gives the base surface of a possessive ("Zelenskyy’s", "Russia\'s")', () => {
		const mentions = find("Zelenskyy’s government rejected Russia's demands.");
		expect(mentions.map((mention) => [mention.key, mention.surface])).toEqual([
			['volodymyr-zelenskyy', 'Zelenskyy'],
			['russia', 'Russia'],
		]);
	});
	it('reads the three spellings of Zelenskyy and Kiev as the curated entities', () => {
		const mentions = find('Zelensky met Zelenskiy’s aides in Kiev, then Volodymyr Zelenskyy flew on.');
		expect(keys(mentions)).toEqual(['volodymyr-zelenskyy', 'volodymyr-zelenskyy', 'kyiv', 'volodymyr-zelenskyy']);
	});
	it('matches acronyms case-sensitively ("us" is not the United States)', () => {
		expect(keys(find('Let us hope the US and the EU agree.'))).toEqual(['united-states', 'european-union']);
	});
	it('prefers the longest alias ("Nove Zaporizhzhia", "Zaporizhzhia nuclear plant" over "Zaporizhzhia")', () => {
		const mentions = find(
			'Troops took Nove Zaporizhzhia as strikes cut power to the Zaporizhzhia nuclear plant in Zaporizhzhia.',
		);
		expect(keys(mentions)).toEqual(['nove-zaporizhzhia', 'zaporizhzhia-nuclear-power-plant', 'zaporizhzhia-region']);
	});
	it('matches a lower-case alias written in title case ("Russian Defence Ministry")', () => {
		expect(keys(find('The Russian Defence Ministry said so.'))).toEqual(['russian-ministry-of-defence']);
	});
	it('does not read "America" in "South America" as the United States', () => {
		const text = 'Exports to South America fell while America grew.';
		const mentions = find(text);
		expect(mentions.filter((mention) => mention.key === 'united-states').map((mention) => mention.start)).toEqual([
			text.indexOf('America grew'),
		]);
	});
	it('never counts a demonym standing alone as a mention', () => {
		expect(find('Ukrainian and Russian officials met American and European diplomats.')).toEqual([]);
	});
	it('reads "Dan P. Driscoll" as the curated Dan Driscoll, surface and all', () => {
		const mentions = find('Army Secretary Dan P. Driscoll briefed diplomats.');
		expect(mentions.map((mention) => [mention.key, mention.surface, mention.source])).toEqual([
			['dan-driscoll', 'Dan P. Driscoll', 'gazetteer'],
		]);
	});
	it('does not give "Melania Trump" to Donald Trump', () => {
		const mentions = find('Melania Trump did not attend, but President Trump did.');
		expect(mentions.map((mention) => [mention.key, mention.surface])).toEqual([
			['nlp:melania-trump', 'Melania Trump'],
			['donald-trump', 'Trump'],
		]);
	});
	it('reads an unlisted bare surname only after the full name ("Khan")', () => {
		expect(keys(find('Khan said nothing.'))).toEqual([]);
		const mentions = find('Deputy prosecutor Nazhat Shameem Khan spoke first.', 'Later, Khan said the warrant stands.');
		expect(mentions.map((mention) => [mention.key, mention.surface])).toEqual([
			['nazhat-shameem-khan', 'Nazhat Shameem Khan'],
			['nazhat-shameem-khan', 'Khan'],
		]);
	});
});

describe('extractEntities: names the gazetteer lacks', () => {
	beforeAll(() => {
		tagTerms('Warm the tagger up.');
	});
	it('finds "Defence Minister Rustem Umerov met Gen. Christopher Cavoli in Ramstein" without the titles', () => {
		const mentions = extractEntities(
			sentencesOf('Defence Minister Rustem Umerov met Gen. Christopher Cavoli in Ramstein on Tuesday.'),
			lean,
		);
		expect(nlp(mentions)).toEqual(['person:Rustem Umerov', 'person:Christopher Cavoli', 'place:Ramstein']);
		expect(keys(mentions)).toEqual(['nlp:rustem-umerov', 'nlp:christopher-cavoli', 'nlp:ramstein']);
	});
	it('keeps a plural\'s possessive that opens a name in it ("a local People\'s Defence Force")', () => {
		expect(nlp(find('A member of a local Women’s Defence Force said the road was closed.'))).toEqual([
			'organization:Women’s Defence Force',
		]);
	});
	it('joins "and" inside a name before "project" ("the Open Casualty Count and Strike Archive project")', () => {
		expect(nlp(find('The Open Casualty Count and Strike Archive project counted 40 raids in May.'))).toEqual([
			'organization:Open Casualty Count and Strike Archive',
		]);
		expect(nlp(find('Officials from Tarnovia and Belvaro met in Geneva.'))).not.toContain(
			'organization:Tarnovia and Belvaro',
		);
	});
	it('gives a surname used alone the key of the full name met before ("Olena Kovalenko … Kovalenko said")', () => {
		const mentions = find(
			'Olena Kovalenko, a nurse from Kharkiv, said the shelling lasted all night.',
			'“We stay,” Kovalenko said. Ms Kovalenko’s son is at the front.',
		);
		expect(
			mentions
				.filter((mention) => mention.type === 'person')
				.map((mention) => [mention.key, mention.name, mention.surface]),
		).toEqual([
			['nlp:olena-kovalenko', 'Olena Kovalenko', 'Olena Kovalenko'],
			['nlp:olena-kovalenko', 'Olena Kovalenko', 'Kovalenko'],
			['nlp:olena-kovalenko', 'Olena Kovalenko', 'Kovalenko'],
		]);
	});
	it('drops a lone unknown surname with no full name in the article', () => {
		expect(find('Kovalenko said the shelling lasted all night.')).toEqual([]);
	});
	it('groups "Bill Burns" and "William J. Burns" in one article under the fuller name', () => {
		const mentions = find('Former CIA Director Bill Burns spoke. William J. Burns had met Putin twice.');
		const burns = mentions.filter((mention) => mention.surface.endsWith('Burns'));
		expect(burns.map((mention) => mention.key)).toEqual(['nlp:william-j-burns', 'nlp:william-j-burns']);
		expect(burns.map((mention) => mention.name)).toEqual(['William J. Burns', 'William J. Burns']);
	});
	it('names organisations by their head word ("Institute for the Study of War", "Southern Military District")', () => {
		const mentions = find(
			'The Institute for the Study of War said Russian forces had advanced.',
			'Lieutenant General Ivan Petrovsky, commander of the Southern Military District, was killed near Kupiansk.',
		);
		expect(nlp(mentions)).toEqual([
			'organization:Institute for the Study of War',
			'person:Ivan Petrovsky',
			'organization:Southern Military District',
		]);
	});
	it('finds a new place from "the village of" and "region"', () => {
		const mentions = find('Russian forces struck the village of Bilozerske and a refinery in the Rostov region.');
		expect(nlp(mentions)).toEqual(['place:Bilozerske', 'place:Rostov']);
	});
	it('reads a name after a lower-case title as a person ("regional governor Oleh Kiper", "foreign minister Hakan Fidan")', () => {
		const mentions = find(
			'Regional governor Oleh Kiper said on Tuesday that Turkey’s foreign minister Hakan Fidan had called him.',
		);
		expect(nlp(mentions)).toEqual(['person:Oleh Kiper', 'person:Hakan Fidan']);
	});
	it('does not make a person of a place after a lower-case title word ("the general Black Sea area")', () => {
		expect(nlp(find('Ships avoided the general Black Sea area after the strike.'))).not.toContain('person:Black Sea');
	});
	it('finds places named by a leading head ("the Sea of Azov", "Lake Ladoga") and every name listed after "the settlements of"', () => {
		const mentions = find(
			'Drones were downed over the Sea of Azov and near Lake Ladoga.',
			'Troops took the settlements of Seversk and Kleshcheyevka.',
		);
		expect(nlp(mentions)).toEqual(['place:Sea of Azov', 'place:Lake Ladoga', 'place:Seversk', 'place:Kleshcheyevka']);
	});
	it('finds a new place from an appositive ("Mykolaiv, the last major city on the road to Odesa")', () => {
		const mentions = find(
			'In March 2022, Russian troops failed to seize Mykolaiv, the last major city on the road to Odesa.',
		);
		expect(nlp(mentions)).toEqual(['place:Mykolaiv']);
	});
	it('ignores weekdays, months, holidays and ordinary sentence openers', () => {
		const mentions = find(
			'Late Friday, officials met. In November, talks stalled. With Thanksgiving looming, nothing moved.',
			'Will Western solidarity hold? Residents fled during the Easter ceasefire. The Cold War is over. Quick Read: Analysis follows.',
		);
		expect(nlp(mentions)).toEqual([]);
	});
	it('leaves headings to the gazetteer ("Russian Losses Mount As Winter Fighting Intensifies")', () => {
		const mentions = find('# Russian Losses Mount As Winter Fighting Intensifies Near Pokrovsk');
		expect(mentions.map((mention) => mention.key)).toEqual(['pokrovsk']);
	});
	it('ignores a title with no name ("the President", "the Secretary")', () => {
		expect(find('The President and the Secretary of State met the Prime Minister.')).toEqual([]);
	});
});

describe('extractEntities on the seeds', () => {
	const all = [...seeds].map(([id, document]) => ({
		id,
		document,
		mentions: extractEntities(document.sentences, index),
	}));

	it('gives offsets that slice back to the surface in every sentence', () => {
		for (const { document, mentions } of all) {
			const byId = new Map<string, Sentence>(document.sentences.map((sentence) => [sentence.id, sentence]));
			for (const mention of mentions) {
				const text = byId.get(mention.sentence)!.text;
				expect(text.slice(mention.start, mention.start + mention.surface.length)).toBe(mention.surface);
			}
		}
	});
	it('finds the named places of the front line and the Russian rear', () => {
		const met = new Set(all.flatMap(({ mentions }) => keys(mentions)));
		for (const id of [
			'mediazona',
			'syzran',
			'chernihiv',
			'belgorod-region',
			'pokrovsk',
			'myrnohrad',
			'zvanivka',
			'samara-region',
		])
			expect(met.has(id), id).toBe(true);
	});
	it('reads "Daniel P. Driscoll" and "Driscoll’s" as Dan Driscoll', () => {
		const mentions = all.find(({ id }) => id === '002')!.mentions;
		expect(surfaces(mentions, 'dan-driscoll')).toEqual(['Daniel P. Driscoll', 'Driscoll', 'Driscoll']);
	});
	it('finds no junk names: weekdays, months, labels, demonyms', () => {
		const names = all.flatMap(({ mentions }) => mentions.map((mention) => mention.surface));
		for (const junk of [
			'Friday',
			'Thursday',
			'November',
			'Quick Read',
			'Analysis',
			'Ukrainian',
			'Russian',
			'Thanksgiving',
			'Western',
			'Cold War',
			'President',
		])
			expect(names, junk).not.toContain(junk);
	});
	it('extracts an article well under 100 ms', () => {
		tagTerms('Warm the tagger up.');
		const started = performance.now();
		for (const { document } of all) extractEntities(document.sentences, index);
		expect((performance.now() - started) / all.length).toBeLessThan(100);
	});
});

describe('extractEntities with a small gazetteer', () => {
	it('derives an id from the name when the entry has none', () => {
		const small = indexGazetteer(smallGazetteer([{ name: 'Ramstein Air Base', type: 'place', aliases: ['Ramstein'] }]));
		expect(keys(extractEntities(sentencesOf('Allies met at Ramstein.'), small))).toEqual(['ramstein-air-base']);
	});
});

describe('extractEntities on fixture folders of unseen articles', () => {
	goldenFolders(fileURLToPath(new URL('../../test/fixtures/entities/', import.meta.url)), {
		input: 'input.txt',
		expected: 'expected.json',
		title: (name) => name.replace(/-/g, ' '),
		run: (folder) =>
			extractEntities(fixtureSentences(`${folder}/input.txt`), index).map(
				(mention) => `${mention.sentence} ${mention.type} ${mention.key} ${JSON.stringify(mention.surface)}`,
			),
	});
});
