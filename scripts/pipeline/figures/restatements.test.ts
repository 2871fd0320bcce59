import { describe, expect, it } from 'vitest';
import type { ExtractedFigure } from '../model.ts';
import { dropRestatements } from './restatements.ts';

const figure = (sentence: string, quote: string, fields: Partial<ExtractedFigure> = {}) =>
	({
		metric: 'killed',
		value: 8,
		subject: 'ukraine',
		date: '2025-12-29',
		scope: null,
		span: null,
		status: 'reported',
		sentence,
		quote,
		...fields,
	}) as ExtractedFigure;

const standfirst = figure('s-1', 'A drone attack on the city killed eight people on Monday, officials said.');
const lead = figure('s-2', 'A drone attack on the city killed eight people on Monday, December 29, the governor said.');

describe('dropRestatements', () => {
	it('keeps one figure of a lead the standfirst restates, from the fuller sentence', () =>
		expect(dropRestatements([standfirst, lead])).toEqual([lead]));
	it('keeps the same count told in another sentence about something else', () => {
		const other = figure('s-3', 'In a separate strike on a village to the south, eight people died overnight.');
		expect(dropRestatements([standfirst, other])).toEqual([standfirst, other]);
	});
	it('keeps both when the counts differ in their day or metric', () => {
		expect(dropRestatements([standfirst, { ...lead, date: '2025-12-28' }])).toHaveLength(2);
		expect(dropRestatements([standfirst, { ...lead, metric: 'injured' }])).toHaveLength(2);
	});
});
