import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type EventRecord, TaxonomySchema } from '../../src/schemas/index.ts';
import { goldenFolders } from '../../test/golden.ts';
import { buildEvents } from './build-events.ts';
import { type ArticleNotes, testArticle } from './events/test-article.ts';
import { mergeEvents } from './merge-events.ts';
import type { ExtractedEvent } from './model.ts';

const root = join(import.meta.dirname, '../..');
const taxonomy = TaxonomySchema.parse(parse(readFileSync(join(root, 'content/topics.yaml'), 'utf8'))).topics;

/** An extracted event with defaults for what a test does not care about. */
function event(fields: Partial<ExtractedEvent> & { quote: string; article?: string; sentence?: string }): {
	article: string;
	event: ExtractedEvent;
} {
	const { quote, article = 'a', sentence = 's-1', ...rest } = fields;
	return {
		article,
		event: {
			date: '2025-03-03',
			precision: 'day',
			title: quote.replace(/\.$/, ''),
			description: quote,
			source: { article, quote, sentence },
			topics: [],
			entities: [],
			inferred: false,
			dateText: 'March 3',
			status: 'happened',
			weekday: null,
			orderDay: null,
			...rest,
		},
	};
}

describe('mergeEvents', () => {
	it('merges two reports of one prisoner exchange into one record with two sources', () => {
		const records = mergeEvents([
			event({
				article: 'a',
				quote: 'On 3 March 2025 Ukraine and Russia exchanged 175 prisoners each.',
				dateText: '3 March 2025',
				entities: ['ukraine', 'russia'],
			}),
			event({
				article: 'b',
				quote: 'The exchange of 175 prisoners on March 3 was the first since January.',
				title: 'The exchange of 175 prisoners was the first since January',
			}),
		]);
		expect(records).toHaveLength(1);
		expect(records[0]!.sources.map((source) => source.article)).toEqual(['a', 'b']);
	});

	it('keeps two different events on the same day apart', () => {
		const records = mergeEvents([
			event({
				article: 'a',
				quote: 'On 3 March 2025 Ukraine and Russia exchanged 175 prisoners each.',
				entities: ['ukraine', 'russia'],
			}),
			event({
				article: 'b',
				quote: 'On 3 March 2025 a Russian drone hit a power substation in Sumy, cutting electricity to 40,000 homes.',
				entities: ['sumy'],
			}),
		]);
		expect(records).toHaveLength(2);
	});

	it('does not merge the same words on different days', () => {
		const records = mergeEvents([
			event({
				article: 'a',
				quote: 'Ukraine and Russia exchanged 175 prisoners each.',
				entities: ['ukraine', 'russia'],
			}),
			event({
				article: 'b',
				quote: 'Ukraine and Russia exchanged 175 prisoners each.',
				entities: ['ukraine', 'russia'],
				date: '2025-03-04',
			}),
		]);
		expect(records).toHaveLength(2);
	});

	it('matches entities after resolving each article’s mention keys', () => {
		const statements = [
			event({ article: 'a', quote: 'Dan Driscoll briefed ambassadors.', entities: ['nlp:dan-driscoll', 'kyiv'] }),
			event({ article: 'b', quote: 'Daniel P. Driscoll met envoys.', entities: ['nlp:daniel-p-driscoll', 'kyiv'] }),
		];
		expect(mergeEvents(statements)).toHaveLength(2);
		const resolved = mergeEvents(statements, (_article, key) => (key.includes('driscoll') ? 'dan-driscoll' : key));
		expect(resolved).toHaveLength(1);
		expect(resolved[0]!.entities).toEqual(['dan-driscoll', 'kyiv']);
	});

	it('never merges the two events of one sentence', () => {
		const quote = 'The list includes Lt Gen Oleg Tsokov and Maj Gen Pavel Klimenko, both killed on 3 March.';
		const records = mergeEvents([
			event({ quote, title: 'Oleg Tsokov killed', entities: ['oleg-tsokov'] }),
			event({ quote, title: 'Pavel Klimenko killed', entities: ['pavel-klimenko'] }),
		]);
		expect(records).toHaveLength(2);
	});

	it('merges a day into a month only on strong evidence, and keeps the day', () => {
		const talks = [
			event({
				article: 'a',
				date: '2025-05',
				precision: 'month',
				dateText: 'May 2025',
				quote: 'In May 2025, Russia and Ukraine held their first direct talks since 2022 in Istanbul.',
				entities: ['russia', 'ukraine', 'istanbul'],
			}),
			event({
				article: 'b',
				date: '2025-05-16',
				dateText: 'May 16, 2025',
				quote:
					'Russian and Ukrainian delegations met in Istanbul on May 16, 2025, for their first direct talks since 2022.',
				entities: ['istanbul', 'russia', 'ukraine'],
			}),
		];
		const merged = mergeEvents(talks);
		expect(merged).toHaveLength(1);
		expect(merged[0]).toMatchObject({ date: '2025-05-16', precision: 'day', dateText: 'May 16, 2025' });
		const weak = mergeEvents([
			talks[1]!,
			event({
				article: 'a',
				date: '2025-05',
				precision: 'month',
				quote: 'In May 2025, Russia launched a record 472 drones.',
				entities: ['russia'],
			}),
		]);
		expect(weak).toHaveLength(2);
	});

	it('takes the title from the source most about the event and the date from a stated source', () => {
		const [record] = mergeEvents([
			event({
				article: 'a',
				quote: 'Late Friday, Dan Driscoll briefed NATO ambassadors in Kyiv.',
				title: 'Dan Driscoll briefed NATO ambassadors in Kyiv',
				dateText: 'Late Friday',
				inferred: true,
				entities: ['dan-driscoll', 'kyiv'],
			}),
			event({
				article: 'b',
				quote:
					'This stockpiling, Dan Driscoll told a gathering of Western diplomats in Kyiv on November 21, 2025, ' +
					'could transform the battlefield in Ukraine and the security of Europe as a whole.',
				title: 'Dan Driscoll told a gathering of Western diplomats in Kyiv',
				dateText: 'November 21, 2025',
				entities: ['dan-driscoll', 'kyiv', 'ukraine', 'europe'],
			}),
		]);
		expect(record).toMatchObject({
			title: 'Dan Driscoll briefed NATO ambassadors in Kyiv',
			dateText: 'November 21, 2025',
			inferred: false,
		});
		expect(record!.description).toBe('Late Friday, Dan Driscoll briefed NATO ambassadors in Kyiv.');
	});

	it('gives stable ids from date and title, numbered on collision, sorted by date then id', () => {
		const records = mergeEvents([
			event({ article: 'b', date: '2025-04-01', quote: 'Talks resumed.', title: 'Talks resumed' }),
			event({
				article: 'a',
				date: '2024-12',
				precision: 'month',
				quote: 'Russia captured Kurakhove.',
				title: 'Russia captured Kurakhove',
			}),
			event({
				article: 'c',
				date: '2025-04-01',
				quote: 'Talks resumed in Riyadh after a pause.',
				title: 'Talks resumed',
				entities: ['riyadh'],
			}),
		]);
		expect(records.map((record) => record.id)).toEqual([
			'2024-12-russia-captured-kurakhove',
			'2025-04-01-talks-resumed',
			'2025-04-01-talks-resumed-2',
		]);
	});

	it('gives the same records whatever the order of its input', () => {
		const input = [
			event({
				article: 'a',
				quote: 'On 3 March 2025 Ukraine and Russia exchanged 175 prisoners each.',
				entities: ['ukraine', 'russia'],
			}),
			event({ article: 'b', quote: 'The exchange of 175 prisoners on March 3 was the first since January.' }),
			event({
				article: 'b',
				sentence: 's-2',
				quote: 'On March 3 a drone hit a substation in Sumy.',
				entities: ['sumy'],
			}),
		];
		expect(mergeEvents([...input].reverse())).toEqual(mergeEvents(input));
	});
});

