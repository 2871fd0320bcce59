import { describe, expect, it } from 'vitest';
import { jsonArrayChunks, jsonLines } from './json-chunks.ts';

describe('jsonArrayChunks', () => {
	it('writes exactly what JSON.stringify with tabs writes, record by record', () => {
		const records = [
			{ id: 'a-m1', text: 'A “quoted”\nline', start: 3, tags: ['x', 'y'], nested: { deep: [1, { two: null }] } },
			{ id: 'a-m2', text: '', start: 0, tags: [], nested: {} },
		];
		expect([...jsonArrayChunks(records)].join('')).toBe(`${JSON.stringify(records, null, '\t')}\n`);
		expect([...jsonArrayChunks(records)]).toHaveLength(3);
	});
	it('writes an empty list as JSON.stringify does', () => {
		expect([...jsonArrayChunks([])].join('')).toBe(`${JSON.stringify([], null, '\t')}\n`);
	});
});

describe('jsonLines', () => {
	it('puts each record on its own line, compact, so every line parses alone', () => {
		const text = [...jsonLines([{ a: 1, b: 'x\ny' }, { a: 2 }])].join('');
		expect(text).toBe('{"a":1,"b":"x\\ny"}\n{"a":2}\n');
		expect(
			text
				.trimEnd()
				.split('\n')
				.map((line) => JSON.parse(line)),
		).toEqual([{ a: 1, b: 'x\ny' }, { a: 2 }]);
	});
});
