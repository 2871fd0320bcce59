/**
 * The quote attribution rules: who said a quotation, tried in order. The words after the closing mark speak first
 * ("…,” he warned", "…,” said Olena Kovalenko", "…,” the governor said"), then a short quotation that reads as a term
 * is set aside, then the words before the opening mark ("according to X", "Kallas warned that …: “…”"), then a
 * quotation standing alone goes on in the voice of the one before it. A quotation no rule attributes is left out.
 */
import { lexiconTags } from '../entities/lexicon.ts';
import { language } from '../lang/index.ts';
import type { Rule } from '../rules.ts';
import type { Quotation } from './quotation-marks.ts';
import type { QuoteContext, Speaker } from './quote-context.ts';
import {
	LEADING_SPEAKER_PHRASE,
	LEADING_SPEECH_VERB,
	PRONOUN,
	SPEAKER_PHRASE,
	SPEECH_VERB,
	TERM_LEAD,
} from './speech.ts';

/** One quotation as the rules read it. */
export interface QuoteScene {
	context: QuoteContext;
	quotation: Quotation;
	/** Sentence indexes of its first and last part. */
	first: number;
	last: number;
	/** Offset of the opening mark in the first sentence, of the closing mark in the last. */
	open: number;
	close: number;
	/** Four words or fewer and not a whole sentence: a term or a scare quote unless a speech verb takes it. */
	short: boolean;
	/** The quotation attributed just before, where it stands and to whom. */
	previous: { block: number; sentenceIndex: number; speaker: Speaker } | null;
}

/** A speaker, or `not-speech` for a quotation that is a term ("so-called “invincibility points”"). */
export type QuoteAnswer = Speaker | 'not-speech';

// How many words may stand between a speech verb and a short quotation it takes ("claiming X").
const SHORT_REACH = 12;

// A speaker named by office ("the Russian president", "the Kremlin leader", "the foreign minister").
const OFFICE = new RegExp(
	String.raw`^the\s+(?:[\p{Lu}][\p{L}-]*\s+)*(?:(?:prime|foreign|defen[cs]e)\s+)?(?:secretary of state|leader|${language.titles.lowerCase.join('|')})$`,
	'iu',
);

export const wordCount = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

const named = (entry: { mention: { key: string; surface: string } }): Speaker => ({
	key: entry.mention.key,
	name: entry.mention.surface,
});

/** The words after the closing mark, without the comma or dash that joins them, and where they start. */
function tail(scene: QuoteScene): { text: string; rest: string; restStart: number } {
	const text = scene.context.sentences[scene.last]!.text;
	const after = text.slice(scene.close + 1);
	const lead = /^[\s\u00a0,]*(?:[—–-][\s\u00a0]*)?/u.exec(after)![0].length;
	return { text, rest: after.slice(lead), restStart: scene.close + 1 + lead };
}

/** A speaker the text describes rather than names: an office stands for the one person the paragraph has named. */
function unnamed(scene: QuoteScene, name: string | null): Speaker {
	return { key: name && OFFICE.test(name) ? scene.context.onlyPersonBefore(scene.last, scene.close) : null, name };
}

/** The mention right after the closing mark ("…,” Olena Kovalenko…"), a "the" allowed before it. */
function nameAfter(scene: QuoteScene) {
	const { rest, restStart } = tail(scene);
	const determiner = /^the[\s\u00a0]+/iu.exec(rest)?.[0].length ?? 0;
	return scene.context.mentionAt(scene.last, restStart + determiner);
}

