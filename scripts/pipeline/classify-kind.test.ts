import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goldenFolders } from '../../test/golden.ts';
import { classifyKind } from './classify-kind.ts';
import { KIND_CUES } from './kind/cues.ts';
import { readArticle } from './read-article.ts';

const FIXTURES = 'test/fixtures/article-kind';

const kindOf = (text: string) => {
	const read = readArticle({ id: 'a', file: 'a.txt', bytes: new TextEncoder().encode(text) });
	if (!read.ok) throw new Error(read.reason);
	return classifyKind(read.document);
};

describe('classifyKind', () => {
	goldenFolders(FIXTURES, {
		input: 'input.txt',
		expected: 'expected.yaml',
		title: (name) => `reads the kind of the ${name} fixture, with its evidence`,
		run: (folder) => kindOf(readFileSync(`${folder}/input.txt`, 'utf8')),
	});

	it('does not count a source\'s "we" inside quotation marks as the writer\'s voice', () => {
		const reading = kindOf(
			'Envoys meet in Geneva\n\n“We are ready,” the minister said. “We will not give up our land,” he added.\n\nTalks resume on Monday, officials said.',
		);
		expect(reading.kind).toBe('news');
		expect(reading.evidence.some((line) => line.startsWith('first-person'))).toBe(false);
	});

	it('names every cue once', () => {
		const ids = KIND_CUES.map((cue) => cue.id);
		expect(new Set(ids).size).toBe(ids.length);
	});
});
