import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
	GazetteerSchema,
	NamesSchema,
	ReferenceDatesSchema,
	TaxonomySchema,
	WeaponsSchema,
} from '../../../src/schemas/index.ts';
import { goldenFolders } from '../../../test/golden.ts';
import { prepareCurated } from '../../article-tasks.ts';
import { extractEntities } from '../extract-entities.ts';
import { readArticle } from '../read-article.ts';
import { readScope } from './scope.ts';

const root = join(import.meta.dirname, '../../..');
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

/** The scope reading of an article's text, with the real gazetteer and `content/topics.yaml`'s scope. */
function scopeOf(text: string) {
	const read = readArticle({ id: 'a', file: 'a.txt', bytes: new TextEncoder().encode(text) }, curated.annotation);
	if (!read.ok) throw new Error(read.reason);
	const mentions = extractEntities(read.document.sentences, curated.gazetteer);
	return readScope({ sentences: read.document.sentences, mentions }, curated.scope, curated);
}

describe('readScope', () => {
	goldenFolders(join(root, 'test/fixtures/topic-scope'), {
		input: 'input.txt',
		expected: 'expected.yaml',
		title: (name) => `reads whether the ${name} fixture is about the topics' war`,
		run: (folder) => scopeOf(readFileSync(join(folder, 'input.txt'), 'utf8')),
	});

	it('keeps every article in scope when the taxonomy names none', () => {
		expect(readScope({ sentences: [], mentions: [] }, null, curated).inScope).toBe(true);
	});
});
