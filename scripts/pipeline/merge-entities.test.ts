import { describe, expect, it } from 'vitest';
import { loadGazetteer, loadNames, readSeeds, sentencesOf } from '../../test/fixtures/entities/corpus.ts';
import { extractEntities, indexGazetteer } from './extract-entities.ts';
import { mergeEntities } from './merge-entities.ts';
import type { EntityMention } from './model.ts';

const index = indexGazetteer(loadGazetteer(), loadNames());
const article = (id: string, ...paragraphs: string[]) => ({
	article: id,
	mentions: extractEntities(sentencesOf(...paragraphs), index),
});

/** A hand-made NLP mention, as extractEntities gives them. */
const nlpMention = (name: string, surface = name, type: EntityMention['type'] = 'person'): EntityMention => ({
	key: `nlp:${name.toLowerCase().replace(/[^a-z]+/g, '-')}`,
	name,
	type,
	surface,
	sentence: 's-1',
	start: 0,
	source: 'nlp',
});

describe('mergeEntities', () => {
	it('keeps "the city of Zaporizhzhia" apart from the Zaporizhzhia region the gazetteer knows by that word', () => {
		const { entities } = mergeEntities(
			[article('a', 'A drone attack on the city of Zaporizhzhia killed eight people.')],
			index,
		);
		expect(entities.map((entity) => [entity.id, entity.type])).toEqual([['zaporizhzhia', 'place']]);
	});
	it('reads the bare name of a heading as that city too, once the body says it is the city', () => {
		const mentions = extractEntities(
			sentencesOf('# Drones hit Zaporizhzhia bus station', 'A drone attack on the city of Zaporizhzhia killed eight.'),
			index,
		);
		expect(mentions.map((mention) => mention.key)).toEqual(['nlp:zaporizhzhia', 'nlp:zaporizhzhia']);
	});
	it('merges "Bill Burns" and "William J. Burns" from two articles into one record with both spellings', () => {
		const { entities, resolve } = mergeEntities(
			[
				article('a', 'Former CIA Director Bill Burns spoke in Kyiv.'),
				article('b', 'William J. Burns met Putin. Burns said little.'),
			],
			index,
		);
		const burns = entities.filter((entity) => entity.name.endsWith('Burns'));
		expect(burns).toEqual([
			{
				id: 'william-j-burns',
				name: 'William J. Burns',
				type: 'person',
				aliases: ['Bill Burns', 'Burns'],
				articles: ['a', 'b'],
				mentions: 3,
				description: null,
				source: 'nlp',
				coordinates: null,
				placeType: null,
			},
		]);
		expect(resolve('a', 'nlp:bill-burns')).toBe('william-j-burns');
		expect(resolve('b', 'nlp:william-j-burns')).toBe('william-j-burns');
	});
	it('keeps "William Burns" and "Walter Burns" apart, even with "W. Burns" between them', () => {
		const { entities } = mergeEntities(
			[{ article: 'a', mentions: [nlpMention('William Burns'), nlpMention('W. Burns'), nlpMention('Walter Burns')] }],
			index,
		);
		expect(entities.map((entity) => [entity.name, entity.aliases])).toEqual([
			['Walter Burns', []],
			['William Burns', ['W. Burns']],
		]);
	});
	it('gives an NLP name that can be a gazetteer person to the gazetteer entry ("Steven Witkoff")', () => {
		const { entities, resolve } = mergeEntities([{ article: 'a', mentions: [nlpMention('Steven Witkoff')] }], index);
		expect(resolve('a', 'nlp:steven-witkoff')).toBe('steve-witkoff');
		expect(entities).toEqual([
			expect.objectContaining({
				id: 'steve-witkoff',
				name: 'Steve Witkoff',
				aliases: ['Steven Witkoff'],
				source: 'gazetteer',
				description: expect.stringMatching(/envoy/),
			}),
		]);
	});
	it('gives a gazetteer place its coordinates and place type, and an NLP place none', () => {
		const { entities } = mergeEntities(
			[
				{
					article: 'a',
					mentions: [nlpMention('Kharkiv', 'Kharkiv', 'place'), nlpMention('Ramstein', 'Ramstein', 'place')],
				},
			],
			index,
		);
		expect(entities.map((entity) => [entity.name, entity.coordinates, entity.placeType])).toEqual([
			['Kharkiv', [36.23, 49.99], 'settlement'],
			['Ramstein', null, null],
		]);
	});
	it('keeps an NLP id clear of a gazetteer id with the same slug', () => {
		const { entities, resolve } = mergeEntities(
			[{ article: 'a', mentions: [nlpMention('Kyiv', 'Kyiv', 'organization')] }],
			index,
		);
		expect(resolve('a', 'nlp:kyiv')).toBe('kyiv');
		expect(entities.map((entity) => entity.id)).toEqual(['kyiv']);
	});
	it('suffixes an NLP id that a gazetteer entry owns under another name', () => {
		const { entities, resolve } = mergeEntities(
			[{ article: 'a', mentions: [nlpMention('Hur', 'Hur', 'place')] }],
			index,
		);
		expect(resolve('a', 'nlp:hur')).toBe('hur-2');
		expect(entities.map((entity) => [entity.id, entity.name, entity.source])).toEqual([['hur-2', 'Hur', 'nlp']]);
	});
	it('gives an NLP key the type most of its mentions give it', () => {
		const place = nlpMention('Ramstein', 'Ramstein', 'place');
		const { entities } = mergeEntities(
			[{ article: 'a', mentions: [place, place, { ...place, type: 'organization' }] }],
			index,
		);
		expect(entities[0]).toMatchObject({ type: 'place', mentions: 3 });
	});
	it('returns the same records whatever the order of the articles', () => {
		const a = article('a', 'Zelensky met Trump in Kiev.');
		const b = article('b', 'Volodymyr Zelenskiy flew to Kyiv.');
		expect(mergeEntities([a, b], index).entities).toEqual(mergeEntities([b, a], index).entities);
	});
});

