import { describe, expect, it } from 'vitest';
import { type FigureSides, placeWords, sidesText } from './figure-sides.ts';

const NAMES: Record<string, string> = {
	russia: 'Russia',
	ukraine: 'Ukraine',
	syzran: 'Syzran',
	'belgorod-region': 'Belgorod region',
	belarus: 'Belarus',
};
const name = (id: string) => NAMES[id] ?? id;
const sides = (fields: Partial<FigureSides> & Pick<FigureSides, 'metric'>): FigureSides => ({
	subject: null,
	subjectRole: null,
	interceptedBy: null,
	inflictedBy: null,
	place: null,
	...fields,
});

describe('sidesText', () => {
	it('says whose drones an interception downed and who downed them, never the launcher as interceptor', () =>
		expect(
			sidesText(
				sides({
					metric: 'drones_intercepted',
					subject: 'russia',
					subjectRole: 'attacker',
					interceptedBy: 'ukraine',
					place: 'ukraine',
				}),
				name,
			),
		).toBe('launched by Russia, intercepted by Ukraine'));
	it('says where drones were downed when that is more than the interceptor', () =>
		expect(
			sidesText(
				sides({
					metric: 'drones_intercepted',
					subject: 'ukraine',
					subjectRole: 'attacker',
					interceptedBy: 'russia',
					place: 'belgorod-region',
				}),
				name,
			),
		).toBe('launched by Ukraine, intercepted by Russia, over Belgorod region'));
	it('says when the interceptor is not stated', () =>
		expect(sidesText(sides({ metric: 'missiles_intercepted', subject: 'russia', subjectRole: 'attacker' }), name)).toBe(
			'launched by Russia, interceptor not stated',
		));
	it('says a launch is by its attacker, at its target (the metric says it was launched)', () =>
		expect(
			sidesText(
				sides({ metric: 'drones_launched', subject: 'russia', subjectRole: 'attacker', place: 'ukraine' }),
				name,
			),
		).toBe('by Russia, at Ukraine'));
	it('says a loss read from where it happened is in that place, by the attacking side', () =>
		expect(
			sidesText(
				sides({
					metric: 'civilians_killed',
					subject: 'russia',
					subjectRole: 'place',
					inflictedBy: 'ukraine',
					place: 'syzran',
				}),
				name,
			),
		).toBe("in Syzran (Russia), by Ukraine's attack"));
	it('says a loss read from whose people it was is on that side', () =>
		expect(sidesText(sides({ metric: 'officers_killed', subject: 'russia', subjectRole: 'victim' }), name)).toBe(
			"on Russia's side",
		));
	it('says ground is captured by its captor, prisoners held by their holder, money for its recipient', () => {
		expect(
			sidesText(
				sides({ metric: 'villages_captured', subject: 'russia', subjectRole: 'captor', place: 'ukraine' }),
				name,
			),
		).toBe('by Russia, in Ukraine');
		expect(
			sidesText(sides({ metric: 'political_prisoners_held', subject: 'belarus', subjectRole: 'holder' }), name),
		).toBe('held by Belarus');
		expect(sidesText(sides({ metric: 'aid_usd', subject: 'ukraine', subjectRole: 'recipient' }), name)).toBe(
			'for Ukraine',
		);
	});
	it('says whose nationals a count of people is ("31 Ukrainian citizens"), never where they came from', () =>
		expect(
			sidesText(sides({ metric: 'prisoners_released', subject: 'ukraine', subjectRole: 'nationality' }), name),
		).toBe('nationals of Ukraine'));

	it('says "side not stated" for a loss with no side, and a dash for a number that belongs to no one', () => {
		expect(sidesText(sides({ metric: 'injured' }), name)).toBe('side not stated');
		expect(sidesText(sides({ metric: 'plan_points' }), name)).toBe('—');
	});
});

describe('placeWords', () => {
	it('names the place with the country its losses are read from', () =>
		expect(
			placeWords(sides({ metric: 'civilians_killed', subject: 'russia', subjectRole: 'place', place: 'syzran' }), name),
		).toBe('Syzran (Russia)'));
	it('falls back to the country of a loss read from where it happened, and is null when nothing says where', () => {
		expect(placeWords(sides({ metric: 'killed', subject: 'ukraine', subjectRole: 'place' }), name)).toBe('Ukraine');
		expect(placeWords(sides({ metric: 'officers_killed', subject: 'russia', subjectRole: 'victim' }), name)).toBeNull();
	});
});
