import { describe, expect, it } from 'vitest';
import { fixtureData } from '../../briefings/fixtures.ts';
import { briefingFor } from './briefing-for.ts';

describe('briefingFor', () => {
	it('composes each scope once per corpus', () => {
		const data = fixtureData();
		const first = briefingFor(data, { kind: 'topic', topic: 'air-war' });
		expect(briefingFor(data, { kind: 'topic', topic: 'air-war' })).toBe(first);
		expect(briefingFor(data, { kind: 'situation' })).not.toBe(first);
	});
	it('composes afresh for a newly loaded corpus', () => {
		const first = briefingFor(fixtureData(), { kind: 'situation' });
		expect(briefingFor(fixtureData(), { kind: 'situation' })).not.toBe(first);
	});
});
