import { describe, expect, it } from 'vitest';
import { briefingActors } from './actors.ts';
import { fixtureData } from './fixtures.ts';

describe('briefingActors', () => {
	it('ranks entities by mentions in the given articles, ties by name', () => {
		const actors = briefingActors(fixtureData(), new Set(['b-talks', 'c-monthly']), 10);
		expect(actors.map((actor) => [actor.entity.id, actor.mentions])).toEqual([
			['volodymyr-zelenskyy', 3],
			['steve-witkoff', 2],
			['kyiv', 1],
		]);
	});
	it('stops at the limit', () => {
		expect(briefingActors(fixtureData(), new Set(['a-pressure', 'b-talks', 'c-monthly']), 1)).toHaveLength(1);
	});
});
