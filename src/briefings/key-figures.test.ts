import { describe, expect, it } from 'vitest';
import { createContext } from './context.ts';
import { fixtureData, makeArticle, makeEntity, makeFigure } from './fixtures.ts';
import { attribution, keyFigures } from './key-figures.ts';

describe('attribution', () => {
	const entities = new Map([
		['ukrainian-air-force', makeEntity({ id: 'ukrainian-air-force', name: 'Ukrainian Air Force' })],
	]);
	it("names the claimant entity, else uses the article's words", () => {
		expect(attribution('ukrainian-air-force', entities)).toBe('according to Ukrainian Air Force');
		expect(attribution('the regional governor', entities)).toBe('according to the regional governor');
	});
	it('is null when the article attributes the number to no one', () => {
		expect(attribution(null, entities)).toBeNull();
	});
});

describe('keyFigures', () => {
	// A corpus written for the rule: one article on the talks, one on the front and the grid, figures of five topics.
	const talks = makeArticle({ id: 'talks', published: '2026-02-10', publishedPrecision: 'day' });
	const front = makeArticle({ id: 'front', published: '2026-02-02', publishedPrecision: 'day' });
	const figure = (
		id: string,
		article: string,
		metric: string,
		value: number,
		date: string,
		quote: string,
		text = String(value),
	) =>
		makeFigure({
			id,
			article,
			metric,
			value,
			date,
			datePrecision: date.length === 10 ? 'day' : 'month',
			quote,
			text,
			sentence: `s-${id}`,
		});
	const figures = [
		figure(
			'civilians',
			'front',
			'civilians_killed',
			2,
			'2026-02-01',
			'A drone attack on a power station near Sumy killed 2 civilians.',
		),
		figure('outage', 'front', 'power_outage_hours', 12, '2026-02-01', 'Homes in Sumy were without power for 12 hours.'),
		figure(
			'ground',
			'front',
			'territory_captured_km2',
			480,
			'2026-01',
			'Russian forces took 480 square kilometres in January.',
		),
		figure('swap', 'front', 'prisoners_released', 150, '2026-01-15', 'Both sides released 150 prisoners in January.'),
		figure(
			'points-before',
			'talks',
			'plan_points',
			28,
			'2026-02-08',
			'The draft was cut from 28 points to 19.',
			'28 points',
		),
		figure('points-after', 'talks', 'plan_points', 19, '2026-02-08', 'The draft was cut from 28 points to 19.', '19'),
		figure('loan', 'talks', 'aid_usd', 9e9, '2026-02-10', 'Lenders agreed a $9 billion loan for Kyiv.', '$9 billion'),
	];
	const topic = (id: string, metrics: string[], ids: string[]) => ({
		id,
		name: id,
		description: '',
		articles: [],
		related: [],
		url: `/topics/${id}/`,
		scores: [],
		metrics,
		keyEvents: false,
		sources: [],
		figures: ids,
	});
	const topics = [
		topic('energy', ['power_outage_hours'], ['outage', 'civilians']),
		topic('prisoners', ['prisoners_released'], ['swap', 'civilians']),
		topic('front-line', ['territory_captured_km2'], ['ground']),
		topic('peace-plan', ['plan_points'], ['points-before', 'points-after']),
		topic('sanctions', ['aid_usd'], ['loan']),
	];
	const data = { ...fixtureData(), articles: [talks, front], figures, topics };
	const context = () => createContext(data, [talks, front]);

	it("opens a topic briefing with the topic's own figures, not a casualty count from a sentence about it", () => {
		const ids = (topicId: string) =>
			keyFigures(data, { kind: 'topic', topic: topicId }, context()).map((entry) => entry.figure.id);
		expect(ids('energy')).toEqual(['outage', 'civilians']);
		expect(ids('prisoners')[0]).toBe('swap');
	});
	it("gives the situation briefing each topic's newest figure, newest first within the table's sections", () => {
		// The loan is the newest, but a sum of money is no attack or day: it goes to "Sums, caps and levels", last.
		expect(keyFigures(data, { kind: 'situation' }, context()).map((entry) => entry.figure.id)).toEqual([
			'points-after',
			'outage',
			'ground',
			'swap',
			'loan',
		]);
	});
	it('keeps one figure per metric and subject: a whole before a part, then the most recent', () => {
		const parts = [
			makeFigure({ id: 'old', article: 'talks', metric: 'killed', value: 2, date: '2025-11-20' }),
			makeFigure({ id: 'new', article: 'front', metric: 'killed', value: 5, date: '2025-12-06' }),
			makeFigure({ id: 'part', article: 'front', metric: 'killed', value: 1, date: '2025-12-06', scope: 'in Kharkiv' }),
		];
		const withParts = { ...data, figures: parts, topics: [topic('casualties', ['killed'], ['old', 'new', 'part'])] };
		expect(
			keyFigures(withParts, { kind: 'topic', topic: 'casualties' }, createContext(withParts, [talks, front])).map(
				(entry) => entry.figure.id,
			),
		).toEqual(['new']);
	});
	it('never picks a figure the text negates or only supposes ("agreed not to cap … at 600,000")', () => {
		const ruledOut = [
			makeFigure({ id: 'cap', article: 'talks', metric: 'troop_cap', value: 600000, status: 'negated' }),
			makeFigure({ id: 'grant', article: 'talks', metric: 'aid_usd', value: 5e9, status: 'hypothetical' }),
		];
		const withRuledOut = {
			...data,
			figures: ruledOut,
			topics: [topic('army', ['troop_cap', 'aid_usd'], ['cap', 'grant'])],
		};
		expect(keyFigures(withRuledOut, { kind: 'situation' }, createContext(withRuledOut, [talks]))).toEqual([]);
	});
	it('attributes each figure as its article does and cites its sentence', () => {
		const [loan] = keyFigures(data, { kind: 'topic', topic: 'sanctions' }, context());
		expect([loan!.attribution, loan!.cite.href]).toEqual([null, '/articles/talks/#s-loan']);
	});
	it('says in words whose weapons were intercepted and by whom, never the launcher as the interceptor', () => {
		const entities = [makeEntity({ id: 'russia', name: 'Russia' }), makeEntity({ id: 'ukraine', name: 'Ukraine' })];
		const downed = makeFigure({
			id: 'downed',
			article: 'talks',
			metric: 'drones_intercepted',
			value: 585,
			subject: 'russia',
			subjectRole: 'attacker',
			interceptedBy: 'ukraine',
			place: 'ukraine',
		});
		const withDowned = {
			...data,
			entities: [...data.entities, ...entities],
			figures: [downed],
			topics: [topic('air', ['drones_intercepted'], ['downed'])],
		};
		const air = keyFigures(withDowned, { kind: 'topic', topic: 'air' }, createContext(withDowned, [talks]));
		expect(air.map((entry) => entry.sides)).toEqual(['launched by Russia, intercepted by Ukraine']);
	});
});
