/**
 * The hostile corpus as both hostile tests read it: the seeds of test/fixtures/hostile-corpus/ (articles and
 * sidecars) plus test/fixtures/hostile/jsx-in-body/, and the curated gazetteer with the entries of
 * test/fixtures/hostile-content/ added, so an editor's entity name carries an injection too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';

const ROOT = join(import.meta.dirname, '..');
export const HOSTILE_CORPUS = join(ROOT, 'test/fixtures/hostile-corpus');
const JSX_IN_BODY = join(ROOT, 'test/fixtures/hostile/jsx-in-body/input.txt');
const HOSTILE_CONTENT = join(ROOT, 'test/fixtures/hostile-content');

/** The global every injected script in the corpus sets; it must stay unset in a reader's browser. */
export const PWNED_MARKER = '__fbPwned';

/** The hostile seeds as the pipeline sees them: file name → bytes. */
export function hostileSeeds(): Record<string, Uint8Array> {
	const seeds: Record<string, Uint8Array> = {};
	for (const name of readdirSync(HOSTILE_CORPUS))
		seeds[name] = new Uint8Array(readFileSync(join(HOSTILE_CORPUS, name)));
	seeds['jsx-in-body.txt'] = new Uint8Array(readFileSync(JSX_IN_BODY));
	return seeds;
}

/** Curated files with the hostile entries added (file name in `content/` → text). */
export function hostileContent(): Record<string, string> {
	const gazetteer = parseYaml(readFileSync(join(ROOT, 'content/gazetteer.yaml'), 'utf8')) as { entities: unknown[] };
	const extra = parseYaml(readFileSync(join(HOSTILE_CONTENT, 'gazetteer.yaml'), 'utf8')) as { entities: unknown[] };
	return { 'gazetteer.yaml': stringifyYaml({ entities: [...gazetteer.entities, ...extra.entities] }) };
}
