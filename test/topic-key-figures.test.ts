/**
 * A topic's key figures are its own by what they count: one report, filed under both prisoners and territory, states
 * a swap in a sentence that names an occupied city and ground taken in a sentence that names the swap. Built with
 * the real curated topics, each topic lists only the figure of its own metric, and a death in an occupied city is
 * on neither.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { topicFigures } from '../src/data/topic-figures.ts';
import type { ArticleRecord, FigureRecord, TopicRecord } from '../src/schemas/index.ts';
import { buildInMemory } from './in-memory-build.ts';

const fixture = (name: string) =>
	new Uint8Array(readFileSync(join(import.meta.dirname, 'fixtures/topic-figures', name, 'input.txt')));

describe('key figures of topics that share one report', () => {
	let article: ArticleRecord;
	let topics: Map<string, TopicRecord>;
	let figureById: Map<string, FigureRecord>;
	beforeAll(async () => {
		const { effects } = await buildInMemory({ '000_swap.txt': fixture('swap-and-ground-in-one-report') });
		const read = <T>(name: string): T =>
			JSON.parse(new TextDecoder().decode(effects.files.get(`data/${name}.json`)!)) as T;
		article = read<ArticleRecord[]>('articles')[0]!;
		topics = new Map(read<TopicRecord[]>('topics').map((topic) => [topic.id, topic]));
		figureById = new Map(read<FigureRecord[]>('figures').map((figure) => [figure.id, figure]));
	});

	/** What the topic page's key-figures table lists: metric and value. */
	const shown = (id: string) =>
		topicFigures(topics.get(id)!, figureById, 6).map((figure) => [figure.metric, figure.value]);

	it('files the report under both topics', () => {
		expect(article.topics).toEqual(expect.arrayContaining(['prisoners-exchanges', 'territorial-concessions']));
	});

	it('shows the swap on the prisoners topic and not the ground taken', () => {
		expect(shown('prisoners-exchanges')).toEqual([['prisoners_released', 84]]);
	});

	it('shows the ground taken on the territory topic and not the swap', () => {
		expect(shown('territorial-concessions')).toEqual([['territory_captured_km2', 212]]);
	});

	it('keeps a death in an occupied city on the casualties topic only', () => {
		expect(shown('casualties-recruitment')).toEqual([['civilians_killed', 2]]);
		const holders = [...topics.values()].filter((topic) =>
			topic.figures.some((id) => figureById.get(id)?.metric === 'civilians_killed'),
		);
		expect(holders.map((topic) => topic.id)).toEqual(['casualties-recruitment']);
	});
});
