import { describe, expect, it } from 'vitest';
import { TaxonomyEntrySchema } from './topic.ts';

const entry = (metrics: string[]) => ({ id: 'air-war', name: 'The air war', description: 'Strikes.', metrics });

describe('TaxonomyEntrySchema', () => {
	it('accepts metrics of the registry', () => {
		expect(TaxonomyEntrySchema.parse(entry(['drones_launched', 'aid_gbp'])).metrics).toEqual([
			'drones_launched',
			'aid_gbp',
		]);
	});

	it('rejects a metric the registry does not hold, naming it and where the ids are', () => {
		const result = TaxonomyEntrySchema.safeParse(entry(['drones_launched', 'drone_launches']));
		expect(result.success).toBe(false);
		expect(result.error?.issues).toEqual([
			expect.objectContaining({
				path: ['metrics', 1],
				message: expect.stringMatching(/^"drone_launches" is not a metric id; .*src\/schemas\/metric\.ts/),
			}),
		]);
	});
});
