/**
 * The shape of one metric rule: what a number must count and what must happen to it to be that metric. The metric
 * itself (its family, unit, label, charts) is declared once in the metric registry (`src/schemas/metric.ts`).
 */
import { METRIC_STEMS, type MetricFamily, metricById, type WeaponKind } from '../../../src/schemas/index.ts';
import type { NumberMatch } from '../annotate/parse-number.ts';

/** The subject areas figures fall in (the registry's families). */
export type Family = MetricFamily;

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

/**
 * One rule of the figure registry, as written in `metrics/`: a named way a number becomes a metric. Rules are tried
 * together; the one whose cue stands nearest the number wins.
 */
export interface MetricRuleSpec {
	/** `figures:<name>`, unique: what diagnostics and tests call the rule. */
	id: string;
	/** What the rule reads, with an example, in a sentence. */
	description: string;
	/** A metric id of the registry, or a stem the registry expands per currency or area unit (`aid` → `aid_usd`). */
	metric: string;
	/** A noun the counted phrase must contain ("drones"); leave out when the number's kind is enough (`money`, `km2`). */
	noun?: RegExp;
	/** True when people named by their nationality ("1,000 Ukrainians") fit as the noun; the nationalities are the
	 * gazetteer's demonyms, not a list of this rule's. */
	nationals?: boolean;
	/** The kind of weapon whose curated names (`content/weapons.yaml`) fit as the noun ("120 Shaheds" for drones). */
	weapons?: WeaponKind;
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

/** A rule with what the registry says of its metric. */
export interface MetricRule extends MetricRuleSpec {
	/** The family of its metric, from the registry. */
	family: Family;
}

/** Checks every rule's metric against the registry and gives each its family; a rule naming no metric is a bug. */
export function defineMetricRules(specs: readonly MetricRuleSpec[]): MetricRule[] {
	return specs.map((spec) => {
		const stem = METRIC_STEMS.get(spec.metric);
		const example = stem === 'currency' ? `${spec.metric}_usd` : stem === 'area' ? `${spec.metric}_km2` : spec.metric;
		const metric = metricById(example);
		if (!metric) throw new Error(`${spec.id} names the metric "${spec.metric}", which src/schemas/metric.ts lacks`);
		return { ...spec, family: metric.family };
	});
}

/** Names the metric of `rule` for `number`: the rule's metric, or its stem with the currency or area unit. */
export function metricName(rule: MetricRuleSpec, number: NumberMatch): string {
	const stem = METRIC_STEMS.get(rule.metric);
	if (stem === 'currency') return `${rule.metric}_${number.currency}`;
	if (stem === 'area') return `${rule.metric}_${number.unit === 'mi2' ? 'mi2' : 'km2'}`;
	return rule.metric;
}

/** The unit of `rule`'s metric for `number`, from the registry. */
export function unitName(rule: MetricRuleSpec, number: NumberMatch): string {
	const name = metricName(rule, number);
	const metric = metricById(name);
	if (!metric) throw new Error(`${rule.id} produced the metric "${name}", which src/schemas/metric.ts lacks`);
	return metric.unit;
}
