import { describe, expect, it } from 'vitest';
import { figure } from '../charts/fixtures.ts';
import { conflictLabel, figureSections, sectionKind } from './figure-sections.ts';

// Figures written for the rule: one war's totals so far beside its single nights, a month's count and a level; and a
// second war reported by other articles, which names none of the first war's parties or places.
const names = new Map([
	['russia', 'Russia'],
	['ukraine', 'Ukraine'],
	['kharkiv', 'Kharkiv'],
	['sudan', 'Sudan'],
	['el-fasher', 'El Fasher'],
]);
const nameOf = (id: string) => names.get(id) ?? id;

const officers = figure({
	metric: 'officers_killed',
	value: 5100,
	subject: 'russia',
	subjectRole: 'victim',
	span: 'cumulative',
	spanCue: 'since the invasion began',
});
const night = figure({ metric: 'civilians_killed', value: 3, subject: 'ukraine', place: 'kharkiv' });
const month = figure({
	metric: 'territory_captured_km2',
	value: 410,
	subject: 'russia',
	span: 'period',
	spanCue: 'in October',
});
const cap = figure({ metric: 'troop_cap', value: 700000, subject: 'ukraine', span: null });
const elsewhere = figure({ article: 's1', metric: 'killed', value: 40, subject: 'sudan', place: 'el-fasher' });
const elsewhereTotal = figure({
	article: 's1',
	metric: 'killed',
	value: 9000,
	subject: 'sudan',
	span: 'cumulative',
	spanCue: 'since the siege began',
});
// What else the site holds: a night's interceptions, which join the war's two sides (no table row above does).
const interceptions = figure({
	article: 'a2',
	metric: 'drones_intercepted',
	value: 80,
	subject: 'russia',
	subjectRole: 'attacker',
	interceptedBy: 'ukraine',
});
const corpus = [officers, night, month, cap, elsewhere, elsewhereTotal, interceptions];

describe('figureSections', () => {
	it('never lists a total so far in the section of one night’s count: each span has its own headed section', () => {
		const sections = figureSections([officers, night, month, cap], (item) => item, nameOf, corpus);
		expect(sections.map((section) => [section.heading, section.items.map((item) => item.value)])).toEqual([
			['In one attack or day', [3]],
			['Over a stated period', [410]],
			['Totals so far', [5100]],
			['Sums, caps and levels', [700000]],
		]);
		expect(sections.map((section) => section.id)).toEqual(['incident', 'period', 'cumulative', 'level']);
	});

	it('keeps the given order within a section and leaves empty sections out', () => {
		const later = figure({ metric: 'injured', value: 12, subject: 'ukraine', place: 'kharkiv' });
		const sections = figureSections([later, officers, night], (item) => item, nameOf, corpus);
		expect(sections.map((section) => section.items.map((item) => item.value))).toEqual([[12, 3], [5100]]);
	});

	it('reads the conflicts from the whole corpus: a short list that names the two sides apart is still one war', () => {
		const sections = figureSections([officers, night], (item) => item, nameOf);
		expect(sections.map((section) => section.heading)).toEqual([
			'Kharkiv, Ukraine: in one attack or day',
			'Russia: totals so far',
		]);
		expect(figureSections([officers, night], (item) => item, nameOf, corpus).map((section) => section.heading)).toEqual(
			['In one attack or day', 'Totals so far'],
		);
	});

	it('puts another conflict’s figures in sections of their own, headed by its parties, after the main one', () => {
		const sections = figureSections(
			[elsewhere, officers, night, elsewhereTotal, month],
			(item) => item,
			nameOf,
			corpus,
		);
		expect(sections.map((section) => [section.heading, section.items.map((item) => item.value)])).toEqual([
			['Russia, Ukraine, Kharkiv: in one attack or day', [3]],
			['Russia, Ukraine, Kharkiv: over a stated period', [410]],
			['Russia, Ukraine, Kharkiv: totals so far', [5100]],
			['Sudan, El Fasher: in one attack or day', [40]],
			['Sudan, El Fasher: totals so far', [9000]],
		]);
		expect(sections.map((section) => section.id)).toEqual([
			'1-incident',
			'1-period',
			'1-cumulative',
			'2-incident',
			'2-cumulative',
		]);
	});

	it('sections any item through the figure it carries (a briefing’s row), and nothing when there is nothing', () => {
		const rows = [
			{ figure: officers, cite: 1 },
			{ figure: night, cite: 2 },
		];
		expect(figureSections(rows, (row) => row.figure, nameOf, corpus).map((section) => section.items)).toEqual([
			[rows[1]],
			[rows[0]],
		]);
		expect(figureSections([], (item) => item, nameOf)).toEqual([]);
	});
});

describe('sectionKind', () => {
	it('reads a figure with no span (a cap) and a one-off sum of money as a level, not as one attack', () => {
		expect(sectionKind(cap)).toBe('level');
		expect(sectionKind(night)).toBe('incident');
		expect(sectionKind(figure({ metric: 'aid_usd', value: 5e9, unit: 'usd' }))).toBe('level');
		expect(sectionKind(figure({ metric: 'aid_usd', value: 9e10, unit: 'usd', span: 'cumulative' }))).toBe('cumulative');
	});
});

describe('conflictLabel', () => {
	it('names the parties and places a conflict’s figures name most, at most three', () => {
		expect(conflictLabel([officers, night, month, cap], nameOf)).toBe('Russia, Ukraine, Kharkiv');
		// Ties go by id, so the label never depends on the order of the rows.
		expect(conflictLabel([night, officers], nameOf, 2)).toBe('Kharkiv, Russia …');
		expect(conflictLabel([figure({ metric: 'killed', value: 1 })], nameOf)).toBeNull();
	});
});
