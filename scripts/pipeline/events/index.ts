/** The parts of event extraction and merging, for `build-events.ts` and `merge-events.ts`. */

export { CandidateBlocks } from './candidate-blocks.ts';
export { type EventWords, eventWords, serialiseWords } from './content-words.ts';
export { type EventTitle, type TitleRequest, titleForDate } from './event-title.ts';
export { fitTitle, MAX_TITLE_LENGTH } from './fit-title.ts';
export { isEventDate, isQuestion } from './is-event-date.ts';
export { dateRelation, type EventFacts, entityWeights, matchEvents, sharedEvidence } from './match-events.ts';
