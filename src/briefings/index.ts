/** Briefings composed from the data: the situation briefing and one per topic. */
export type { AsOf, Briefing, BriefingActor, BriefingData, BriefingFigure, BriefingQuote, BriefingScope, BriefingSource, Citation, CitedSentence } from './model.ts';
export { composeBriefing, SITUATION_ID } from './compose-briefing.ts';
export { briefingScopes } from './briefing-scopes.ts';
export { cssString } from './css-string.ts';
export { briefingSections, type BriefingSection } from './sections.ts';
