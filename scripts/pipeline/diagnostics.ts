/**
 * Diagnostics as stages raise them: which rule fired or declined (`clean-text:ad-slot`, `infer-date:no-date`), how
 * serious it is, the seed line when there is one, and what happened in words. The orchestrator adds the file; an
 * article's public `warnings` are the messages of its warning diagnostics.
 */
import type { Diagnostic } from '../../src/schemas/index.ts';

/** A diagnostic about one article, before the orchestrator adds its file. */
export type ArticleDiagnostic = Omit<Diagnostic, 'file'>;

/** A warning raised by `rule` (`stage:rule`), at a seed line when the stage knows it. */
export function warning(rule: string, message: string, line: number | null = null): ArticleDiagnostic {
	return { rule, severity: 'warning', line, message };
}

/** A notice: something the editor may want to know that needs no fix. */
export function notice(rule: string, message: string, line: number | null = null): ArticleDiagnostic {
	return { rule, severity: 'notice', line, message };
}

/** The text of a warning in an article's `warnings`: "line 9: dropped the "Advertisement" ad slot…". */
export function warningText(diagnostic: ArticleDiagnostic): string {
	return diagnostic.line === null ? diagnostic.message : `line ${diagnostic.line}: ${diagnostic.message}`;
}
