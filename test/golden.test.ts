import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { caseFolders, expectGolden } from './golden.ts';

describe('expectGolden', () => {
	let folder: string;
	const saved = { CI: process.env.CI, UPDATE: process.env.UPDATE };
	beforeEach(() => {
		folder = mkdtempSync(join(tmpdir(), 'golden-'));
		delete process.env.CI;
		delete process.env.UPDATE;
	});
	afterEach(() => {
		rmSync(folder, { recursive: true, force: true });
		for (const [name, value] of Object.entries(saved))
			if (value === undefined) delete process.env[name];
			else process.env[name] = value;
	});

	it('fails under CI=true when the expectation is missing, and writes only the -changed file', () => {
		process.env.CI = 'true';
		expect(() => expectGolden(join(folder, 'expected.json'), '[]\n')).toThrow(/is missing/);
		expect(existsSync(join(folder, 'expected.json'))).toBe(false);
		expect(readFileSync(join(folder, 'expected-changed.json'), 'utf8')).toBe('[]\n');
	});
	it('writes a missing expectation on a developer machine', () => {
		expectGolden(join(folder, 'expected.json'), '[]\n');
		expect(readFileSync(join(folder, 'expected.json'), 'utf8')).toBe('[]\n');
	});
	it('fails on a difference and keeps the expectation', () => {
		writeFileSync(join(folder, 'expected.json'), '[1]\n');
		expect(() => expectGolden(join(folder, 'expected.json'), '[2]\n')).toThrow(/differs/);
		expect(readFileSync(join(folder, 'expected.json'), 'utf8')).toBe('[1]\n');
	});
});

describe('caseFolders', () => {
	it('fails when a fixture family has no cases, so a mistyped path cannot pass silently', () => {
		const empty = mkdtempSync(join(tmpdir(), 'golden-'));
		expect(() => caseFolders(empty, 'input.txt')).toThrow(/no case folders/);
		rmSync(empty, { recursive: true });
	});
});
