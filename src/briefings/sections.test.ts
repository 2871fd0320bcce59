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

	it('lists the map section only when the briefing places something, after the charts', () => {
		expect(briefingSections({ charts: true, map: true }).map((section) => section.id)).toContain('map');
		expect(
			briefingSections({ charts: true, map: true })
				.map((section) => section.id)
				.slice(3, 5),
		).toEqual(['charts', 'map']);
		expect(briefingSections({ charts: true }).map((section) => section.id)).not.toContain('map');
	});
});
