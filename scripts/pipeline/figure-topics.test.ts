import { describe, expect, it } from 'vitest';
import { makeFigure } from '../../src/briefings/fixtures.ts';
import type { TaxonomyEntry } from '../../src/schemas/index.ts';
import { entityMentions, sentencesOf } from './events/test-article.ts';
import { figuresByTopic, metricOwners } from './figure-topics.ts';

const topic = (id: string, fields: Partial<TaxonomyEntry> = {}): TaxonomyEntry => ({
	id,
	name: id,
	description: id,
	terms: [],
	core: [],
	entities: [],
	metrics: [],
	keyEvents: false,
	sources: [],
	...fields,
});

// Each topic's words appear in the other's figure sentences: only the metric tells them apart.
const TAXONOMY = [
	topic('prisoners', { terms: ['prisoner exchange', 'captivity'], metrics: ['prisoners_released'] }),
	topic('land', { terms: ['territory', 'occupied'], metrics: ['territory_captured_km2'] }),
	topic('front', { terms: ['offensive'], metrics: ['territory_captured_km2', 'villages_captured'] }),
	topic('casualties', { terms: ['killed'], metrics: ['civilians_killed'] }),
	topic('europe', { terms: ['European Union', 'defence budget'] }),
	topic('politics', { terms: ['parliament'] }),
];

const SENTENCES = sentencesOf([
	'During the prisoner exchange, Russia said it had captured 180 square kilometres of territory.',
	'Some 60 soldiers returned from captivity, among them men held in the occupied south.',
	'The European Union raised its defence budget to €2 billion as two civilians were killed in an offensive.',
]);

const FIGURES = [
	makeFigure({ id: 'land-180', article: 'a', sentence: 's-1', metric: 'territory_captured_km2', value: 180 }),
	makeFigure({ id: 'swap-60', article: 'a', sentence: 's-2', metric: 'prisoners_released', value: 60 }),
	makeFigure({ id: 'budget-2bn', article: 'a', sentence: 's-3', metric: 'spending_eur', value: 2e9 }),
	makeFigure({ id: 'killed-2', article: 'a', sentence: 's-3', metric: 'civilians_killed', value: 2 }),
];

const byTopic = (figures = FIGURES, taxonomy = TAXONOMY) =>
	figuresByTopic(figures, taxonomy, {
		sentence: (_article, id) => SENTENCES.find((sentence) => sentence.id === id),
		mentions: () => entityMentions(SENTENCES, []),
	});

describe('metricOwners', () => {
	it('lists every topic that declares a metric, once each', () => {
		const owners = metricOwners([...TAXONOMY, topic('again', { metrics: ['villages_captured', 'villages_captured'] })]);
		expect(owners.get('territory_captured_km2')).toEqual(['land', 'front']);
		expect(owners.get('villages_captured')).toEqual(['front', 'again']);
		expect(owners.has('spending_eur')).toBe(false);
	});
});

describe('figuresByTopic', () => {
	it('files a figure under the topics of its metric, not those whose words share its sentence', () => {
		const topics = byTopic();
		expect(topics.get('prisoners')).toEqual(['swap-60']);
		expect(topics.get('land')).toEqual(['land-180']);
		expect(topics.get('front')).toEqual(['land-180']);
	});

	it('gives a topic without metrics a figure of a metric no topic declares, stated in a sentence about it', () => {
		expect(byTopic().get('europe')).toEqual(['budget-2bn']);
		expect(byTopic().get('politics')).toEqual([]);
	});

	it('gives no topic a figure whose metric no topic declares when its sentence is about none', () => {
		const stray = makeFigure({ id: 'cost-1', article: 'a', sentence: 's-2', metric: 'cost_usd', value: 1e6 });
		expect([...byTopic([stray]).values()].flat()).toEqual([]);
	});

	it('keeps a count another topic declares off a topic without metrics, whatever its sentence says', () => {
		// "two civilians were killed" stands in the sentence about the European Union: the casualties topic declares
		// the metric, so the count is that topic's alone; were it declared by none, the sentence would decide.
		expect(byTopic().get('europe')).not.toContain('killed-2');
		expect(byTopic().get('casualties')).toEqual(['killed-2']);
		const undeclared = TAXONOMY.filter((entry) => entry.id !== 'casualties');
		expect(byTopic(FIGURES, undeclared).get('europe')).toEqual(['budget-2bn', 'killed-2']);
	});

	it('lists each topic’s figures newest first', () => {
		const older = makeFigure({ ...FIGURES[1]!, id: 'swap-old', date: '2025-05-23' });
		const newer = makeFigure({ ...FIGURES[1]!, id: 'swap-new', date: '2026-03-13' });
		expect(byTopic([older, newer]).get('prisoners')).toEqual(['swap-new', 'swap-old']);
	});
});
