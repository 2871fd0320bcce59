/**
 * The only code that touches the file system for the content pipeline. Stages stay pure; the
 * orchestrator receives an `Effects` object, and tests pass an in-memory one.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export interface Effects {
	/** Names of the files directly inside `dir` (not recursive), sorted; [] when it does not exist. */
	list(dir: string): Promise<string[]>;
	/** The bytes of a file, or null when it does not exist. */
	read(path: string): Promise<Uint8Array | null>;
	/** Writes a file (creating folders); returns false when the content was already identical. */
	write(path: string, content: string | Uint8Array): Promise<boolean>;
	/**
	 * Writes a file from parts, never holding it whole (the large open-data files); returns false
	 * when the content was already identical.
	 */
	writeChunks(path: string, chunks: Iterable<string>): Promise<boolean>;
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
		async writeChunks(path, chunks) {
			const target = at(path);
			await mkdir(dirname(target), { recursive: true });
			const temporary = `${target}.${process.pid}.partial`;
			const hash = createHash('sha256');
			const file = await open(temporary, 'w');
			try {
				// Parts are gathered to about a megabyte per write.
				let pending: Buffer[] = [];
				let size = 0;
				const flush = async () => {
					if (!size) return;
					const bytes = Buffer.concat(pending, size);
					hash.update(bytes);
					await file.write(bytes);
					pending = [];
					size = 0;
				};
				for (const chunk of chunks) {
					const bytes = Buffer.from(chunk);
					pending.push(bytes);
					size += bytes.length;
					if (size >= 1 << 20) await flush();
				}
				await flush();
			} finally {
				await file.close();
			}
			if ((await digestOfFile(target)) === hash.digest('hex')) {
				await rm(temporary, { force: true });
				return false;
			}
			await rename(temporary, target);
			return true;
		},
		async remove(path) {
			await rm(at(path), { force: true });
		},
		log,
	};
}

/** SHA-256 of a file read as a stream, or null when there is none. */
function digestOfFile(path: string): Promise<string | null> {
	return new Promise((done) => {
		const hash = createHash('sha256');
		createReadStream(path)
			.on('data', (chunk) => hash.update(chunk))
			.on('end', () => done(hash.digest('hex')))
			.on('error', () => done(null));
	});
}

/** Effects over an in-memory map of path → bytes, for tests. */
export function memoryEffects(
	files: Record<string, string | Uint8Array> = {},
): Effects & { files: Map<string, Uint8Array>; lines: string[] } {
	const store = new Map<string, Uint8Array>();
	for (const [path, content] of Object.entries(files))
		store.set(path, typeof content === 'string' ? new TextEncoder().encode(content) : content);
	const lines: string[] = [];
	const write = async (path: string, content: string | Uint8Array) => {
		const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
		const current = store.get(path);
		if (current && Buffer.from(current).equals(Buffer.from(bytes))) return false;
		store.set(path, bytes);
		return true;
	};
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
		write,
		async writeChunks(path, chunks) {
			return write(path, [...chunks].join(''));
		},
		async remove(path) {
			store.delete(path);
		},
		log(line) {
			lines.push(line);
		},
	};
}
