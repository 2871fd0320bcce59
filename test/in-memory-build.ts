/** Runs the content pipeline on seeds held in memory, with the real curated data, as the corpus tests need. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BuildOptions, type BuildReport, buildContent } from '../scripts/build-content.ts';
import { memoryEffects } from '../scripts/effects.ts';

const ROOT = join(import.meta.dirname, '..');

/** Where the in-memory build reads and writes: seeds in `seeds/`, pages in `pages/`, data in `data/`, no cache. */
export const IN_MEMORY_OPTIONS: BuildOptions = {
	seedsDir: 'seeds',
	contentDir: 'content',
	pagesDir: 'pages',
	dataDir: 'data',
	cacheDir: null,
	pipelineVersion: 'in-memory-test',
	strict: false,
};

/**
 * Builds the seeds (file name → bytes) with the curated files of `content/` as the real build reads them;
 * `content` replaces some of those files (file name → text), e.g. a gazetteer with extra entries.
 */
export async function buildInMemory(
	seeds: Record<string, Uint8Array>,
	content: Record<string, string> = {},
): Promise<{ report: BuildReport; effects: ReturnType<typeof memoryEffects> }> {
	const files: Record<string, string | Uint8Array> = {};
	for (const entry of readdirSync(join(ROOT, 'content'), { withFileTypes: true }))
		if (entry.isFile())
			files[`content/${entry.name}`] = new Uint8Array(readFileSync(join(ROOT, 'content', entry.name)));
	for (const [name, text] of Object.entries(content)) files[`content/${name}`] = text;
	for (const [name, bytes] of Object.entries(seeds)) files[`seeds/${name}`] = bytes;
	const effects = memoryEffects(files);
	const report = await buildContent(effects, IN_MEMORY_OPTIONS);
	return { report, effects };
}
