import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BuildReport } from './build-content.ts';
import { DEFAULT_OPTIONS, formatQuietSummary, runContent, seedsDirOption, workersOption } from './content.ts';

describe('seedsDirOption', () => {
	const root = '/repo';

	it('defaults to seeds/', () => {
		expect(seedsDirOption([], '/repo', root)).toBe(DEFAULT_OPTIONS.seedsDir);
		expect(seedsDirOption(['--seeds'], '/repo', root)).toBe(DEFAULT_OPTIONS.seedsDir);
	});

	it('resolves a folder relative to the working directory', () => {
		expect(seedsDirOption(['--seeds', 'more'], '/repo/seeds', root)).toBe('seeds/more');
	});

	it('takes an absolute folder as it is, even outside the repository', () => {
		expect(seedsDirOption(['--strict', '--seeds', '/tmp/new-articles'], '/repo', root)).toBe('../tmp/new-articles');
	});
});

describe('runContent', () => {
	it('fails with a message naming a seeds folder that does not exist, before touching any output', async () => {
		const missing = join(mkdtempSync(join(tmpdir(), 'fb-seeds-')), 'no-such-folder');
		const lines: string[] = [];
		try {
			expect(await runContent(['--seeds', missing, '--no-cache'], (line) => lines.push(line))).toBe(1);
		} finally {
			rmSync(join(missing, '..'), { recursive: true, force: true });
		}
		expect(lines.join('\n')).toMatch(/no-such-folder {2}error {2}the seeds folder does not exist/);
		expect(lines.join('\n')).not.toMatch(/articles built/);
	});
});

describe('formatQuietSummary', () => {
	const report = (severities: ('error' | 'warning' | 'notice')[]): BuildReport => ({
		diagnostics: severities.map((severity) => ({
			file: 'seeds/a.txt',
			line: null,
			rule: 'extract',
			severity,
			message: 'x',
		})),
		built: 5,
		skipped: 0,
		cached: 4,
		ok: true,
		corpus: null,
	});

	it('counts what was built and points to the full list when there are warnings', () => {
		expect(formatQuietSummary(report(['warning', 'warning', 'notice']), 'pages', 'data')).toBe(
			'content: 5 articles (4 from cache) in pages/ and data/; 0 errors, 2 warnings (`npm run content` lists them)',
		);
	});
	it('says nothing more when there is nothing to list', () => {
		expect(formatQuietSummary(report([]), 'pages', 'data')).toBe(
			'content: 5 articles (4 from cache) in pages/ and data/; 0 errors, 0 warnings',
		);
	});
});

describe('workersOption', () => {
	it('takes one worker per core unless told', () => {
		expect(workersOption([], 2)).toBe(2);
		expect(workersOption(['--workers', '1'], 2)).toBe(1);
		expect(workersOption(['--workers', '4'], 2)).toBe(4);
	});
	it('ignores a count that is not a whole number of at least one', () => {
		expect(workersOption(['--workers', '0'], 2)).toBe(2);
		expect(workersOption(['--workers', 'many'], 2)).toBe(2);
	});
});
