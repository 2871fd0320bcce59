/**
 * Words that state a position on a proposal, each once: verbs that state one without being speech ("rejected",
 * "proposed"), the explicit cues of a stance, the words that negate a cue and the modals that make a statement
 * only possible ("he might tell Trump…" states nothing). Longer cues are matched before shorter ones, so
 * "will not accept" is read whole as opposing rather than as a negated "accept".
 */

/** Verbs, as written, that state a party's position without reporting speech. */
export const POSITION_VERBS: readonly string[] = [
	'rejected rejects reject',
	'refused refuses',
	'ruled_out rules_out',
	'agreed agrees',
	'accepted accepts',
	'proposed proposes',
	'presented presents',
	'put_forward puts_forward',
	'drafted',
	'unveiled unveils',
	'tabled',
	'offered offers',
	'demanded demands',
	'insists',
	'opposed opposes',
	'backed backs',
	'supported supports',
	'endorsed endorses',
	'welcomed welcomes',
	'threatened threatens is_threatening are_threatening',
	'is_suggesting are_suggesting',
	'is_floating are_floating',
	'sought seeks',
	'signaled signalled signals',
	'called_for calls_for',
	'vowed vows',
].flatMap((forms) => forms.split(' ').map((form) => form.replace(/_/g, ' ')));

/** Position verbs that put a plan on the table: what the plan then says is its author's position. */
export const PRESENTING_VERBS: readonly string[] = [
	'presented',
	'presents',
	'put forward',
	'puts forward',
	'proposed',
	'proposes',
	'offered',
	'offers',
	'drafted',
	'unveiled',
	'tabled',
];

/** Nouns that name a plan ("the proposal", "Washington's draft"). */
export const PLAN_NOUNS: readonly string[] = [
	'plan',
	'proposal',
	'draft',
	'framework',
	'deal',
	'blueprint',
	'initiative',
];

/**
 * Verbs by which a plan states what it provides ("the proposal includes", "the plan calls for"). Not "would": "the deal
 * would be a disaster" is the writer's judgement of the plan, not one of its provisions.
 */
export const PROVISION_VERBS: readonly string[] = [
	'includes',
	'included',
	'include',
	'calls for',
	'called for',
	'provides for',
	'provided for',
	'envisages',
	'envisaged',
	'envisions',
	'contains',
	'contained',
	'requires',
	'required',
	'proposes',
	'proposed',
	'offers',
	'offered',
];

/** Nouns for the parts of a plan ("among its provisions was…", "the plan's points"). */
export const PROVISION_NOUNS: readonly string[] = ['provisions', 'provision', 'points', 'clauses', 'terms'];

/**
 * Group nouns that name others than the possessor ("Ukraine's allies" are not Ukraine), read as a party only after a
 * demonym ("European allies").
 */
export const RELATIONAL_NOUNS: readonly string[] = ['allies', 'partners', 'counterparts', 'critics', 'opponents'];

/** Explicit cues of a stance, by the stance they state about the thing they are aimed at. */
export const STANCE_CUES = {
	opposes: [
		'agreed not to',
		'agrees not to',
		'agree not to',
		'will not accept',
		"won't accept",
		'will never accept',
		'would never accept',
		'cannot accept',
		"can't accept",
		'does not accept',
		'do not accept',
		'refuses to accept',
		'will not agree',
		"won't agree",
		'cannot agree',
		'will never',
		'rejects',
		'rejected',
		'reject',
		'rejecting',
		'refuses',
		'refused',
		'refuse',
		'ruled out',
		'rules out',
		'opposes',
		'opposed',
		'oppose',
		'is against',
		'are against',
		'unacceptable',
		'red line',
		'dismissed',
	],
	supports: [
		'agreed to',
		'agrees to',
		'agree to',
		'accepted',
		'accepts',
		'is ready to',
		'are ready to',
		'was ready to',
		'were ready to',
		'ready to',
		'willing to',
		'backs',
		'backed',
		'supports',
		'supported',
		'endorses',
		'endorsed',
		'welcomed',
		'welcomes',
		'favours',
		'favors',
		'calls for',
		'called for',
		'demands',
		'demanded',
		'insists on',
		'insisted on',
		'must include',
		'must provide',
		'must',
		// Threatening a measure is pressing for it: "threatening harsher sanctions" says no to lifting them.
		'threatening',
		'threatens',
		'threatened',
	],
	conditional: [
		'only if',
		'provided that',
		'on condition that',
		'as long as',
		'only after',
		'only when',
		'unless',
		'in exchange for',
	],
} as const;

/** Words that negate the cue they stand before ("did not reject", "no agreement"). */
export const NEGATORS: readonly string[] = ['not', "n't", 'never', 'no', 'nor'];

/** Modals that make a verb after them a possibility, not a statement made ("might tell", "could argue"). */
export const MODALS: readonly string[] = ['might', 'may', 'could', 'would', 'will', 'should', 'can', 'shall'];
