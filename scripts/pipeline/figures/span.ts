/**
 * Tells a running total from a count of one event: "5,310 officers had been confirmed by November 21" and "since 2022"
 * count the whole war so far (`cumulative`); "505 km² in November" counts a stated period (`period`); "2 civilians were
 * killed in Syzran" counts one attack, day or night (`incident`). Charts and tables never put these on one axis or in
 * one column, so that a war's toll is never read against one night's.
 *
 * The rules are tried in order; the first that applies decides. A level that holds at a time (prisoners held, a cap,
 * plan points) counts no span of time: its span is null.
 */
import type { FigureSpan } from '../../../src/schemas/index.ts';
import type { DateMention } from '../model.ts';
import type { MetricMatch } from './match-metric.ts';
import type { Family } from './metric-rule.ts';
import type { NumberSite } from './number-site.ts';

/** What a span rule reads: the sentence, the number, the clause, the sentence's dates and the date chosen. */
export interface SpanScene {
	sentence: string;
	site: NumberSite;
	match: MetricMatch;
	dates: readonly DateMention[];
	/** Where the figure's date came from: its own sentence, the publication date, or nowhere. */
	dateFrom: 'sentence' | 'publication' | null;
	/** The span of the figure this one is a part of ("including 52"), or null. */
	whole: FigureSpan | null;
	/**
	 * The span of the latest death toll told just before this sentence (see `EARLIER_TOLL_REACH`), which "among the
	 * fallen" refers back to; null when there is none.
	 */
	earlierToll?: { span: FigureSpan | null; cue: string | null } | null;
}

/** How many sentences back a toll can be that "among the fallen" refers to: its paragraph or the one before. */
export const EARLIER_TOLL_REACH = 3;

/** One named span rule: the words that set the span, or null when it does not apply. */
interface SpanRule {
	id: string;
	span: Exclude<FigureSpan, 'incident'>;
	description: string;
	cue: (scene: SpanScene) => string | null;
}

/** Families whose figures count what happened over time; money and plans are counted, but a cap or points are not. */
const LEVEL_METRICS = /^(?:plan_points|troop_cap|.*_held)$/;

// A running total up to the time of writing: "so far", "to date", "in total", "a total of", "since the start of the war".
const TO_DATE_PHRASES = [
	'so far',
	'to date',
	'thus far',
	'up to now',
	'until now',
	'in total',
	'a total of',
	'all told',
	'altogether',
	'cumulative(?:ly)?',
	'running total',
	'overall',
	'throughout the (?:war|conflict|invasion)',
	'over the course of the (?:war|conflict|invasion)',
	'since the (?:start|beginning|outbreak) of',
	'since the (?:full-scale )?(?:war|invasion|conflict) (?:began|started)',
	'since (?:(?:the )?(?:full-scale )?invasion|then)',
];
const TO_DATE = new RegExp(String.raw`\b(?:${TO_DATE_PHRASES.join('|')})\b`, 'i');
// "since February 2022", "since 2014": a period that runs to the time of writing.
const SINCE = /\bsince\b(?:\s+(?:the\s+)?[\p{L}\d]+){0,2}/iu;
// The war's dead as a whole: "the war dead", "the war has claimed". "The fallen" is not one: it names the dead of
// whatever the text is about, one strike's as well as a war's ("mourners honoured the fallen of Tuesday's strike").
const WAR_TALLY = /\b(?:war dead|(?:war|invasion|conflict) ha(?:s|d) (?:claimed|killed|cost))\b/i;
// "Among the fallen are 12 generals", "Two of the dead were children": a part of a toll the text told before, so of its
// span, whatever that was.
const AMONG_THE_DEAD = /\b(?:among|of)\s+the\s+(?:fallen|dead|killed|victims)\b/i;
// "By November 21, 2025, … had been confirmed": a total reached by a date.
const BY_DATE = /\bby\s*$/i;
const PERFECT = /\b(?:had|has|have)\s+(?:(?:been|now|already|reportedly|so far)\s+)*\p{L}+/iu;
// A stated stretch of time: "last week", "this month", "over the past three days", "in the first half of the year".
const STRETCH_PHRASES = [
	'(?:this|last|past|previous) (?:week|month|year|quarter)',
	String.raw`(?:over|in|during|within) the (?:past|last|previous|first|second) (?:[\p{L}\d-]+ )?(?:days|weeks|months|years|week|month|year|half|quarter)`,
	'(?:a|per) (?:week|month|year)',
	'weekly',
	'monthly',
	'annually',
];
const STRETCH = new RegExp(String.raw`\b(?:${STRETCH_PHRASES.join('|')})\b`, 'iu');
// A month or a year as the time of the count: "in November", "during October", "in November alone", "in 2024".
const WHOLE_MONTH_OR_YEAR = /^(?:in|during|throughout|for|over)\b/i;

/** The clause of the number. */
const clauseText = ({ sentence, site }: SpanScene) => sentence.slice(site.clause.start, site.clause.end);

