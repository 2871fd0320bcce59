import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
	GazetteerSchema,
	NamesSchema,
	ReferenceDatesSchema,
	TaxonomySchema,
	WeaponsSchema,
} from '../src/schemas/index.ts';
import { type ArticleTask, prepareCurated, ReadDocuments, runArticleTask, type SeedInput } from './article-tasks.ts';

const root = join(import.meta.dirname, '..');
const curatedFile = <T>(name: string, schema: { parse: (value: unknown) => T }) =>
	schema.parse(parse(readFileSync(join(root, 'content', name), 'utf8')));
const taxonomy = curatedFile('topics.yaml', TaxonomySchema);
const curated = prepareCurated({
	gazetteer: curatedFile('gazetteer.yaml', GazetteerSchema).entities,
	names: curatedFile('names.yaml', NamesSchema),
	weapons: curatedFile('weapons.yaml', WeaponsSchema).weapons,
	taxonomy: taxonomy.topics,
	scope: taxonomy.scope ?? null,
	references: curatedFile('reference-dates.yaml', ReferenceDatesSchema).references,
});
const seeds: SeedInput[] = readdirSync(join(root, 'seeds'))
	.filter((name) => name.endsWith('.txt'))
	.sort()
	.map((name) => ({
		id: name.replace(/\.txt$/, ''),
		file: `seeds/${name}`,
		bytes: new Uint8Array(readFileSync(join(root, 'seeds', name))),
		sidecar: null,
	}));
const both = (seed: SeedInput): ArticleTask[] => [
	{ kind: 'first-read', seed },
	{ kind: 'extract', seed, corpusAnchor: '2025-12-01' },
];

describe('ReadDocuments', () => {
	it('extracts from the document the first read kept exactly what a fresh read extracts', () => {
		const documents = new ReadDocuments();
		const fresh = seeds.flatMap(both).map((task) => runArticleTask(task, curated));
		// Both passes over all seeds, as the build runs them: every first read before any extraction.
		const kept = [
			...seeds.map((seed) => runArticleTask(both(seed)[0]!, curated, documents)),
			...seeds.map((seed) => runArticleTask(both(seed)[1]!, curated, documents)),
		];
		expect(kept).toEqual([
			...seeds.map((_, index) => fresh[2 * index]),
			...seeds.map((_, index) => fresh[2 * index + 1]),
		]);
	});

	it('reads a seed afresh when its bytes changed since the first read, or when it kept no more room', () => {
		const [first, second] = seeds as [SeedInput, SeedInput];
		const documents = new ReadDocuments(1);
		runArticleTask({ kind: 'first-read', seed: first }, curated, documents);
		runArticleTask({ kind: 'first-read', seed: second }, curated, documents);
		const changed = { ...first, bytes: second.bytes };
		expect(runArticleTask({ kind: 'extract', seed: changed, corpusAnchor: null }, curated, documents)).toEqual(
			runArticleTask({ kind: 'extract', seed: changed, corpusAnchor: null }, curated),
		);
		expect(runArticleTask({ kind: 'extract', seed: second, corpusAnchor: null }, curated, documents)).toEqual(
			runArticleTask({ kind: 'extract', seed: second, corpusAnchor: null }, curated),
		);
	});
});
