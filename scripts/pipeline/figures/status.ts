/**
 * Tells a quantity the text states from one it negates ("agreed not to cap … at 600,000", "rejected a cap of") or only
 * supposes ("would release", "a swap … was under discussion", "if Russia launches").
 *
 * The rules are tried in order; the first that applies decides. Negation comes first: "would not cap" is negated.
 */
import type { FigureStatus } from '../../../src/schemas/index.ts';
import type { MetricMatch } from './match-metric.ts';
import type { Family } from './metric-rule.ts';
import type { NumberSite } from './number-site.ts';

/** What a status rule reads: the sentence, the number, the rule it matched. */
interface StatusScene {
	sentence: string;
	site: NumberSite;
	match: MetricMatch;
	/** The number's clause. */
	clause: { start: number; end: number };
}

/** One named status rule: the words that set the status, or null when it does not apply. */
interface StatusRule {
	id: string;
	status: Exclude<FigureStatus, 'reported'>;
	description: string;
	cue: (scene: StatusScene) => string | null;
}

/** Families whose figures count events: a future "will launch" is not a count, while "will provide €1bn" is a pledge. */
const EVENT_FAMILIES: ReadonlySet<Family> = new Set(['strikes', 'casualties', 'territory', 'prisoners']);

// Right before the verb that decides the metric ("not to cap", "did not kill", "no longer holds", "never launched").
const NEGATOR_BEFORE_CUE =
	/\b(?:not|never|no longer|n['’]t|neither|nor|refused to|declined to|failed to)\s+(?:(?:to|be|have|been|yet|even|actually)\s+){0,2}(?:\w+\s+)?$/i;
// The figure is the object of a verb that rejects or removes it ("rejected a cap of 600,000", "dropped the 28-point").
const REJECTING_VERBS = [
	'reject(?:s|ed|ing)?',
	'refus(?:es|ed|ing)',
	'dropp(?:ed|ing)',
	'drops?',
	'scrap(?:s|ped|ping)?',
	'ruled? out',
	'rules out',
	'abandon(?:s|ed|ing)?',
	'remov(?:es|ed|ing)',
	'withdr[ae]w(?:s|n)?',
	'dismiss(?:es|ed|ing)?',
];
const REJECTED_BEFORE_NUMBER = new RegExp(
	String.raw`\b(?:${REJECTING_VERBS.join('|')})\s+(?:[\p{L}'’-]+\s+){0,5}?(?:of|at|to|for)?\s*$`,
	'iu',
);
// A denial of the statement that holds the figure ("Moscow denied that 40 civilians were killed").
const DENIED_BEFORE_NUMBER = /\b(?:denied|denies|deny|denying)\s+(?:(?:claims?|reports?)\s+)?that\b[^;:—–]*$/i;
const NO_LONGER = /\bno longer\b/i;
// A modal right before the verb: "would release", "could be exchanged", "is expected to launch". Not "claimed to have
// downed": that reports a fact.
const MODAL_BEFORE_CUE =
	/\b(?:would|could|might|may|should|(?:expected|set|due|likely|poised|going|able) to)\s+(?:be\s+|have\s+(?:been\s+)?)?(?:\w+\s+)?$/i;
const FUTURE_BEFORE_CUE = /\b(?:will|shall|['’]ll)\s+(?:be\s+)?(?:\w+\s+)?$/i;
// Words that put the whole clause in a proposal or a plan.
// "agreed in Istanbul to exchange": a few words may stand between the verb and its "to".
const PROPOSAL_WORDS = ['under discussion', 'being discussed', 'proposed', 'proposes?', 'proposals?', 'planned'];
const INTENT_VERBS = [
	'plans?',
	'planning',
	'threaten(?:s|ed)?',
	'ready',
	'offer(?:s|ed)?',
	'agreed',
	'agrees?',
	'hopes?',
	'aims?',
	'wants?',
];
const PROPOSAL = new RegExp(
	String.raw`\b(?:${PROPOSAL_WORDS.join('|')}|(?:${INTENT_VERBS.join('|')})\s+(?:[\p{L}-]+\s+){0,3}?to)\b`,
	'iu',
);
// A condition before the number in its clause ("if Russia launches 1,000 drones").
const CONDITION_BEFORE = /\b(?:if|unless|in case|provided that)\b[^,]*$/i;

/** The 30 characters before the metric's cue, where a negator or a modal governs its verb. */
function beforeCue({ sentence, match }: StatusScene): string | null {
	return match.cue ? sentence.slice(Math.max(0, match.cue.start - 30), match.cue.start) : null;
}

/** The clause from its start up to the number. */
function clauseBeforeNumber({ sentence, site, clause }: StatusScene): string {
	return sentence.slice(clause.start, site.qualifier.start);
}

const found = (pattern: RegExp, text: string | null) =>
	text === null ? null : (pattern.exec(text)?.[0].trim() ?? null);

/** The status rules, in the order they are tried. */
export const STATUS_RULES: readonly StatusRule[] = [
	{
		id: 'negator-before-verb',
		status: 'negated',
		description: '"agreed not to cap … at 600,000", "did not kill", "never launched"',
		cue: (scene) => found(NEGATOR_BEFORE_CUE, beforeCue(scene)),
	},
	{
		id: 'rejected-figure',
		status: 'negated',
		description: '"rejected a cap of 600,000", "dropped the demand for 20,000"',
		cue: (scene) => {
			const rejected = REJECTED_BEFORE_NUMBER.exec(clauseBeforeNumber(scene));
			if (!rejected) return null;
			// The verb that makes the metric is no rejection of it: "dropped 30 guided bombs" counts bombs dropped.
			const at = scene.clause.start + rejected.index;
			const { cue } = scene.match;
			const verbEnd = at + rejected[0].search(/\s|$/);
			return cue && at < cue.end && verbEnd > cue.start ? null : rejected[0].trim();
		},
	},
	{
		id: 'denied-statement',
		status: 'negated',
		description: '"Moscow denied that 40 civilians were killed"',
		cue: (scene) =>
			found(DENIED_BEFORE_NUMBER, scene.sentence.slice(0, scene.site.qualifier.start))?.split(/\s+/)[0] ?? null,
	},
	{
		id: 'no-longer',
		status: 'negated',
		description: '"Ukraine no longer holds 1,200 km²"',
		cue: (scene) => found(NO_LONGER, scene.sentence.slice(scene.clause.start, scene.clause.end)),
	},
	{
		id: 'modal-before-verb',
		status: 'hypothetical',
		description: '"would release 1,000", "could launch 2,000", "is expected to capture"',
		cue: (scene) => found(MODAL_BEFORE_CUE, beforeCue(scene)),
	},
	{
		id: 'future-event',
		status: 'hypothetical',
		description: '"will launch 500 drones" (an event not yet happened; a pledge of money stays stated)',
		cue: (scene) => (EVENT_FAMILIES.has(scene.match.rule.family) ? found(FUTURE_BEFORE_CUE, beforeCue(scene)) : null),
	},
	{
		id: 'proposal-clause',
		status: 'hypothetical',
		description: '"a swap of 1,000 prisoners was under discussion", "agreed to exchange 300"',
		cue: (scene) => found(PROPOSAL, scene.sentence.slice(scene.clause.start, scene.clause.end)),
	},
	{
		id: 'condition',
		status: 'hypothetical',
		description: '"if Russia launches 1,000 drones"',
		cue: (scene) => found(CONDITION_BEFORE, clauseBeforeNumber(scene))?.split(/\s+/)[0] ?? null,
	},
];

/** A figure's status and the words that set it. */
export interface StatusReading {
	status: FigureStatus;
	/** The words that set it ("not to", "would"); null when stated. */
	cue: string | null;
	/** The id of the rule that decided, for diagnostics; null when stated. */
	rule: string | null;
}

/** Reads whether the text states, negates or only supposes a figure. */
export function readStatus(sentence: string, site: NumberSite, match: MetricMatch): StatusReading {
	const scene: StatusScene = {
		sentence,
		site,
		match,
		clause: site.clause,
	};
	for (const rule of STATUS_RULES) {
		const cue = rule.cue(scene);
		if (cue) return { status: rule.status, cue, rule: rule.id };
	}
	return { status: 'reported', cue: null, rule: null };
}

/** True for families whose negated or supposed figures are dropped: a strike or a death that did not happen is no count. */
export function dropsUnlessReported(family: Family): boolean {
	return EVENT_FAMILIES.has(family);
}
