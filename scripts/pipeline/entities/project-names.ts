/**
 * `entities:numbered-or-infrastructure-name`: a name with a number after it ("Baltic Link 2", "Minsk II") or before a
 * word for a pipeline, a cable or a line ("the Druzhba Line pipeline") names a project, an agreement or a piece of
 * infrastructure, not a place, however place-like its words ("Stream", "Corridor"). Set aside, so that no map or
 * figure reads it as where something happened; the gazetteer types the ones a corpus needs.
 */
import type { Rule } from '../rules.ts';
import type { RunScene, Typing } from './typing-rules.ts';

// A bare sequence number right after the name ("Baltic Link 2", "Minsk II"); not a count ("Kharkiv 2 drones").
const NUMBER_AFTER =
	/^\s+(?:[1-9]|II|III|IV)\b(?!\s*(?:%|per\b|km|kilomet|miles?\b|million|billion|thousand|\p{L}+s\b))/u;
// Words for infrastructure right after the name.
const INFRASTRUCTURE_AFTER = /^\s+(?:gas\s+|oil\s+)?(?:pipelines?|cables?|interconnectors?|gas\s+link)\b/iu;

/** The rule, tried after the context block and before the word lists. */
export const NUMBERED_OR_INFRASTRUCTURE_NAME: Rule<RunScene, Typing> = {
	id: 'entities:numbered-or-infrastructure-name',
	description:
		'A name with a sequence number after it, or before "pipeline" or "cable": a project or ' +
		'infrastructure, not a place ("Baltic Link 2", "the Druzhba Line pipeline").',
	applies: ({ single, after }) => !single && (NUMBER_AFTER.test(after) || INFRASTRUCTURE_AFTER.test(after)),
	apply: () => 'none',
};
