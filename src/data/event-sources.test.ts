import { describe, expect, it } from 'vitest';
import type { SourceRef } from '../schemas/index.ts';
import { listEventSources } from './event-sources.ts';

const ref = (article: string, sentence: string): SourceRef => ({ article, sentence, quote: `${article} ${sentence}.` });
// An event told by two sentences of one article (an announcement, then its details) and by two other articles.
const sources = [ref('weekly', 's-4'), ref('daily', 's-20'), ref('daily', 's-21'), ref('wire', 's-2')];

describe('listEventSources', () => {
	it('lists each article once, with all its sentences in the event’s order', () => {
		const listed = listEventSources(sources);
		expect(listed.groups.map((group) => [group.article, group.sentences.map((source) => source.sentence)])).toEqual([
			['weekly', ['s-4']],
			['daily', ['s-20', 's-21']],
			['wire', ['s-2']],
		]);
		expect(listed.articles).toBe(3);
	});
	it('puts the page’s own article first and counts articles, not sentences, against the limit', () => {
		const listed = listEventSources(sources, { preferred: 'daily', max: 2 });
		expect(listed.groups.map((group) => group.article)).toEqual(['daily', 'weekly']);
		expect(listed.groups[0]!.sentences).toHaveLength(2);
		expect(listed.articles).toBe(3);
	});
	it('keeps a single-sentence event as one entry of one sentence', () => {
		expect(listEventSources([ref('daily', 's-7')]).groups).toEqual([
			{ article: 'daily', sentences: [ref('daily', 's-7')] },
		]);
	});
});
