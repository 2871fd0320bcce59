/**
 * Dated sentences that report no event: a rumour, a possibility, the writer's commentary, or a report of speech whose
 * content lies outside the sentence ("he said as much"). A reader cannot tell a timeline entry from a fact, so these
 * give no entry. Each rule is named, in the order it is tried; `notAnEvent` names the first that applies.
 */
import { alternation, language, speechVerbForms } from '../lang/index.ts';

/** One reason a dated sentence is not an event. */
export interface NotEventRule {
	id: string;
	description: string;
	/** True when the rule applies to the clause of `text` that holds the date at `start`. */
	applies: (text: string, start: number) => boolean;
}

/** The clause around `start`: from the last clause break before it to the next after it. */
function clauseAround(text: string, start: number): string {
	let from = 0;
	let to = text.length;
	for (const match of text.matchAll(/[;:—–]|,\s+(?:and|but|while|as|which)\s|\s-\s/g)) {
		if (match.index < start) from = match.index + match[0].length;
		else {
			to = match.index;
			break;
		}
	}
	return text.slice(from, to);
}

const RUMOUR_PHRASES = [
	'rumou?rs?\\s+(?:has|have)\\s+it',
	"(?:it\\s+is|it['’]s)\\s+rumou?red",
	'rumou?red(?:ly)?',
	'speculation\\s+(?:is|was)\\s+(?:rife|growing)',
	'unconfirmed\\s+reports?\\s+(?:say|suggest)',
	'whispers?\\s+(?:are\\s+)?growing',
];
const RUMOUR = new RegExp(String.raw`\b(?:${RUMOUR_PHRASES.join('|')})\b`, 'i');
// "may attend", "might meet", "could visit": a possibility, not an event or a plan. "May" capitalised is the month.
const POSSIBILITY = /\b(?:may|might|could)\s+(?:(?:well|also|even|still|soon|yet)\s+)?(?!have\b|not\b)[a-z]+/;
// A verb of speech before the modal makes the modal part of what was said ("said the talks could resume").
const SPEECH_BEFORE = new RegExp(String.raw`\b(?:${alternation(speechVerbForms(language, 'claim'))})\b`, 'i');
const COMMENTARY_VERBS = [
	'reach(?:ed|es)?',
	'hit',
	'hits',
	'enter(?:ed|s)?',
	'marks?',
	'marked',
	'faces?',
	'faced',
	'(?:is|was|are|were|stands?|stood)\\s+at',
];
const COMMENTARY_ADJECTIVES = [
	'pivotal',
	'critical',
	'decisive',
	'defining',
	'crucial',
	'historic',
	'turning',
	'dangerous',
	'watershed',
	'tipping',
	'breaking',
	'new',
];
const COMMENTARY_NOUNS = ['moment', 'point', 'juncture', 'phase', 'stage', 'chapter', 'crossroads', 'hour'];
const CROSSROADS_LEADS = ['at', 'to', 'reached', 'reaches', 'faces', 'faced'];
const COMMENTARY = new RegExp(
	String.raw`\b(?:${COMMENTARY_VERBS.join('|')})\s+(?:a|an|the|its|their)\s+(?:\w+\s+)?` +
		String.raw`(?:${COMMENTARY_ADJECTIVES.join('|')})\s+(?:${COMMENTARY_NOUNS.join('|')})\b` +
		String.raw`|\b(?:${CROSSROADS_LEADS.join('|')})\s+a\s+crossroads\b`,
	'i',
);
const PARAPHRASE_VERBS = ['hinted', 'suggested', 'indicated', 'signalled', 'signaled', 'implied', 'conceded'];
// "he said as much", "she did so", "hinted as much": what was said is the writer's paraphrase outside the sentence.
const PRO_FORM_SPEECH = new RegExp(
	String.raw`\b(?:${alternation([...speechVerbForms(language, 'quote'), ...PARAPHRASE_VERBS])})\s+as\s+much\b` +
		String.raw`|\b(?:did|does)\s+so\b`,
	'i',
);

