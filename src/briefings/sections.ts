/** The sections of a briefing page, in order, with their heading ids (for the page and its contents list). */

export interface BriefingSection {
	id: string;
	title: string;
}

/** Every briefing section; `charts` only when the charts component is available. */
export function briefingSections(options: { charts: boolean }): BriefingSection[] {
	return [
		{ id: 'bottom-line', title: 'Bottom line up front' },
		{ id: 'key-figures', title: 'Key figures' },
		{ id: 'timeline', title: 'Latest events' },
		...(options.charts ? [{ id: 'charts', title: 'Charts' }] : []),
		{ id: 'key-quotes', title: 'Key quotes' },
		{ id: 'actors', title: 'Who is involved' },
		{ id: 'open-questions', title: 'Open questions' },
		{ id: 'sources', title: 'Sources' },
	];
}
