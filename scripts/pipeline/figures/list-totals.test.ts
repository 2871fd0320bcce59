import { describe, expect, it } from 'vitest';
import { extractFigures } from '../extract-figures.ts';
import { listTotalDiagnostics } from './list-totals.ts';
import { buildContext } from './test-context.ts';

/** The list-total warnings of an article of `paragraphs`. */
function warnings(...paragraphs: string[]) {
	const context = buildContext({ blocks: paragraphs });
	return listTotalDiagnostics(extractFigures(context), context.sentences).map((diagnostic) => diagnostic.message);
}

describe('listTotalDiagnostics (figures:per-region-list)', () => {
	it('warns when the parts listed by place do not add up to the total stated before them', () => {
		expect(
			warnings(
				'Air defences destroyed 40 drones overnight.',
				'Of those, 20 drones were downed over the Oryol Region, 12 over the Kaluga Region and five over the Tver Region.',
			),
		).toEqual(['the parts listed by place in s-2 (20 + 12 + 5 = 37) do not add up to the total of 40 in s-1']);
	});
	it('says nothing when they add up, or when the total is hedged', () => {
		expect(
			warnings(
				'Air defences destroyed 37 drones overnight.',
				'Of those, 20 drones were downed over the Oryol Region, 12 over the Kaluga Region and five over the Tver Region.',
			),
		).toEqual([]);
		expect(
			warnings(
				'Air defences destroyed more than 40 drones overnight.',
				'Of those, 20 drones were downed over the Oryol Region, 12 over the Kaluga Region and five over the Tver Region.',
			),
		).toEqual([]);
	});
});
