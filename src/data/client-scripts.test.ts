import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { clientScriptsDigest } from './client-scripts.ts';

describe('clientScriptsDigest', () => {
	const dirs: string[] = [];
	afterEach(() => {
		for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
	});
	/** A folder of two components, the second in a subfolder; returns its digest. */
	const digestOf = (script: string, markup = '<p>Page</p>') => {
		const dir = mkdtempSync(join(tmpdir(), 'client-scripts-'));
		dirs.push(dir);
		mkdirSync(join(dir, 'pages'));
		writeFileSync(join(dir, 'Plain.astro'), '---\n---\n<div>no script</div>\n');
		writeFileSync(join(dir, 'pages', 'search.astro'), `---\n---\n${markup}\n<script>${script}</script>\n`);
		return clientScriptsDigest(dir);
	};

	it("changes when any page's script changes, and not with its markup", () => {
		const digest = digestOf('console.log(1);');
		expect(digestOf('console.log(1);', '<p>Other markup</p>')).toBe(digest);
		expect(digestOf('console.log(2);')).not.toBe(digest);
	});
});
