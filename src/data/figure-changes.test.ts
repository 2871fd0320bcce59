import { describe, expect, it } from 'vitest';
import { figure } from '../charts/fixtures.ts';
import { figureRows } from './figure-changes.ts';

const quote = 'Negotiators say the draft charter was cut from 40 articles to 31 over the weekend.';
const before = figure({ metric: 'charter_articles', value: 40, text: '40 articles', quote, sentence: 's-8' });
const after = figure({ metric: 'charter_articles', value: 31, text: '31', quote, sentence: 's-8' });

describe('figureRows', () => {
	it('tells a number the sentence says was changed in one row, with its verb and the number it changed from', () => {
		const rows = figureRows([before, after]);
		expect(rows.map((row) => [row.figure.value, row.change?.verb, row.change?.from.text])).toEqual([
			[31, 'cut', '40 articles'],
		]);
	});

	it('lists the same number stated again by the same article once', () => {
		const first = figure({
			metric: 'charter_articles',
			value: 40,
			text: '40 articles',
			quote: 'The draft charter first ran to 40 articles.',
			sentence: 's-3',
		});
		const rows = figureRows([first, before, after, { ...first, id: 'again', sentence: 's-12' }]);
		expect(rows.map((row) => [row.figure.sentence, row.figure.value, row.change?.from.value ?? null])).toEqual([
			['s-3', 40, null],
			['s-8', 31, 40],
		]);
	});

	it('keeps two equal counts of different places or days apart, and figures of another measure unchanged', () => {
		const kharkiv = figure({ metric: 'killed', value: 2, place: 'kharkiv', sentence: 's-1' });
		const odesa = figure({ metric: 'killed', value: 2, place: 'odesa', sentence: 's-2' });
		const rows = figureRows([kharkiv, odesa]);
		expect(rows).toHaveLength(2);
		expect(rows.every((row) => row.change === null)).toBe(true);
	});

	it('reads "from … to …" with no verb of change as a change all the same', () => {
		const text = 'The ceiling moves from 500 troops to 350 next year.';
		const high = figure({ metric: 'troop_cap', value: 500, text: '500 troops', quote: text, sentence: 's-4' });
		const low = figure({ metric: 'troop_cap', value: 350, text: '350', quote: text, sentence: 's-4' });
		expect(figureRows([high, low]).map((row) => [row.figure.value, row.change?.verb ?? null])).toEqual([[350, null]]);
	});
});
