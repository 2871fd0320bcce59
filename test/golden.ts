/**
 * Golden-file assertions: compare output with a committed expectation. On a mismatch the actual
 * output is written beside it as `<name>-changed.<ext>` to diff and review; `UPDATE=1` rewrites
 * the expectations instead. A missing expectation is written on a developer's machine (review it
 * before committing) and fails under `CI=true`: CI never regenerates.
 *
 * `goldenFolders` runs one test per fixture folder: every rule family keeps its cases as
 * `test/fixtures/<family>/<case>/` with an input file and an expected file, run through this one helper.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { stringify } from 'yaml';

/** Compares `actual` with the file at `path` (see the module comment for what happens on a mismatch). */
export function expectGolden(path: string, actual: string): void {
	const changed = path.replace(/(\.[^./]+)$/, '-changed$1');
	const missing = !existsSync(path);
	if (process.env.UPDATE === '1' || (missing && !process.env.CI)) {
		writeFileSync(path, actual);
		rmSync(changed, { force: true });
		return;
	}
	const expected = missing ? '' : readFileSync(path, 'utf8');
	if (expected === actual) {
		rmSync(changed, { force: true });
		return;
	}
	writeFileSync(changed, actual);
	const hint = missing ? 'is missing (CI never writes it: run the tests locally and commit it)' : 'differs';
	expect(actual, `${path} ${hint}; see ${changed} (UPDATE=1 accepts it)`).toBe(expected);
}

/** Serialises a golden value the way its expected file is written: JSON with tabs, or YAML. */
export function serialise(value: unknown, file: string): string {
	return file.endsWith('.yaml') ? stringify(value) : `${JSON.stringify(value, null, '\t')}\n`;
}

/** What `goldenFolders` needs to know about a family of fixture folders. */
export interface GoldenFolders<T> {
	/** The file every case folder must hold, e.g. `input.txt` (a folder without it is not a case). */
	input: string;
	/** The expected output's file name, e.g. `expected.json` or `expected.yaml`. */
	expected: string;
	/** Computes the output of one case from its folder (or a promise of it). */
	run: (folder: string, name: string) => T | Promise<T>;
	/** Test title for a case; the folder name by default. */
	title?: (name: string) => string;
}

/** The case folders under `root` that hold `input`, sorted; fails when there are none. */
export function caseFolders(root: string, input: string): string[] {
	const names = readdirSync(root)
		.filter((name) => statSync(join(root, name)).isDirectory() && existsSync(join(root, name, input)))
		.sort();
	if (names.length === 0) throw new Error(`${root} holds no case folders with an ${input}`);
	return names;
}

/** Registers one test per case folder under `root`, comparing `run`'s output with the folder's expected file. */
export function goldenFolders<T>(root: string, family: GoldenFolders<T>): void {
	for (const name of caseFolders(root, family.input)) {
		it(family.title?.(name) ?? name, async () => {
			const expected = join(root, name, family.expected);
			expectGolden(expected, serialise(await family.run(join(root, name), name), expected));
		});
	}
}

/** What `ruleFolders` needs besides the golden-folder settings: which rules an output shows firing. */
export interface RuleFolders<T> extends GoldenFolders<T> {
	/** The ids of the rules that fired in one case's output. */
	fired: (output: T) => string[];
}

/**
 * One fixture folder per rule of a family: `<root>/<name>/` for the rule `<family>:<name>`. Each folder's output must
 * match its expected file and show its own rule firing; a rule without a folder, or a folder naming no rule, fails.
 */
export function ruleFolders<T>(root: string, rules: readonly { id: string }[], family: RuleFolders<T>): void {
	const names = caseFolders(root, family.input);
	const folderOf = (id: string) => id.slice(id.indexOf(':') + 1);
	it('has one fixture folder per rule, and no folder without its rule', () => {
		expect(names).toEqual(rules.map((rule) => folderOf(rule.id)).sort());
	});
	for (const rule of rules) {
		const name = folderOf(rule.id);
		if (!names.includes(name)) continue;
		it(`${rule.id} fires on its fixture and the output matches`, async () => {
			const expected = join(root, name, family.expected);
			const output = await family.run(join(root, name), name);
			expect(family.fired(output), `${rule.id} did not fire on ${root}/${name}`).toContain(rule.id);
			expectGolden(expected, serialise(output, expected));
		});
	}
}
