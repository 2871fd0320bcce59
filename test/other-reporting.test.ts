/**
 * A corpus that is not only this war: a report on another conflict, built with the real curated data beside a
 * report on this one, is on no topic, and none of its figures is a topic's, while the war's report keeps its topics.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArticleRecord, FigureRecord, TopicRecord } from '../src/schemas/index.ts';
import { buildInMemory } from './in-memory-build.ts';

const fixture = (name: string) =>
	new Uint8Array(readFileSync(join(import.meta.dirname, 'fixtures/topic-scope', name, 'input.txt')));

describe('articles about another war', () => {
	let articles: ArticleRecord[];
	let topics: TopicRecord[];
	let figures: FigureRecord[];
	beforeAll(async () => {
		const { effects } = await buildInMemory({
			'000_darfur.txt': fixture('report-on-another-war'),
			'001_readout.txt': fixture('short-readout-on-the-war'),
		});
		const read = <T>(name: string): T =>
			JSON.parse(new TextDecoder().decode(effects.files.get(`data/${name}.json`)!)) as T;
		articles = read<ArticleRecord[]>('articles');
		topics = read<TopicRecord[]>('topics');
		figures = read<FigureRecord[]>('figures');
	});

	it('files the report on another war under no topic, and the war’s own report under its topics', () => {
		const byFile = new Map(articles.map((article) => [article.file, article]));
		expect(byFile.get('seeds/000_darfur.txt')!.topics).toEqual([]);
		expect(byFile.get('seeds/001_readout.txt')!.topics.length).toBeGreaterThan(0);
	});

	it('lists none of its figures under a topic', () => {
		const other = articles.find((article) => article.file === 'seeds/000_darfur.txt')!;
		// It states figures ("killing at least 31 people"): they are extracted, only not filed under a topic.
		expect(figures.some((figure) => figure.article === other.id)).toBe(true);
		expect(topics.flatMap((topic) => topic.figures).filter((id) => id.startsWith(other.id))).toEqual([]);
		expect(topics.flatMap((topic) => topic.articles)).not.toContain(other.id);
	});
});