/** The words after a name that follows the closing mark, an appositive set off by commas left out. */
function afterName(scene: QuoteScene, end: number): string {
	return tail(scene)
		.text.slice(end)
		.replace(/^,[^,“”"]{1,80},/u, '');
}

// Words of a title before a name: capitalised words and possessives ("Russian Foreign Ministry", "Estonia's"), and
// the offices news style writes in lower case ("spokeswoman", "foreign minister").
const TITLE_WORDS = new Set([...language.titles.lowerCase, ...language.titles.offices]);
const isTitleWord = (word: string) => /^\p{Lu}[\p{L}.-]*(?:['’]s)?$/u.test(word) || TITLE_WORDS.has(word);
const MAX_TITLE_WORDS = 6;

/** A person named right after the closing mark behind a title ("…,” President Volodymyr Zelenskiy"), or null. */
function titledNameAfter(scene: QuoteScene) {
	const { text, rest, restStart } = tail(scene);
	for (const entry of scene.context.located) {
		if (entry.sentenceIndex !== scene.last || entry.start <= restStart || entry.mention.type !== 'person') continue;
		const between = text
			.slice(restStart, entry.start)
			.trim()
			.split(/[\s\u00a0]+/u);
		if (between.length > MAX_TITLE_WORDS || !between.every(isTitleWord)) return null;
		return rest.length > 0 ? entry : null;
	}
	return null;
}

const OFFICE_OF_NAME = /^['’]s[\s\u00a0]+(\p{Ll}[\p{Ll}\s-]{0,30}?)(?=[\s\u00a0]+\p{Ll})/u;

/** The words before the opening mark, other quotations blanked out. */
const head = (scene: QuoteScene) => scene.context.masked(scene.first).slice(0, scene.open);

export const QUOTE_RULES: readonly Rule<QuoteScene, QuoteAnswer>[] = [
	{
		id: 'quotes:pronoun-then-verb',
		description: '"…,” he warned": a pronoun and a speech verb after the quotation; the person named before it speaks.',
		applies: (scene) => {
			const { rest } = tail(scene);
			const pronoun = /^(?:he|she)\b/iu.exec(rest);
			return pronoun !== null && LEADING_SPEECH_VERB.test(rest.slice(pronoun[0].length));
		},
		apply: (scene) => scene.context.antecedent(scene.last, scene.close),
	},
	{
		id: 'quotes:verb-then-speaker',
		description: '"…,” said Olena Kovalenko", "…,” said the spokesman": a speech verb, then who.',
		applies: (scene) => LEADING_SPEECH_VERB.test(tail(scene).rest),
		apply: (scene) => {
			const { text, rest, restStart } = tail(scene);
			const after = restStart + LEADING_SPEECH_VERB.exec(rest)![0].length;
			const spaces = /^[\s\u00a0]*(?:the[\s\u00a0]+)?/iu.exec(text.slice(after))![0].length;
			const mention = scene.context.mentionAt(scene.last, after + spaces);
			if (mention) return named(mention);
			const phrase = /^(?:the|a|an)\s+[\p{L}’'\s-]{1,40}?(?=[,.;]|$)/iu.exec(text.slice(after + spaces));
			return unnamed(scene, phrase ? phrase[0].trim() : null);
		},
	},
	{
		id: 'quotes:name-then-verb',
		description: '"…,” Olena Kovalenko, a nurse from Kharkiv, told reporters": a name, an aside, then a speech verb.',
		applies: (scene) => {
			const mention = nameAfter(scene);
			return mention !== null && LEADING_SPEECH_VERB.test(afterName(scene, mention.end));
		},
		apply: (scene) => named(nameAfter(scene)!),
	},
	{
		id: 'quotes:titled-name-then-verb',
		description:
			'"…,” Russian Foreign Ministry spokeswoman Maria Zakharova told reporters": a title, a name, then a speech verb.',
		applies: (scene) => {
			const mention = titledNameAfter(scene);
			return mention !== null && LEADING_SPEECH_VERB.test(afterName(scene, mention.end));
		},
		apply: (scene) => named(titledNameAfter(scene)!),
	},
	{
		id: 'quotes:office-of-name',
		description: '"…,” Zelenskyy\'s office said": the office speaks, not the person it belongs to.',
		applies: (scene) => {
			const mention = nameAfter(scene);
			if (!mention) return false;
			const words = afterName(scene, mention.end);
			const office = OFFICE_OF_NAME.exec(words);
			return office !== null && LEADING_SPEECH_VERB.test(words.slice(office[0].length));
		},
		apply: (scene) => {
			const mention = nameAfter(scene)!;
			const words = afterName(scene, mention.end);
			return { key: null, name: `${mention.mention.surface}${words.slice(0, OFFICE_OF_NAME.exec(words)![0].length)}` };
		},
	},
	{
		id: 'quotes:unnamed-speaker-then-verb',
		description:
			'"…,” the regional governor said": a described speaker, then a speech verb; an office is the one person the paragraph names.',
		applies: (scene) => LEADING_SPEAKER_PHRASE.test(tail(scene).rest),
		apply: (scene) => unnamed(scene, LEADING_SPEAKER_PHRASE.exec(tail(scene).rest)![1]!.trim()),
	},
	{
		id: 'quotes:term',
		description: 'A short quotation after "so-called", "dubbed" or an article, or before a noun: a term, not speech.',
		applies: (scene) => scene.short,
		apply: (scene) => {
			const { sentences } = scene.context;
			if (TERM_LEAD.test(sentences[scene.first]!.text.slice(0, scene.open))) return 'not-speech';
			const next = /^[\s\u00a0]+(\p{Ll}+)/u.exec(sentences[scene.last]!.text.slice(scene.close + 1))?.[1];
			return next !== undefined && /^(?:Singular|Plural|Noun|Uncountable)$/.test(lexiconTags(next))
				? 'not-speech'
				: null;
		},
	},
	{
		id: 'quotes:according-to',
		description: '"According to Kovalenko, “…”": the entity named after "according to".',
		applies: (scene) => /according\s+to\s+/iu.test(head(scene)),
		apply: (scene) => {
			for (const match of head(scene).matchAll(/according\s+to\s+/giu)) {
				const mention = scene.context.mentionAt(scene.first, match.index + match[0].length);
				if (mention) return named(mention);
			}
			return null;
		},
	},
	{
		id: 'quotes:speaker-then-verb',
		description:
			'"Kallas warned that …: “…”", "Rubio emerged … claiming “…”": the speaker nearest before the last speech ' +
			'verb (a person, a pronoun, a described speaker); a short quotation only within twelve words of the verb.',
		applies: (scene) => {
			const verb = [...head(scene).matchAll(SPEECH_VERB)].at(-1);
			return (
				verb !== undefined && !(scene.short && wordCount(head(scene).slice(verb.index + verb[0].length)) > SHORT_REACH)
			);
		},
		apply: (scene) => {
			const { context, first: index } = scene;
			const words = head(scene);
			const verb = [...words.matchAll(SPEECH_VERB)].at(-1)!;
			const before = words.slice(0, verb.index);
			const candidates: { end: number; speaker: () => Speaker }[] = [];
			for (const entry of context.located) {
				if (entry.sentenceIndex !== index || entry.end > verb.index) continue;
				const adjacent = /^[\s\u00a0]*$/u.test(before.slice(entry.end));
				if (entry.mention.type === 'person' || adjacent)
					candidates.push({ end: entry.end, speaker: () => named(entry) });
			}
			for (const match of before.matchAll(PRONOUN))
				candidates.push({ end: match.index + match[0].length, speaker: () => context.antecedent(index, match.index) });
			for (const match of before.matchAll(SPEAKER_PHRASE)) {
				// "claimed the attack in a televised statement, saying…": a statement someone speaks in is not its speaker.
				if (/\b(?:in|on|via|through|during|at|to|with|from)[\s\u00a0]+$/iu.test(before.slice(0, match.index))) continue;
				// "Hanna Shelest, a security analyst at …, said": the phrase describes the person named before it.
				const described = context.located.find(
					(entry) =>
						entry.sentenceIndex === index &&
						entry.mention.type === 'person' &&
						/^[\s\u00a0]*,[\s\u00a0]*$/u.test(before.slice(entry.end, match.index)),
				);
				const speaker: Speaker = described ? named(described) : { key: null, name: match[0] };
				candidates.push({ end: match.index + match[0].length, speaker: () => speaker });
			}
			if (!candidates.length) return { key: null, name: null };
			candidates.sort((a, b) => b.end - a.end);
			return candidates[0]!.speaker();
		},
	},
	{
		id: 'quotes:continues-previous',
		description:
			'A quotation standing alone right after an attributed one in the same paragraph goes on in the same voice.',
		applies: ({ short, previous, context, first, open }) => {
			const sentence = context.sentences[first]!;
			return (
				!short &&
				/^[\s\u00a0]*$/u.test(sentence.text.slice(0, open)) &&
				previous !== null &&
				previous.block === sentence.block &&
				previous.sentenceIndex >= first - 1
			);
		},
		apply: (scene) => scene.previous!.speaker,
	},
];
