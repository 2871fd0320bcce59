/**
 * The only code that touches the file system for the content pipeline. Stages stay pure; the
 * orchestrator receives an `Effects` object, and tests pass an in-memory one.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export interface Effects {
	/** Names of the files directly inside `dir` (not recursive), sorted; [] when it does not exist. */
	list(dir: string): Promise<string[]>;
	/** The bytes of a file, or null when it does not exist. */
	read(path: string): Promise<Uint8Array | null>;
	/** Writes a file (creating folders); returns false when the content was already identical. */
	write(path: string, content: string | Uint8Array): Promise<boolean>;
	/** Deletes a file if present. */
	remove(path: string): Promise<void>;
	/** Prints a line for the person running the command. */
	log(line: string): void;
}

/** Effects on the real file system, relative to `root`. */
export function nodeEffects(root: string, log: (line: string) => void = (line) => console.log(line)): Effects {
	const at = (path: string) => join(root, path);
	return {
		async list(dir) {
			try {
				return (await readdir(at(dir), { withFileTypes: true }))
					.filter((entry) => entry.isFile())
					.map((entry) => entry.name)
					.sort();
			} catch (error) {
				if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
				throw error;
			}
		},
		async read(path) {
			try {
				return new Uint8Array(await readFile(at(path)));
			} catch (error) {
				if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
				throw error;
			}
		},
		async write(path, content) {
			const bytes = typeof content === 'string' ? Buffer.from(content) : Buffer.from(content);
			// Skip identical writes so `astro dev` reloads only the pages that changed.
			const current = await readFile(at(path)).catch(() => null);
			if (current?.equals(bytes)) return false;
			await mkdir(dirname(at(path)), { recursive: true });
			await writeFile(at(path), bytes);
			return true;
		},
		async remove(path) {
			await rm(at(path), { force: true });
		},
		log,
	};
}

/** Effects over an in-memory map of path → bytes, for tests. */
export function memoryEffects(
	files: Record<string, string | Uint8Array> = {},
): Effects & { files: Map<string, Uint8Array>; lines: string[] } {
	const store = new Map<string, Uint8Array>();
	for (const [path, content] of Object.entries(files))
		store.set(path, typeof content === 'string' ? new TextEncoder().encode(content) : content);
	const lines: string[] = [];
	return {
		files: store,
		lines,
		async list(dir) {
			const prefix = dir.replace(/\/?$/, '/');
			return [...store.keys()]
				.filter((path) => path.startsWith(prefix) && !path.slice(prefix.length).includes('/'))
				.map((path) => path.slice(prefix.length))
				.sort();
		},
		async read(path) {
			return store.get(path) ?? null;
		},
		async write(path, content) {
			const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
			const current = store.get(path);
			if (current && Buffer.from(current).equals(Buffer.from(bytes))) return false;
			store.set(path, bytes);
			return true;
		},
		async remove(path) {
			store.delete(path);
		},
		log(line) {
			lines.push(line);
		},
	};
}
