import { describe, expect, it } from 'vitest';
import { makeArticle } from '../briefings/fixtures.ts';
import { ingestReport, readWarning, sidecarFile } from './ingest-report.ts';

describe('ingestReport', () => {
	const articles = [
		makeArticle({ id: 'b', file: 'seeds/b.txt', warnings: ['no publication date found'] }),
		makeArticle({ id: 'clean', file: 'seeds/clean.txt' }),
		makeArticle({
			id: 'a',
			file: 'seeds/a.txt',
			warnings: ['line 3: dropped an empty "Creator:" label', 'no headline line; the title was generated'],
		}),
	];

	it('lists every article with warnings, by seed file, and counts them', () => {
		const report = ingestReport(articles);
		expect(report.entries.map((entry) => entry.article.id)).toEqual(['a', 'b']);
		expect(report.articles).toBe(3);
		expect(report.warnings).toBe(3);
	});
	it('names the sidecar that corrects each article and the line each warning is about', () => {
		const [first] = ingestReport(articles).entries;
		expect(first!.sidecar).toBe('seeds/a.meta.yaml');
		expect(first!.warnings).toEqual([
			{ line: 3, message: 'dropped an empty "Creator:" label' },
			{ line: null, message: 'no headline line; the title was generated' },
		]);
	});
});

describe('readWarning and sidecarFile', () => {
	it('keep a warning without a line whole', () => {
		expect(readWarning('dropped 3 trailing blank lines')).toEqual({
			line: null,
			message: 'dropped 3 trailing blank lines',
		});
	});
	it('put the sidecar beside the seed', () => {
		expect(sidecarFile('seeds/005_kharkiv-strike.txt')).toBe('seeds/005_kharkiv-strike.meta.yaml');
	});
});
