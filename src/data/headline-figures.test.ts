import { describe, expect, it } from 'vitest';
import { makeFigure } from '../briefings/fixtures.ts';
import { headlineCaption, headlineFigures } from './headline-figures.ts';

const placed = (id: string, date: string | null, fields = {}) =>
	makeFigure({
		id,
		article: 'a',
		metric: 'drones_launched',
		value: 100,
		date,
		subject: 'russia',
		place: 'ukraine',
		...fields,
	});

describe('headlineFigures', () => {
	it('takes only figures with a date and a place, newest first', () => {
		const figures = [
			placed('old', '2025-11-20'),
			placed('new', '2025-12-06'),
			placed('undated', null),
			placed('nowhere', '2025-12-07', { place: null }),
		];
		expect(headlineFigures(figures).map((figure) => figure.id)).toEqual(['new', 'old']);
	});
	it('counts a loss read from where it happened as placed', () =>
		expect(
			headlineFigures([
				placed('killed', '2025-12-01', { metric: 'killed', place: null, subject: 'ukraine', subjectRole: 'place' }),
			]).map((figure) => figure.id),
		).toEqual(['killed']));
	it('leaves out parts, negated figures and metrics that are not headlines', () =>
		expect(
			headlineFigures([
				placed('part', '2025-12-01', { scope: 'over Belgorod' }),
				placed('negated', '2025-12-01', { status: 'negated' }),
				placed('points', '2025-12-01', { metric: 'plan_points' }),
			]),
		).toEqual([]));
});

describe('headlineCaption', () => {
	it('names only the kinds of figures the rows hold', () => {
		expect(headlineCaption([{ metric: 'drones_launched' }, { metric: 'civilians_killed' }])).toBe(
			'The newest figures on strikes and losses, each with when and where it applies',
		);
		expect(headlineCaption([{ metric: 'injured' }])).toBe(
			'The newest figures on losses, each with when and where it applies',
		);
	});

	it('says how aid is placed when aid is among them', () => {
		expect(headlineCaption([{ metric: 'territory_captured_km2' }, { metric: 'aid_usd' }])).toBe(
			'The newest figures on territory and aid, each with when and where it applies (for aid, who receives it)',
		);
	});
});
