import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syncRecords } from './records-loader.ts';

/** The parts of Astro's loader context `syncRecords` uses, kept in memory; `validated` lists each record parsed. */
function memoryContext() {
	const entries = new Map<string, { id: string; data: Record<string, unknown>; digest?: string | number }>();
	const metaValues = new Map<string, string>();
	const validated: string[] = [];
	const context = {
		store: {
			get: (id: string) => entries.get(id),
			set: (entry: { id: string; data: Record<string, unknown>; digest?: string | number }) => {
				entries.set(entry.id, entry);
				return true;
			},
			keys: () => [...entries.keys()],
			delete: (id: string) => void entries.delete(id),
		},
		meta: {
			get: (key: string) => metaValues.get(key),
			set: (key: string, value: string) => void metaValues.set(key, value),
			has: (key: string) => metaValues.has(key),
			delete: (key: string) => void metaValues.delete(key),
		},
		parseData: async <T extends Record<string, unknown>>({ id, data }: { id: string; data: T }) => {
			validated.push(id);
			return data;
		},
		generateDigest: (data: Record<string, unknown> | string) =>
			createHash('sha1')
				.update(typeof data === 'string' ? data : JSON.stringify(data))
				.digest('hex'),
	};
	return { context: context as unknown as Parameters<typeof syncRecords>[0], entries, validated };
}

function recordsFile(records: unknown): string {
	const file = join(mkdtempSync(join(tmpdir(), 'records-loader-')), 'records.json');
	writeFileSync(file, JSON.stringify(records));
	return file;
}

const write = (file: string, records: unknown) => writeFileSync(file, JSON.stringify(records));

describe('syncRecords', () => {
	it('stores every record of a new file under its id, validated once', async () => {
		const { context, entries, validated } = memoryContext();
		const file = recordsFile([
			{ id: 'a', name: 'Kyiv' },
			{ id: 'b', name: 'Kharkiv' },
		]);
		await syncRecords(context, file, 'records.json');
		expect([...entries.keys()]).toEqual(['a', 'b']);
		expect(entries.get('b')?.data).toEqual({ id: 'b', name: 'Kharkiv' });
		expect(validated).toEqual(['a', 'b']);
	});

	it('reads nothing again when the file is unchanged', async () => {
		const { context, validated } = memoryContext();
		const file = recordsFile([{ id: 'a', name: 'Kyiv' }]);
		await syncRecords(context, file, 'records.json');
		await syncRecords(context, file, 'records.json');
		expect(validated).toEqual(['a']);
	});

	it('validates only the changed and new records, and deletes the removed ones', async () => {
		const { context, entries, validated } = memoryContext();
		const file = recordsFile([
			{ id: 'a', name: 'Kyiv' },
			{ id: 'b', name: 'Kharkiv' },
			{ id: 'c', name: 'Odesa' },
		]);
		await syncRecords(context, file, 'records.json');
		validated.length = 0;
		write(file, [
			{ id: 'a', name: 'Kyiv' },
			{ id: 'b', name: 'Kharkiv Oblast' },
			{ id: 'd', name: 'Sumy' },
		]);
		await syncRecords(context, file, 'records.json');
		expect(validated).toEqual(['b', 'd']);
		expect([...entries.keys()].sort()).toEqual(['a', 'b', 'd']);
		expect(entries.get('b')?.data).toEqual({ id: 'b', name: 'Kharkiv Oblast' });
	});

	it('refuses a record without an id, or an id used twice, naming the file', async () => {
		const { context } = memoryContext();
		await expect(syncRecords(context, recordsFile([{ name: 'Kyiv' }]), 'records.json')).rejects.toThrow(
			'records.json: record 0 has no string `id`',
		);
		await expect(syncRecords(context, recordsFile([{ id: 'a' }, { id: 'a' }]), 'records.json')).rejects.toThrow(
			'the id "a" is used by two records',
		);
		await expect(syncRecords(context, recordsFile({ id: 'a' }), 'records.json')).rejects.toThrow(
			'records.json must hold an array',
		);
	});
});
