/** The sections of a briefing page, in order, with their heading ids (for the page and its contents list). */

export interface BriefingSection {
	id: string;
	title: string;
}

/** Every briefing section; `charts`, `map` and `positions` only when the briefing has something to show there. */
export function briefingSections(options: { charts: boolean; map?: boolean; positions?: boolean }): BriefingSection[] {
	return [
		{ id: 'bottom-line', title: 'Bottom line up front' },
		{ id: 'key-figures', title: 'Key figures' },
		{ id: 'timeline', title: 'Latest events' },
		...(options.charts ? [{ id: 'charts', title: 'Charts' }] : []),
		...(options.map ? [{ id: 'map', title: 'Where it happened' }] : []),
		{ id: 'key-quotes', title: 'Key quotes' },
		...(options.positions ? [{ id: 'positions', title: 'Where the parties stand' }] : []),
		{ id: 'actors', title: 'Who is involved' },
		{ id: 'open-questions', title: 'Open questions' },
		{ id: 'sources', title: 'Sources' },
	];
}
