/**
 * Golden-file assertions: compare output with a committed expectation. On a mismatch the actual
 * output is written beside it as `<name>-changed.<ext>` to diff and review; `UPDATE=1` rewrites
 * the expectations instead. CI never regenerates: a missing expectation fails there.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

export function expectGolden(path: string, actual: string): void {
	const changed = path.replace(/(\.[^./]+)$/, '-changed$1');
	if (process.env.UPDATE === '1' || (!existsSync(path) && !process.env.CI)) {
		writeFileSync(path, actual);
		rmSync(changed, { force: true });
		return;
	}
	const expected = existsSync(path) ? readFileSync(path, 'utf8') : '';
	if (expected === actual) {
		rmSync(changed, { force: true });
		return;
	}
	writeFileSync(changed, actual);
	expect(actual, `${path} differs; see ${changed} (UPDATE=1 accepts it)`).toBe(expected);
}
