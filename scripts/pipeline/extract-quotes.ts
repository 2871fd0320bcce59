/** Finds direct quotations and who said them. */

import { lexiconTags } from './entities/lexicon.ts';
import { findQuotations } from './entities/quotation-marks.ts';
import {
	LEADING_SPEAKER_PHRASE,
	LEADING_SPEECH_VERB,
	PRONOUN,
	SPEAKER_PHRASE,
	SPEECH_VERB,
	TERM_LEAD,
} from './entities/speech.ts';
import { language } from './lang/index.ts';
import type { EntityMention, ExtractedQuote, Sentence } from './model.ts';

/** Who a quotation is attributed to: an entity key, and the words that name them. */
interface Speaker {
	key: string | null;
	name: string | null;
}

interface Located {
	mention: EntityMention;
	sentenceIndex: number;
	start: number;
	end: number;
}

// A quotation this short is a term or a scare quote unless a speech verb takes it.
const SHORT_WORDS = 4;
// How many words may stand between a speech verb and a short quotation it takes ("claiming X").
const SHORT_REACH = 12;

// A speaker named by office ("the Russian president", "the Kremlin leader", "the foreign minister").
const OFFICE = new RegExp(
	String.raw`^the\s+(?:[\p{Lu}][\p{L}-]*\s+)*(?:(?:prime|foreign|defen[cs]e)\s+)?(?:secretary of state|leader|${language.titles.lowerCase.join('|')})$`,
	'iu',
);

