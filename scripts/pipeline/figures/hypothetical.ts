/** Tells a quantity that happened from one that is proposed, planned or threatened ("a swap of 1,000 prisoners was under discussion"). */
import type { MetricMatch } from './match-metric.ts';
import { clauseAround } from './match-metric.ts';
import type { NumberSite } from './number-site.ts';

// A modal right before the verb: "would release", "will be exchanged", "is expected to launch". Not "claimed to have
// downed": that reports a fact.
const MODAL_BEFORE =
	/\b(?:will|would|could|might|shall|(?:expected|set|due|likely|poised|going|able) to)\s+(?:not\s+)?(?:be\s+|have\s+(?:been\s+)?)?(?:\w+\s+)?$/i;
// Words that put the whole clause in a proposal or a plan.
const PROPOSAL =
	/\b(?:under discussion|being discussed|proposed|proposes?|proposals?|plans? to|planned|planning to|threaten(?:s|ed)? to|ready to|offer(?:s|ed)? to|agreed to|agree to|hopes? to|aims? to|wants? to)\b/i;

/** True when a figure of an event (a launch, a death, a capture, a release) is only proposed or foreseen. */
export function isHypothetical(sentence: string, site: NumberSite, match: MetricMatch): boolean {
	if (match.cue && MODAL_BEFORE.test(sentence.slice(Math.max(0, match.cue.start - 30), match.cue.start))) return true;
	const clause = clauseAround(sentence, site.qualifier.start, site.number.end);
	return PROPOSAL.test(sentence.slice(clause.start, clause.end));
}
