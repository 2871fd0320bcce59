/**
 * Turns of speech in a transcript or an interview written out as one: a paragraph that opens with a speaker label
 * ("President of Finland Alexander Stubb: …", "Svitlana Grynchuk: …", "Q: …") starts a turn, and the paragraphs after
 * it without a label continue it, until the next label or a subheading. A `Label:` lead-in is read as a speaker only
 * when the article reads as a transcript: two labelled paragraphs or more, with a label used twice or a question
 * label ("Q", "Journalist"). Otherwise a lead-in ("Back to Business as Usual: …") is just a lead-in.
 */
import type { Block } from './model.ts';

/** Labels of the one asking, never a named speaker ("Q:", "Journalist:", "Interviewer:"). */
const QUESTION_LABEL = /^(?:Q|A|Question|Answer|Journalist|Reporter|Interviewer|Moderator|Host|Audience member)$/i;

/** The turn a block belongs to: its speaker label, and whether the block carries the label itself. */
export interface SpeakerTurn {
	/** The label as written, without its colon ("President of Ukraine Volodymyr Zelensky"). */
	label: string;
	/** True for a label of the one asking ("Q", "Journalist"), whose words are questions, not statements. */
	asking: boolean;
	/** True on the block that opens with the label; false on the paragraphs that continue the turn. */
	labelled: boolean;
}

/** True when the leads of `blocks` make the article a transcript. */
function isTranscript(leads: readonly string[]): boolean {
	if (leads.length < 2) return false;
	return leads.some((lead) => QUESTION_LABEL.test(lead)) || new Set(leads).size < leads.length;
}

/** The turn of each block that belongs to one, by block index; empty when the article is no transcript. */
export function findSpeakerTurns(blocks: readonly Block[]): Map<number, SpeakerTurn> {
	const leads = blocks.flatMap((block) =>
		block.kind === 'paragraph' && block.role === 'body' && block.lead ? [block.lead] : [],
	);
	const turns = new Map<number, SpeakerTurn>();
	if (!isTranscript(leads)) return turns;
	let current: { label: string; asking: boolean } | null = null;
	blocks.forEach((block, index) => {
		if (block.kind !== 'paragraph' || block.role !== 'body') {
			// A subheading, a list or a closing analysis ends the turn.
			current = null;
			return;
		}
		if (block.lead) {
			current = { label: block.lead, asking: QUESTION_LABEL.test(block.lead) };
			turns.set(index, { ...current, labelled: true });
		} else if (current) turns.set(index, { ...current, labelled: false });
	});
	return turns;
}
