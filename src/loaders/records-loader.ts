/**
 * Content loader for one JSON file of records (the pipeline's open data, `src/content/data/*.json`), in
 * place of Astro's `file()` loader, which empties the collection and validates every record again on
 * every build. Astro keeps loaded entries between builds, so this one does only what changed:
 *
 * - the file's bytes are unchanged (same digest as at the last load): nothing is read again;
 * - a record is unchanged (same digest as its stored entry): it is kept, not validated again;
 * - otherwise the record is validated and stored, and records no longer in the file are deleted.
 *
 * A rebuild after one article changed then validates the few records that changed, and leaves the
 * data store untouched when no file changed, so Astro does not write it again.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';

/** The key under which the loader remembers the digest of the file it last loaded. */
const FILE_DIGEST = 'file-digest';

/** Loads the array of records in `path` (relative to the project root); each record's `id` is its entry id. */
export function recordsLoader(path: string): Loader {
	return {
		name: 'frontline-brief:records-loader',
		async load(context: LoaderContext) {
			const { config, logger, watcher } = context;
			const file = fileURLToPath(new URL(path, config.root));
			if (!existsSync(file)) {
				logger.error(`${path} does not exist yet: run \`npm run content\` to write the open data.`);
				return;
			}
			const filePath = relative(fileURLToPath(config.root), file).split('\\').join('/');
			await syncRecords(context, file, filePath);
			if (!watcher) return;
			watcher.add(file);
			watcher.on('change', (changed) => {
				if (changed === file) void syncRecords(context, file, filePath).catch((error) => logger.error(String(error)));
			});
		},
	};
}

/** Brings the collection in line with the file: validates and stores changed records, deletes removed ones. */
export async function syncRecords(
	{ store, meta, parseData, generateDigest }: Pick<LoaderContext, 'store' | 'meta' | 'parseData' | 'generateDigest'>,
	file: string,
	filePath: string,
): Promise<void> {
	const text = await readFile(file, 'utf8');
	const fileDigest = generateDigest(text);
	if (meta.get(FILE_DIGEST) === fileDigest) return;
	const records: unknown = JSON.parse(text);
	if (!Array.isArray(records)) throw new Error(`${filePath} must hold an array of records, found ${typeof records}.`);
	const present = new Set<string>();
	for (const [index, record] of records.entries()) {
		const id = (record as { id?: unknown } | null)?.id;
		if (typeof id !== 'string' || id === '')
			throw new Error(`${filePath}: record ${index} has no string \`id\`; every record needs one.`);
		if (present.has(id)) throw new Error(`${filePath}: the id "${id}" is used by two records; ids must be unique.`);
		present.add(id);
		const digest = generateDigest(JSON.stringify(record));
		if (store.get(id)?.digest === digest) continue;
		const data = await parseData({ id, data: record as Record<string, unknown>, filePath });
		store.set({ id, data, filePath, digest });
	}
	for (const id of store.keys()) if (!present.has(id)) store.delete(id);
	meta.set(FILE_DIGEST, fileDigest);
}
