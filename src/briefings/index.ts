/** Briefings composed from the data: the situation briefing and one per topic. */

export { briefingScopes } from './briefing-scopes.ts';
export { composeBriefing, SITUATION_ID } from './compose-briefing.ts';
export { cssString } from './css-string.ts';
export type {
	AsOf,
	Briefing,
	BriefingActor,
	BriefingData,
	BriefingFigure,
	BriefingQuote,
	BriefingScope,
	BriefingSource,
	BriefingStanding,
	Citation,
	CitedSentence,
} from './model.ts';
export { type BriefingSection, briefingSections } from './sections.ts';
export { MAX_EVENT_SOURCES } from './timeline-excerpt.ts';
