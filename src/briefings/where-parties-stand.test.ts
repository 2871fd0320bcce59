import { describe, expect, it } from 'vitest';
import type { PositionRecord, QuestionRecord } from '../schemas/index.ts';
import { createContext } from './context.ts';
import { fixtureData, makeArticle } from './fixtures.ts';
import { whereThePartiesStand } from './where-parties-stand.ts';

const QUESTION: QuestionRecord = {
	id: 'grain-corridor',
	order: 0,
	question: 'Should the grain corridor reopen?',
	short: 'Grain corridor',
	background: 'Background.',
	parties: [
		{ id: 'ukraine', name: 'Ukraine' },
		{ id: 'russia', name: 'Russia' },
	],
	statements: 3,
	topics: ['sanctions-economy'],
	url: '/positions/grain-corridor/',
};

function statement(fields: Partial<PositionRecord> & { id: string; article: string }): PositionRecord {
	return {
		question: 'grain-corridor',
		party: 'ukraine',
		speaker: null,
		sentence: 's-1',
		text: 'A sentence.',
		date: null,
		stance: 'stated',
		stanceCue: null,
		source: 'extracted',
		datePrecision: 'day',
		dateSource: 'article',
		speakerName: 'Ukrainian officials',
		changedFrom: null,
		...fields,
	};
}

describe('whereThePartiesStand', () => {
	// A winter news report and a newer column on the corridor; a spring column alone speaks for Russia.
	const report = makeArticle({ id: 'report', kind: 'news', published: '2026-01-10', topics: ['sanctions-economy'] });
	const column = makeArticle({ id: 'column', kind: 'opinion', published: '2026-01-14', topics: ['sanctions-economy'] });
	const spring = makeArticle({ id: 'spring', kind: 'opinion', published: '2025-05', topics: ['sanctions-economy'] });
	const positions = [
		statement({ id: 'u-news', article: 'report', date: '2026-01-10', stance: 'supports' }),
		statement({ id: 'u-column', article: 'column', date: '2026-01-14', stance: 'opposes' }),
		statement({ id: 'r-spring', article: 'spring', party: 'russia', date: '2025-05', datePrecision: 'month' }),
	];
	const articles = [column, report, spring];
	const data = { ...fixtureData(), articles, positions, questions: [QUESTION] };
	const [row] = whereThePartiesStand(data, createContext(data, articles), { kind: 'situation' });
	const cell = (party: string) => row!.cells.find((candidate) => candidate.party.id === party)!;

	it("takes a party's newest statement in a news report before a newer one in an opinion piece", () => {
		expect(cell('ukraine').statement?.id).toBe('u-news');
		expect(cell('ukraine').earlier).toBe(false);
	});
	it('marks as earlier a statement far older than the newest report on the question', () => {
		expect(cell('russia').statement?.id).toBe('r-spring');
		expect(cell('russia').earlier).toBe(true);
	});
});
