/** The parts of topic scoring, for `assign-topics.ts`. */
export { compileTerm, findTermHits, type TermHit } from './match-terms.ts';
