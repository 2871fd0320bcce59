import { describe, expect, it } from 'vitest';
import { createContext } from './context.ts';
import { fixtureData, makeEntity, makeFigure } from './fixtures.ts';
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
	it('leads with headline metrics, attributed, citing the figure sentence', () => {
		const data = fixtureData();
		const figures = keyFigures(data.figures, createContext(data, data.articles));
		expect(figures.map((entry) => [entry.figure.metric, entry.attribution, entry.cite.href])).toEqual([
			['injured', 'according to Officials', '/articles/b-talks/#s-5'],
			['drones_launched', 'according to Ukrainian Air Force', '/articles/b-talks/#s-4'],
			['prisoners_released', null, '/articles/a-pressure/#s-20'],
		]);
	});
	it('keeps one figure per metric and subject: a whole before a part, then the most recent', () => {
		const data = fixtureData();
		const figures = [
			makeFigure({ id: 'old', article: 'a-pressure', metric: 'killed', value: 2, date: '2025-11-20' }),
			makeFigure({ id: 'new', article: 'b-talks', metric: 'killed', value: 5, date: '2025-12-06' }),
			makeFigure({
				id: 'part',
				article: 'b-talks',
				metric: 'killed',
				value: 1,
				date: '2025-12-07',
				scope: 'in Kharkiv',
			}),
		];
		expect(keyFigures(figures, createContext(data, data.articles)).map((entry) => entry.figure.id)).toEqual(['new']);
	});
	it('never picks a figure the text negates or only supposes ("agreed not to cap … at 600,000")', () => {
		const data = fixtureData();
		const figures = [
			makeFigure({ id: 'cap', article: 'b-talks', metric: 'troop_cap', value: 600000, status: 'negated' }),
			makeFigure({ id: 'swap', article: 'b-talks', metric: 'aid_usd', value: 5e9, status: 'hypothetical' }),
		];
		expect(keyFigures(figures, createContext(data, data.articles))).toEqual([]);
	});
	it('says in words whose weapons were intercepted and by whom, never the launcher as the interceptor', () => {
		const data = fixtureData();
		const entities = [makeEntity({ id: 'russia', name: 'Russia' }), makeEntity({ id: 'ukraine', name: 'Ukraine' })];
		const downed = makeFigure({
			id: 'downed',
			article: 'b-talks',
			metric: 'drones_intercepted',
			value: 585,
			subject: 'russia',
			subjectRole: 'attacker',
			interceptedBy: 'ukraine',
			place: 'ukraine',
		});
		const context = createContext({ ...data, entities: [...data.entities, ...entities] }, data.articles);
		expect(keyFigures([downed], context).map((entry) => entry.sides)).toEqual([
			'launched by Russia, intercepted by Ukraine',
		]);
	});
	it('leaves out figures from articles outside the briefing', () => {
		const data = fixtureData();
		const talks = data.articles.filter((article) => article.id === 'a-pressure');
		expect(keyFigures(data.figures, createContext(data, talks)).map((entry) => entry.figure.id)).toEqual(['f3']);
	});
});
