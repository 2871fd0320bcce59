/**
 * Named rules, the shape every rule family shares (entity typing, quote attribution, event titles, figure status): an
 * ordered list of `{ id, description, applies, apply }`. The first rule that applies and answers decides, and the
 * decision names it, so a diagnostic, a trace or a fixture can say which rule fired. Order carries meaning and is
 * written down in the list, not hidden in early returns. Each rule has a fixture folder under
 * `test/fixtures/rules/<family>/<name>/`, run by `ruleFolders` (`test/golden.ts`), which fails when a rule has no
 * folder or does not fire on it.
 */

/** One rule of a family. */
export interface Rule<Scene, Answer> {
	/** `family:name`, unique, never renamed: what diagnostics, traces and fixture folders call it. */
	id: string;
	/** What the rule recognises, in a sentence, with an example. */
	description: string;
	/** True when the rule speaks to this scene. */
	applies: (scene: Scene) => boolean;
	/** The answer; null when, looking closer, the rule declines and the next one is tried. */
	apply: (scene: Scene) => Answer | null;
}

/** An answer and the rule that gave it. */
export interface Decision<Answer> {
	answer: Answer;
	rule: string;
}

/** The first answer of `rules` for `scene`, in order, or null when none answers. */
export function decide<Scene, Answer>(rules: readonly Rule<Scene, Answer>[], scene: Scene): Decision<Answer> | null {
	for (const rule of rules) {
		if (!rule.applies(scene)) continue;
		const answer = rule.apply(scene);
		if (answer !== null) return { answer, rule: rule.id };
	}
	return null;
}