const found = (pattern: RegExp, text: string) => pattern.exec(text)?.[0].trim() ?? null;

/** The words of a part and of the earlier toll that set its span: "Among the fallen … since 2022". */
const referBack = (among: string, earlier: string | null) => (earlier ? `${among} … ${earlier}` : among);

/** The span rules, in the order they are tried. */
export const SPAN_RULES: readonly SpanRule[] = [
	{
		id: 'to-date',
		span: 'cumulative',
		description: '"so far", "to date", "in total", "a total of", "since the start of the war", "throughout the war"',
		cue: (scene) => found(TO_DATE, clauseText(scene)),
	},
	{
		id: 'since',
		span: 'cumulative',
		description: '"since February 2022", "since 2014": a period running to the time of writing',
		cue: (scene) => found(SINCE, clauseText(scene)),
	},
	{
		id: 'by-date-perfect',
		span: 'cumulative',
		description: '"By November 21, the deaths of 5,310 officers had been confirmed": a total reached by a date',
		cue: (scene) => {
			const by = scene.dates.find(
				(mention) =>
					mention.date !== null &&
					mention.start >= scene.site.clause.start &&
					mention.start < scene.site.clause.end &&
					(/^by\b/i.test(mention.text) ||
						BY_DATE.test(scene.sentence.slice(Math.max(0, mention.start - 4), mention.start))),
			);
			if (!by) return null;
			const perfect = PERFECT.exec(clauseText(scene));
			if (!perfect) return null;
			return `${/^by\b/i.test(by.text) ? by.text : `by ${by.text}`} … ${perfect[0]}`;
		},
	},
	{
		id: 'war-tally',
		span: 'cumulative',
		description: '"the war dead", "the war has claimed"',
		cue: (scene) => found(WAR_TALLY, clauseText(scene)),
	},
	{
		id: 'among-an-earlier-total',
		span: 'cumulative',
		description: '"among the fallen", "of the dead", referring back to a running total told just before',
		cue: (scene) => {
			const among = found(AMONG_THE_DEAD, clauseText(scene));
			return among && scene.earlierToll?.span === 'cumulative' ? referBack(among, scene.earlierToll.cue) : null;
		},
	},
	{
		id: 'part-of-total',
		span: 'cumulative',
		description: 'a part of a running total ("5,310 officers since 2022, including 12 generals")',
		cue: (scene) => (scene.whole === 'cumulative' ? 'part of a total' : null),
	},
	{
		id: 'stated-stretch',
		span: 'period',
		description: '"last week", "this month", "over the past three days", "a month"',
		cue: (scene) => found(STRETCH, clauseText(scene)),
	},
	{
		id: 'whole-month-or-year',
		span: 'period',
		description: '"505 km² in November", "during October", "in 2024": a month or a year, not a day',
		cue: (scene) => {
			if (scene.dateFrom !== 'sentence') return null;
			const mention = scene.dates.find(
				(item) =>
					item.date !== null &&
					(item.precision === 'month' || item.precision === 'year') &&
					item.start >= scene.site.clause.start &&
					item.start < scene.site.clause.end &&
					(WHOLE_MONTH_OR_YEAR.test(item.text) ||
						/\b(?:in|during|throughout|for|over)\s*$/i.test(
							scene.sentence.slice(Math.max(0, item.start - 11), item.start),
						)),
			);
			return mention ? mention.text : null;
		},
	},
	{
		id: 'among-an-earlier-period-count',
		span: 'period',
		description: '"among the fallen", "of the dead", referring back to a count over a period told just before',
		cue: (scene) => {
			const among = found(AMONG_THE_DEAD, clauseText(scene));
			return among && scene.earlierToll?.span === 'period' ? referBack(among, scene.earlierToll.cue) : null;
		},
	},
	{
		id: 'part-of-period',
		span: 'period',
		description: 'a part of a count over a stated period',
		cue: (scene) => (scene.whole === 'period' ? 'part of a period count' : null),
	},
];

/** A figure's span and the words that set it. */
export interface SpanReading {
	span: FigureSpan | null;
	/** The words that set it ("since 2022", "in November"); null for an incident or a level. */
	cue: string | null;
	/** The id of the rule that decided, for diagnostics; null for an incident or a level. */
	rule: string | null;
}

/** True for a metric that counts a level at one time (prisoners held, a cap, plan points), not what happened over time. */
export function isLevel(metric: string, family: Family): boolean {
	return family === 'diplomacy' || LEVEL_METRICS.test(metric);
}

/** Reads whether a figure counts one event, a stated period or the total so far. */
export function readSpan(metric: string, scene: SpanScene): SpanReading {
	if (isLevel(metric, scene.match.rule.family)) return { span: null, cue: null, rule: null };
	for (const rule of SPAN_RULES) {
		const cue = rule.cue(scene);
		if (cue) return { span: rule.span, cue, rule: rule.id };
	}
	return { span: 'incident', cue: null, rule: null };
}
