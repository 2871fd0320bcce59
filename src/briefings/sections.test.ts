import { describe, expect, it } from 'vitest';
import { briefingSections } from './sections.ts';

describe('briefingSections', () => {
	it('lists the charts section only when charts are available, after the timeline', () => {
		expect(briefingSections({ charts: false }).map((section) => section.id)).toEqual([
			'bottom-line',
			'key-figures',
			'timeline',
			'key-quotes',
			'actors',
			'open-questions',
			'sources',
		]);
		expect(
			briefingSections({ charts: true })
				.map((section) => section.id)
				.slice(2, 4),
		).toEqual(['timeline', 'charts']);
	});
});