interface FixtureInput {
	articles: ArticleNotes[];
	resolve?: Record<string, string>;
}

/** The parts of a record a timeline fixture pins down (topics are tested on their own). */
const project = (record: EventRecord) => ({
	id: record.id,
	date: record.date,
	precision: record.precision,
	title: record.title,
	dateText: record.dateText,
	inferred: record.inferred,
	status: record.status,
	...(record.weekday ? { weekday: record.weekday } : {}),
	...(record.orderDay ? { orderDay: record.orderDay } : {}),
	...(record.bound ? { bound: record.bound } : {}),
	sources: record.sources.map(
		(source) => `${source.article} ${source.sentence}${source.reportedAs ? ` (reported as ${source.reportedAs})` : ''}`,
	),
	entities: record.entities,
});

describe('timeline fixtures (buildEvents, then mergeEvents)', () => {
	goldenFolders(join(root, 'test/fixtures/events'), {
		input: 'input.yaml',
		expected: 'expected.yaml',
		run: (folder) => {
			const input = parse(readFileSync(join(folder, 'input.yaml'), 'utf8')) as FixtureInput;
			const extracted = input.articles.flatMap((notes) => {
				const article = testArticle(notes);
				return buildEvents({
					article: article.id,
					sentences: article.sentences,
					dates: article.dates,
					mentions: article.mentions,
					taxonomy,
				}).map((built) => ({ article: article.id, event: built }));
			});
			const records = mergeEvents(extracted, (article, key) => input.resolve?.[`${article} ${key}`] ?? key);
			for (const record of records)
				for (const source of record.sources)
					expect(input.articles.find((notes) => notes.id === source.article)?.paragraphs.join(' ')).toContain(
						source.quote,
					);
			return records.map(project);
		},
	});
});