const wordCount = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/** Finds direct quotations and who said them. */
export function extractQuotes(article: string, sentences: Sentence[], mentions: EntityMention[]): ExtractedQuote[] {
	const quotations = findQuotations(sentences);
	const sentenceIndex = new Map(sentences.map((sentence, index) => [sentence.id, index]));
	const insideQuote = (index: number, start: number) =>
		quotations.some((quotation) =>
			quotation.parts.some((part) => part.sentenceIndex === index && start >= part.start && start < part.end),
		);
	const located: Located[] = mentions
		.map((mention) => {
			const index = sentenceIndex.get(mention.sentence) ?? -1;
			return { mention, sentenceIndex: index, start: mention.start, end: mention.start + mention.surface.length };
		})
		.filter((entry) => entry.sentenceIndex >= 0 && !insideQuote(entry.sentenceIndex, entry.start))
		.sort((a, b) => a.sentenceIndex - b.sentenceIndex || a.start - b.start);

	/** Blanks out quoted words so speech verbs inside other quotations are not read as attribution. */
	const masked = (index: number) => {
		let text = sentences[index]!.text;
		for (const quotation of quotations)
			for (const part of quotation.parts)
				if (part.sentenceIndex === index)
					text = text.slice(0, part.start) + ' '.repeat(part.end - part.start) + text.slice(part.end);
		return text;
	};

	/** The person a "he" or "she" at `position` points back to: nearest before it in the sentence, then earlier in the block. */
	const antecedent = (index: number, position: number): Speaker => {
		const block = sentences[index]!.block;
		const candidates = located.filter(
			(entry) =>
				entry.mention.type === 'person' &&
				sentences[entry.sentenceIndex]!.block === block &&
				(entry.sentenceIndex < index || (entry.sentenceIndex === index && entry.end <= position)),
		);
		const nearest = candidates[candidates.length - 1];
		return nearest ? { key: nearest.mention.key, name: nearest.mention.surface } : { key: null, name: null };
	};

	/**
	 * A speaker the text describes rather than names. "…,” the Russian president told reporters": an office stands for the
	 * one person the paragraph has named, and keeps the words the text used.
	 */
	const unnamed = (name: string | null, index: number, close: number): Speaker => {
		return { key: name && OFFICE.test(name) ? onlyPersonBefore(index, close) : null, name };
	};

	/** The key of the one person the block names before `position` of sentence `index`, or null when it names none or several. */
	const onlyPersonBefore = (index: number, position: number): string | null => {
		const block = sentences[index]!.block;
		const keys = new Set(
			located
				.filter(
					(entry) =>
						entry.mention.type === 'person' &&
						sentences[entry.sentenceIndex]!.block === block &&
						(entry.sentenceIndex < index || (entry.sentenceIndex === index && entry.end <= position)),
				)
				.map((entry) => entry.mention.key),
		);
		return keys.size === 1 ? [...keys][0]! : null;
	};

	/** The entity starting right at `position` of sentence `index`, if one does. */
	const mentionAt = (index: number, position: number) =>
		located.find(
			(entry) => entry.sentenceIndex === index && entry.start === position && entry.mention.type !== 'place',
		) ?? null;

	/** "…,” Driscoll insisted", "…,” he warned", "…,” said Olena Kovalenko". */
	const fromTail = (index: number, close: number): Speaker | null => {
		const text = sentences[index]!.text;
		const tail = text.slice(close + 1);
		const lead = /^[\s\u00a0,]*(?:[—–-][\s\u00a0]*)?/u.exec(tail)![0].length;
		const rest = tail.slice(lead);
		const pronoun = /^(?:he|she)\b/iu.exec(rest);
		if (pronoun && LEADING_SPEECH_VERB.test(rest.slice(pronoun[0].length))) return antecedent(index, close);
		const verb = LEADING_SPEECH_VERB.exec(rest);
		if (verb) {
			const after = close + 1 + lead + verb[0].length;
			const spaces = /^[\s\u00a0]*(?:the[\s\u00a0]+)?/iu.exec(text.slice(after))![0].length;
			const named = mentionAt(index, after + spaces);
			if (named) return { key: named.mention.key, name: named.mention.surface };
			const phrase = /^(?:the|a|an)\s+[\p{L}’'\s-]{1,40}?(?=[,.;]|$)/iu.exec(text.slice(after + spaces));
			return unnamed(phrase ? phrase[0].trim() : null, index, close);
		}
		const determiner = /^the[\s\u00a0]+/iu.exec(rest)?.[0].length ?? 0;
		const named = mentionAt(index, close + 1 + lead + determiner);
		if (named) {
			// "…,’ Olena Kovalenko, a nurse from Kharkiv, told reporters."
			const afterName = text.slice(named.end).replace(/^,[^,“”"]{1,80},/u, '');
			if (LEADING_SPEECH_VERB.test(afterName)) return { key: named.mention.key, name: named.mention.surface };
			// "…,” Zelenskyy’s office said": the office speaks, not the man.
			const office = /^['’]s[\s\u00a0]+(\p{Ll}[\p{Ll}\s-]{0,30}?)(?=[\s\u00a0]+\p{Ll})/u.exec(afterName);
			if (office && LEADING_SPEECH_VERB.test(afterName.slice(office[0].length)))
				return { key: null, name: `${named.mention.surface}${afterName.slice(0, office[0].length)}` };
		}
		const phrase = LEADING_SPEAKER_PHRASE.exec(rest);
		if (phrase) return unnamed(phrase[1]!.trim(), index, close);
		return null;
	};

	/** "Kallas warned that …: “…”", "Rubio emerged … claiming “…”", "according to X". */
	const fromHead = (index: number, open: number, short: boolean): Speaker | null => {
		const head = masked(index).slice(0, open);
		const according = /according\s+to\s+/giu;
		for (const match of head.matchAll(according)) {
			const named = mentionAt(index, match.index + match[0].length);
			if (named) return { key: named.mention.key, name: named.mention.surface };
		}
		const verbs = [...head.matchAll(SPEECH_VERB)];
		const verb = verbs[verbs.length - 1];
		if (!verb) return null;
		if (short && wordCount(head.slice(verb.index + verb[0].length)) > SHORT_REACH) return null;
		const before = head.slice(0, verb.index);
		type Candidate = { end: number; speaker: () => Speaker };
		const candidates: Candidate[] = [];
		for (const entry of located) {
			if (entry.sentenceIndex !== index || entry.end > verb.index) continue;
			const adjacent = /^[\s\u00a0]*$/u.test(before.slice(entry.end));
			if (entry.mention.type === 'person' || adjacent)
				candidates.push({ end: entry.end, speaker: () => ({ key: entry.mention.key, name: entry.mention.surface }) });
		}
		for (const match of before.matchAll(PRONOUN))
			candidates.push({ end: match.index + match[0].length, speaker: () => antecedent(index, match.index) });
		for (const match of before.matchAll(SPEAKER_PHRASE)) {
			// "Hanna Shelest, a security analyst at …, said": the phrase describes the person named before it.
			const described = located.find(
				(entry) =>
					entry.sentenceIndex === index &&
					entry.mention.type === 'person' &&
					/^[\s\u00a0]*,[\s\u00a0]*$/u.test(before.slice(entry.end, match.index)),
			);
			const speaker: Speaker = described
				? { key: described.mention.key, name: described.mention.surface }
				: { key: null, name: match[0] };
			candidates.push({ end: match.index + match[0].length, speaker: () => speaker });
		}
		if (!candidates.length) return { key: null, name: null };
		candidates.sort((a, b) => b.end - a.end);
		return candidates[0]!.speaker();
	};

	const quotes: ExtractedQuote[] = [];
	let previous: { block: number; sentenceIndex: number; speaker: Speaker } | null = null;
	for (const quotation of quotations) {
		const first = quotation.parts[0]!;
		const last = quotation.parts[quotation.parts.length - 1]!;
		const open = first.start - 1;
		const close = last.end;
		// A whole sentence in quotation marks is speech however short ("There were no casualties.").
		const short = wordCount(quotation.text) <= SHORT_WORDS && !/^\p{Lu}.*[.!?]$/u.test(quotation.text);
		let speaker = fromTail(last.sentenceIndex, close);
		if (!speaker) {
			const firstText = sentences[first.sentenceIndex]!.text;
			if (short && isTerm(firstText, open, sentences[last.sentenceIndex]!.text, close)) continue;
			speaker = fromHead(first.sentenceIndex, open, short);
		}
		const sentence = sentences[first.sentenceIndex]!;
		// A quotation standing alone right after an attributed one goes on in the same voice.
		const standsAlone = /^[\s\u00a0]*$/u.test(sentence.text.slice(0, open));
		if (
			!speaker &&
			!short &&
			standsAlone &&
			previous &&
			previous.block === sentence.block &&
			previous.sentenceIndex >= first.sentenceIndex - 1
		)
			speaker = previous.speaker;
		if (!speaker) continue;
		previous = { block: sentence.block, sentenceIndex: last.sentenceIndex, speaker };
		quotes.push({
			article,
			speaker: speaker.key,
			speakerName: speaker.name,
			text: quotation.text,
			quote: sentence.text,
			sentence: sentence.id,
		});
	}
	return quotes;
}

/** True when a short quotation reads as a term: "so-called “invincibility points”", "an "all for all" basis". */
function isTerm(openText: string, open: number, closeText: string, close: number): boolean {
	if (TERM_LEAD.test(openText.slice(0, open))) return true;
	const next = /^[\s\u00a0]+(\p{Ll}+)/u.exec(closeText.slice(close + 1))?.[1];
	return next !== undefined && /^(?:Singular|Plural|Noun|Uncountable)$/.test(lexiconTags(next));
}
