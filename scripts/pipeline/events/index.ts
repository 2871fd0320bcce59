/** The parts of event extraction and merging, for `build-events.ts` and `merge-events.ts`. */
export { titleForDate, type EventTitle, type TitleRequest } from './event-title.ts';
export { fitTitle, MAX_TITLE_LENGTH } from './fit-title.ts';
export { isEventDate, isQuestion } from './is-event-date.ts';
export { tagTerms, type Term } from './tag-terms.ts';
export { eventWords, serialiseWords, type EventWords } from './content-words.ts';
export { dateRelation, entityWeights, matchEvents, sharedEvidence, type EventFacts } from './match-events.ts';
