/** The parts of topic scoring, for `assign-topics.ts`. */
export {
	compileTerm,
	findTermHits,
	type TermHit,
	type TermMatcher,
	type TermSet,
	termMatcher,
	termSet,
} from './match-terms.ts';
