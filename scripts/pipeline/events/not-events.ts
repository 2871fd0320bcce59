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

const RUMOUR =
	/\b(?:rumou?rs?\s+(?:has|have)\s+it|(?:it\s+is|it['’]s)\s+rumou?red|rumou?red(?:ly)?|speculation\s+(?:is|was)\s+(?:rife|growing)|unconfirmed\s+reports?\s+(?:say|suggest)|whispers?\s+(?:are\s+)?growing)\b/i;
// "may attend", "might meet", "could visit": a possibility, not an event or a plan. "May" capitalised is the month.
const POSSIBILITY = /\b(?:may|might|could)\s+(?:(?:well|also|even|still|soon|yet)\s+)?(?!have\b|not\b)[a-z]+/;
// A verb of speech before the modal makes the modal part of what was said ("said the talks could resume").
const SPEECH_BEFORE = new RegExp(String.raw`\b(?:${alternation(speechVerbForms(language, 'claim'))})\b`, 'i');
const COMMENTARY =
	/\b(?:reach(?:ed|es)?|hit|hits|enter(?:ed|s)?|marks?|marked|faces?|faced|(?:is|was|are|were|stands?|stood)\s+at)\s+(?:a|an|the|its|their)\s+(?:\w+\s+)?(?:pivotal|critical|decisive|defining|crucial|historic|turning|dangerous|watershed|tipping|breaking|new)\s+(?:moment|point|juncture|phase|stage|chapter|crossroads|hour)\b|\b(?:at|to|reached|reaches|faces|faced)\s+a\s+crossroads\b/i;
// "he said as much", "she did so", "hinted as much": what was said is the writer's paraphrase outside the sentence.
const PRO_FORM_SPEECH = new RegExp(
	String.raw`\b(?:${alternation([...speechVerbForms(language, 'quote'), 'hinted', 'suggested', 'indicated', 'signalled', 'signaled', 'implied', 'conceded'])})\s+as\s+much\b|\b(?:did|does)\s+so\b`,
	'i',
);

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
		id: 'pro-form-speech',
		description: '"he said as much during a TV appearance on April 15": what was said is not in the sentence',
		applies: (text) => PRO_FORM_SPEECH.test(text),
	},
];

/** The id of the first rule that makes the date at `start` of `text` no event, or null when it may be one. */
export function notAnEvent(text: string, start: number): string | null {
	return NOT_EVENT_RULES.find((rule) => rule.applies(text, start))?.id ?? null;
}
