import { describe, expect, it } from 'vitest';
import { FigureRecordSchema } from '../../src/schemas/index.ts';
import { mergeFigures } from './merge-figures.ts';
import type { ExtractedFigure } from './model.ts';

/** A figure of `article` with sensible defaults. */
function figure(article: string, overrides: Partial<ExtractedFigure> = {}): ExtractedFigure {
	return {
		metric: 'drones_launched',
		value: 500,
		unit: 'count',
		qualifier: 'exact',
		subject: 'russia',
		claimedBy: null,
		date: '2025-11-27',
		datePrecision: 'day',
		article,
		quote: 'Russia launched 500 drones overnight.',
		sentence: 's-1',
		text: '500 drones',
		scope: null,
		status: 'reported',
		statusCue: null,
		subjectRole: null,
		interceptedBy: null,
		inflictedBy: null,
		place: null,
		span: 'incident',
		spanCue: null,
		dateSource: null,
		...overrides,
	};
}

describe('mergeFigures', () => {
	it('gives every figure a schema-valid record with an id made of article, metric and a short hash', () => {
		const [record] = mergeFigures([figure('a')]);
		expect(FigureRecordSchema.parse(record)).toEqual(record);
		expect(record!.id).toMatch(/^a-drones_launched-[0-9a-z]{7}$/);
	});
	it('gives the same ids whatever the input order', () => {
		const figures = [
			figure('b', { sentence: 's-2' }),
			figure('a'),
			figure('b', { sentence: 's-10', value: 7, text: '7 drones' }),
		];
		const forward = mergeFigures(figures).map((record) => record.id);
		expect(mergeFigures([...figures].reverse()).map((record) => record.id)).toEqual(forward);
	});
	it('sorts by article, then sentence number (s-2 before s-10), then position in the sentence', () => {
		const records = mergeFigures([
			figure('b', { sentence: 's-10' }),
			figure('b', { sentence: 's-2', quote: 'It fired 40 missiles and 500 drones.', text: '500 drones' }),
			figure('b', {
				sentence: 's-2',
				quote: 'It fired 40 missiles and 500 drones.',
				text: '40 missiles',
				metric: 'missiles_launched',
				value: 40,
			}),
			figure('a'),
		]);
		expect(records.map((record) => [record.article, record.sentence, record.text])).toEqual([
			['a', 's-1', '500 drones'],
			['b', 's-2', '40 missiles'],
			['b', 's-2', '500 drones'],
			['b', 's-10', '500 drones'],
		]);
	});
	it('keeps ids unique when two figures read the same words of the same sentence', () => {
		const ids = mergeFigures([figure('a'), figure('a')]).map((record) => record.id);
		expect(new Set(ids).size).toBe(2);
	});
	it('marks figures of different articles with the same metric, subject, date and scope but different values as conflicting', () => {
		const [first, second] = mergeFigures([figure('a', { value: 653 }), figure('b', { value: 700 })]);
		expect(first!.conflictsWith).toEqual([second!.id]);
		expect(second!.conflictsWith).toEqual([first!.id]);
	});
	it('does not mark the same value, the same article, another date, scope or subject as a conflict', () => {
		const scenarios: ExtractedFigure[][] = [
			[figure('a', { value: 653 }), figure('b', { value: 653 })],
			[figure('a', { value: 653 }), figure('a', { value: 700, sentence: 's-2' })],
			[figure('a', { value: 653 }), figure('b', { value: 800, date: '2025-11-28' })],
			[figure('a', { value: 118 }), figure('b', { value: 52, scope: 'Belgorod region' })],
			[figure('a', { value: 653 }), figure('b', { value: 90, subject: 'ukraine' })],
		];
		for (const scenario of scenarios)
			expect(mergeFigures(scenario).map((record) => record.conflictsWith)).toEqual([[], []]);
	});
	it('does not mark a national toll and a city’s part, or a night’s count and the total so far, as conflicting', () => {
		const national = figure('a', { metric: 'killed', value: 31, subject: 'ukraine', place: 'ukraine' });
		const city = figure('b', { metric: 'killed', value: 12, subject: 'ukraine', place: 'kharkiv' });
		const night = figure('a', { metric: 'civilians_killed', value: 4, sentence: 's-3' });
		const total = figure('b', {
			metric: 'civilians_killed',
			value: 11000,
			span: 'cumulative',
			spanCue: 'since February 2022',
		});
		for (const scenario of [
			[national, city],
			[night, total],
		])
			expect(mergeFigures(scenario).map((record) => record.conflictsWith)).toEqual([[], []]);
	});
	it('does not mark a hedged figure the other value satisfies ("at least 8" and "10")', () => {
		const records = mergeFigures([figure('a', { value: 8, qualifier: 'at_least' }), figure('b', { value: 10 })]);
		expect(records.map((record) => record.conflictsWith)).toEqual([[], []]);
	});
	it('marks a hedged figure the other value contradicts ("up to 8" and "10")', () => {
		const records = mergeFigures([figure('a', { value: 8, qualifier: 'up_to' }), figure('b', { value: 10 })]);
		expect(records.map((record) => record.conflictsWith.length)).toEqual([1, 1]);
	});
	it('does not compare figures without a subject or a date', () => {
		const records = mergeFigures([
			figure('a', { subject: null, value: 1 }),
			figure('b', { subject: null, value: 2 }),
			figure('c', { date: null, value: 3 }),
			figure('d', { date: null, value: 4 }),
		]);
		expect(records.every((record) => record.conflictsWith.length === 0)).toBe(true);
	});
	it('lists every other conflicting article, sorted', () => {
		const records = mergeFigures([figure('a', { value: 1 }), figure('b', { value: 2 }), figure('c', { value: 3 })]);
		expect(records[0]!.conflictsWith).toEqual([records[1]!.id, records[2]!.id].sort());
	});
});
