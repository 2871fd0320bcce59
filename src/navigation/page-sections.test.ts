import { describe, expect, it } from 'vitest';
import { pageSections } from './page-sections.ts';

describe('pageSections', () => {
	it('gives each shown section its id and title, and lists only those, in order', () => {
		const { section, headings } = pageSections({
			mentions: { title: 'Mentions' },
			events: { title: 'On the timeline', shown: false },
			'appears-with': { title: 'Appears with', shown: true },
		});
		expect(section.mentions).toEqual({ id: 'mentions', title: 'Mentions' });
		expect(section.events).toBeNull();
		expect(headings).toEqual([
			{ depth: 2, slug: 'mentions', text: 'Mentions' },
			{ depth: 2, slug: 'appears-with', text: 'Appears with' },
		]);
	});
});
