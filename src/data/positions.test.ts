import { describe, expect, it } from 'vitest';
import type { PositionRecord, QuestionRecord } from '../schemas/index.ts';
import { pieceNote, positionRows, questionTimelines, reportedBy } from './positions.ts';

const QUESTION: QuestionRecord = {
	id: 'territory',
	order: 0,
	question: 'Should Ukraine give up territory?',
	short: 'Territory',
	background: 'Background.',
	parties: [
		{ id: 'ukraine', name: 'Ukraine' },
		{ id: 'russia', name: 'Russia' },
	],
	statements: 3,
	topics: [],
	url: '/positions/territory/',
};

function statement(overrides: Partial<PositionRecord>): PositionRecord {
	return {
		id: 'x',
		question: 'territory',
		party: 'ukraine',
		speaker: null,
		article: 'a',
		sentence: 's-1',
		text: 'A sentence.',
		date: '2025-11-01',
		stance: 'stated',
		stanceCue: null,
		source: 'extracted',
		datePrecision: 'day',
		dateSource: 'article',
		speakerName: 'Ukrainian officials',
		changedFrom: null,
		...overrides,
	};
}

const OLD = statement({ id: 'old', date: '2025-11-01', stance: 'opposes', article: 'a' });
const NEW = statement({ id: 'new', date: '2025-12-01', stance: 'supports', changedFrom: 'opposes', article: 'b' });
const UNDATED = statement({ id: 'undated', date: null, article: 'c' });

describe('positionRows', () => {
	it('puts each party’s newest dated statement in its cell and the earlier ones, newest first, under it', () => {
		const [row] = positionRows([QUESTION], [OLD, UNDATED, NEW], { limit: 5 });
		expect(row?.cells[0]?.latest?.id).toBe('new');
		expect(row?.cells[0]?.earlier.map((item) => item.id)).toEqual(['old', 'undated']);
		expect(row?.cells[1]?.latest).toBeNull();
		expect(row?.partiesHeard).toBe(1);
	});
	it('bounds the history of a cell and counts the rest', () => {
		const [row] = positionRows([QUESTION], [OLD, UNDATED, NEW], { limit: 1 });
		expect(row?.cells[0]?.earlier.map((item) => item.id)).toEqual(['old']);
		expect(row?.cells[0]?.count).toBe(3);
	});
	it('keeps only the statements of the articles in scope', () => {
		const [row] = positionRows([QUESTION], [OLD, NEW], { limit: 5, inScope: (article) => article === 'a' });
		expect(row?.cells[0]?.latest?.id).toBe('old');
	});
});

describe('questionTimelines', () => {
	it('lists a party’s statements oldest first with its current stance, bounded to the newest', () => {
		const [ukraine] = questionTimelines(QUESTION, [NEW, OLD, UNDATED], 2);
		expect(ukraine?.statements.map((item) => item.id)).toEqual(['old', 'new']);
		expect(ukraine?.omitted).toBe(1);
		expect(ukraine?.current?.id).toBe('new');
	});
});

describe('pieceNote', () => {
	it('marks a statement from an opinion piece or an analysis, not from a news report', () => {
		expect(pieceNote('opinion')).toBe('in an opinion piece');
		expect(pieceNote('analysis')).toBe('in an analysis');
		expect(pieceNote('news')).toBeNull();
		expect(pieceNote(undefined)).toBeNull();
	});
});

describe('reportedBy', () => {
	it("names the reporter of a stance one party reports for another, and nothing for a party's own words", () => {
		expect(reportedBy({ speakerName: 'Russia, according to Olena Marchuk' })).toBe('according to Olena Marchuk');
		expect(reportedBy({ speakerName: 'Moldova’s foreign ministry' })).toBeNull();
		expect(reportedBy({ speakerName: 'United States, in the plan' })).toBeNull();
	});
});
