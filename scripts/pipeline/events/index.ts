/** The parts of event extraction and merging, for `build-events.ts` and `merge-events.ts`. */

export { CandidateBlocks } from './candidate-blocks.ts';
export { type Antecedent, type CarriedDate, carryDate } from './carry-date.ts';
export { type EventWords, eventWords, serialiseWords } from './content-words.ts';
export { titleForDeadline } from './deadline-title.ts';
export { type EventTitle, type TitleRequest, titleForDate, titleForSentence } from './event-title.ts';
export { fitTitle, MAX_TITLE_LENGTH } from './fit-title.ts';
export { isEventDate, isQuestion } from './is-event-date.ts';
export { dateRelation, type EventFacts, entityWeights, matchEvents, sharedEvidence } from './match-events.ts';
export { NOT_EVENT_RULES, type NotEventRule, notAnEvent } from './not-events.ts';