describe('mergeEntities on the seeds', () => {
	const seeds = readSeeds();
	const { entities, resolve } = mergeEntities(
		[...seeds].map(([id, document]) => ({ article: id, mentions: extractEntities(document.sentences, index) })),
		index,
	);
	const entity = (id: string) => entities.find((candidate) => candidate.id === id);

	it('makes one Zelenskyy of all spellings across the articles', () => {
		expect(entity('volodymyr-zelenskyy')).toMatchObject({
			name: 'Volodymyr Zelenskyy',
			articles: ['000', '002', '003', '004'],
		});
		expect(entity('volodymyr-zelenskyy')!.aliases).toEqual(
			expect.arrayContaining(['Zelensky', 'Zelenskiy', 'Zelenskyy', 'Volodymyr Zelensky', 'Volodymyr Zelenskiy']),
		);
	});
	it('makes one Kyiv with the alias Kiev', () => {
		expect(entity('kyiv')).toMatchObject({ aliases: ['Kiev'] });
		expect(entity('kyiv')!.articles).toEqual(expect.arrayContaining(['001', '003']));
	});
	it('makes one Driscoll of "Dan Driscoll", "Daniel P. Driscoll" and "Driscoll’s"', () => {
		expect(entity('dan-driscoll')).toMatchObject({
			name: 'Dan Driscoll',
			aliases: ['Daniel P. Driscoll', 'Driscoll'],
			articles: ['000', '002'],
		});
	});
	it('makes one Witkoff across four articles', () => {
		expect(entity('steve-witkoff')).toMatchObject({ aliases: ['Witkoff'], articles: ['001', '002', '003', '004'] });
	});
	it('names no entity after a weekday, a month, a label or a demonym', () => {
		const names = entities.flatMap((candidate) => [candidate.name, ...candidate.aliases]);
		for (const junk of ['Friday', 'Thursday', 'November', 'Quick Read', 'Analysis', 'Ukrainian', 'Russian'])
			expect(names, junk).not.toContain(junk);
	});
	it('sorts the records by id and leaves the canonical name out of the aliases', () => {
		expect(entities.map((candidate) => candidate.id)).toEqual(entities.map((candidate) => candidate.id).sort());
		for (const candidate of entities) expect(candidate.aliases).not.toContain(candidate.name);
	});
	it('resolves a gazetteer key to itself', () => {
		expect(resolve('000', 'ukraine')).toBe('ukraine');
	});
});
