/** The shape of one metric rule: what a number must count and what must happen to it to be that metric. */
import type { NumberMatch } from '../annotate/parse-number.ts';

/** The subject areas figures fall in. */
export type Family = 'strikes' | 'casualties' | 'territory' | 'prisoners' | 'money' | 'infrastructure' | 'diplomacy';

/**
 * Whose figure it is, and how to find it:
 * - `agent`: who did it ("Russia launched…", "…captured by Russian forces").
 * - `attacker`: the agent, else whoever launched the latest strike figure of the article.
 * - `launcher`: who launched what was intercepted ("41 Ukrainian drones"), else the launcher of the latest matching launch figure.
 * - `victim`: whose people ("Russian officers", "Russian forces lost…", "in Russia's Belgorod region", "…strikes into Russian territory").
 * - `nationality`: whose people by the words next to the noun ("31 Ukrainian citizens").
 * - `holder`: the first actor of the sentence ("Belarus … with over 1,000 political prisoners").
 * - `recipient`: who receives the money ("for Ukraine").
 * - `place`: where it happens ("Residents in Chernihiv").
 * - `possessor`: whose forces ("Ukraine's armed forces at 600,000").
 * - `none`: figures that belong to no one (a plan's points).
 */
export type SubjectRole =
	| 'agent'
	| 'attacker'
	| 'launcher'
	| 'victim'
	| 'nationality'
	| 'holder'
	| 'recipient'
	| 'place'
	| 'possessor'
	| 'none';

/** One metric the extractor knows. Rules are tried together; the one whose cue stands nearest the number wins. */
export interface MetricRule {
	/** The metric name, or a function of the number (money rules name their currency: `aid_usd`, `aid_eur`). */
	metric: string | ((number: NumberMatch) => string);
	/** `count`, `km2`, `hours`, a currency code, or a function of the number. */
	unit: string | ((number: NumberMatch) => string);
	family: Family;
	/** A noun the counted phrase must contain ("drones"); leave out when the number's kind is enough (`money`, `km2`). */
	noun?: RegExp;
	/** The kind of number required: money (a currency sign) or an area. */
	number?: 'money' | 'km2';
	/**
	 * Whether a number with no noun of its own may count: `adjacent` when the cue touches it ("killing 3",
	 * "12 injured"), `clause` when the cue may stand anywhere in the clause ("cap … at 600,000").
	 */
	bare?: 'adjacent' | 'clause';
	/** Words that must stand in the number's clause, usually the verb ("shot down"); the nearest cue wins between rules. */
	cue?: RegExp;
	/** Words that must also stand somewhere in the sentence, without ranking ("plan" for plan points). */
	context?: RegExp;
	/** Words that rule this metric out when they stand in the clause ("political" for plain prisoners held). */
	unless?: RegExp;
	subject: SubjectRole;
	/** For interception metrics: the launch metric whose subject an unattributed interception takes. */
	launchedAs?: string;
}

/** Names the metric of `rule` for `number`. */
export function metricName(rule: MetricRule, number: NumberMatch): string {
	return typeof rule.metric === 'function' ? rule.metric(number) : rule.metric;
}

/** Names the unit of `rule` for `number`. */
export function unitName(rule: MetricRule, number: NumberMatch): string {
	return typeof rule.unit === 'function' ? rule.unit(number) : rule.unit;
}