// A count the text hedges or writes in thousands: "at least 70,100", "more than 100 ships", "1 250".
const TALLY =
	/\b(?:at least|more than|over|nearly|almost|about|around|some|upwards of)\s+\d|\d{1,3}(?:[,\u00a0\u202f\u2009 ']\d{3})+\b/u;
// "Since 24 February 2022, …", "Between 7 October 2023 and 1 December 2025, …": the date opens the period counted.
const PERIOD_OPENER = /\b(?:since|between)\s+(?:the\s+)?$/i;
// "26 per cent higher than in November 2024", "compared with the same period of 2024": the date the figure is set against.
const COMPARED_WITH =
	/\b(?:than|compared\s+(?:with|to)|against|from)\s+(?:in\s+|on\s+|during\s+)?(?:the\s+same\s+(?:period|month|week)\s+(?:of|in|last)\s+)?$/i;
const COMPARISON = /\b(?:higher|lower|more|fewer|less|up|down|increase|decrease|rise|drop|fall)\b/i;
const SCHEDULED_ISSUES = [
	'update',
	'report',
	'bulletin',
	'edition',
	'issue',
	'briefing',
	'situation report',
	'newsletter',
];
// "The next update will be issued on 5 December": the publisher's own schedule.
const SCHEDULE = new RegExp(
	String.raw`\b(?:next|following|forthcoming)\s+(?:${SCHEDULED_ISSUES.join('|')})\b[^.;]*\b(?:will|is\s+(?:due|expected|scheduled))\b`,
	'i',
);
// "will celebrate his 40th birthday", "her wedding": the occasions of one person's life.
const PERSONAL_OCCASION = /\b(?:birthday|wedding|honeymoon|name day|graduation)\b/i;
// "captured in 2020-2023": years written as a range are a stretch of time, not a day something happened.
const YEAR_RANGE = /^(?:\d{4})\s*[-–—]\s*(?:\d{2}|\d{4})\b/;
// "the 2022 grain arrangement": a year that names a thing, inside a clause about something else.
const YEAR_BEFORE_NOUN = {
	before: /\b(?:the|a|an|its|their|his|her|this|that|[\p{L}]+['’]s)\s+$/iu,
	after: /^\s+\p{Ll}/u,
};

/** The rules, in the order they are tried. */
export const NOT_EVENT_RULES: readonly NotEventRule[] = [
	{
		id: 'rumour',
		description: '"Rumor has it a delegation may attend…": hearsay the writer does not vouch for',
		applies: (text) => RUMOUR.test(text),
	},
	{
		id: 'possibility',
		description: '"a delegation may attend the parade on May 9": a possibility, neither a plan nor an event',
		// In reported speech ("Putin said the draft could serve as the basis") the modal is what was said, and the
		// saying is the event.
		applies: (text, start) => {
			const clause = clauseAround(text, start);
			const modal = POSSIBILITY.exec(clause);
			return modal !== null && !SPEECH_BEFORE.test(clause.slice(0, modal.index));
		},
	},
	{
		id: 'commentary',
		description: '"In November 2025, the war reached a pivotal moment": the writer\'s judgement of a period',
		applies: (text, start) => COMMENTARY.test(clauseAround(text, start)),
	},
	{
		id: 'running-total',
		description:
			'"Since 24 February 2022, at least 14,500 civilians have been killed": the date opens the period of a tally',
		applies: (text, start) => PERIOD_OPENER.test(text.slice(Math.max(0, start - 20), start)) && TALLY.test(text),
	},
	{
		id: 'comparison-period',
		description: '"26 per cent higher than in November 2024": the date a figure is compared with',
		applies: (text, start) =>
			COMPARED_WITH.test(text.slice(Math.max(0, start - 50), start)) && COMPARISON.test(text.slice(0, start)),
	},
	{
		id: 'publication-schedule',
		description: '"The next update will be issued on 5 December": the publisher\'s schedule, not the news',
		applies: (text, start) => SCHEDULE.test(clauseAround(text, start)),
	},
	{
		id: 'personal-occasion',
		description: '"will celebrate his 40th birthday at home next week": a moment of one person\'s life',
		applies: (text, start) => PERSONAL_OCCASION.test(clauseAround(text, start)),
	},
	{
		id: 'year-range',
		description: '"servicemen captured in 2020-2023": a stretch of years, not a day something happened',
		applies: (text, start) => YEAR_RANGE.test(text.slice(start)),
	},
	{
		id: 'year-names-a-thing',
		description: '"thanked Türkiye for its role in the 2022 grain arrangement": a year that names a thing',
		applies: (text, start) => {
			const year = /^\d{4}\b/.exec(text.slice(start));
			return (
				year !== null &&
				YEAR_BEFORE_NOUN.before.test(text.slice(Math.max(0, start - 30), start)) &&
				YEAR_BEFORE_NOUN.after.test(text.slice(start + 4))
			);
		},
	},
	{
		id: 'bracketed-gloss',
		description: '"On the night of 14 December (from 18:00 on 13 December), …": a date in brackets glosses another',
		applies: (text, start) => {
			const open = text.lastIndexOf('(', start);
			return open >= 0 && !text.slice(open, start).includes(')') && text.indexOf(')', start) > 0;
		},
	},
	{
		id: 'pro-form-speech',
		description: '"he said as much during a TV appearance on April 15": what was said is not in the sentence',
		applies: (text) => PRO_FORM_SPEECH.test(text),
	},
];

/** The id of the first rule that makes the date at `start` of `text` no event, or null when it may be one. */
export function notAnEvent(text: string, start: number): string | null {
	return NOT_EVENT_RULES.find((rule) => rule.applies(text, start))?.id ?? null;
}
