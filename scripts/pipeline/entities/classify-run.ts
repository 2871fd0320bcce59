/** Decides whether a run of capitalised words names a person, a place or an organisation, by the typing rules. */
import type { EntityType } from '../../../src/schemas/index.ts';
import { decide } from '../rules.ts';
import type { GazetteerIndex } from './gazetteer-index.ts';
import { lexiconTags } from './lexicon.ts';
import type { NameRun } from './name-runs.ts';
import { type RunScene, TYPING_RULES } from './typing-rules.ts';

export { isJunkRun, looksLikePersonName } from './name-shape.ts';

/** Compromise's tags for the words of one sentence, by offset; computed only when asked for. */
export type SentenceTags = () => Map<number, string[]>;

/** A run's type, or null when it names nothing the site tracks, with the typing rule that decided. */
export interface RunTyping {
	type: EntityType | null;
	/** The id of the rule that decided (`entities:place-context`), or null when none did. */
	rule: string | null;
}

/** What the typing rules know besides the sentence: the gazetteer's demonyms and the curated surname endings. */
export type NameKnowledge = Pick<GazetteerIndex, 'demonyms' | 'surnameEnding'>;

/** What the typing rules read about `run` in the sentence `text`. */
function sceneOf(text: string, run: NameRun, tags: SentenceTags, known: NameKnowledge): RunScene {
	const words = run.tokens.map((token) => token.text);
	// A few words either side are all the context the cues read ("Amina Yusuf, the founding director of").
	const before = text.slice(Math.max(0, run.start - 60), run.start);
	const after = text.slice(run.end, run.end + 60);
	let termTags: string[] | null = null;
	return {
		run,
		words,
		first: words[0]!,
		last: words[words.length - 1]!,
		single: words.length === 1,
		before,
		after,
		previousWord: /(\p{L}+)[\s\u00a0]+$/u.exec(before)?.[1] ?? '',
		nextWord: /^(?:['’]s)?[\s\u00a0]+(\p{Ll}+)/u.exec(after)?.[1] ?? '',
		firstTags: lexiconTags(words[0]!),
		lastTags: lexiconTags(words[words.length - 1]!),
		termTags: () => {
			if (termTags === null) {
				const tagged = tags();
				termTags = run.tokens.map((token) => (tagged.get(token.start) ?? []).join(','));
			}
			return termTags;
		},
		demonyms: known.demonyms,
		surnameEnding: known.surnameEnding,
	};
}

/** The kind of thing a multi- or single-word run names, or null when the evidence is too thin. */
export function classifyRun(text: string, run: NameRun, tags: SentenceTags, known: NameKnowledge): RunTyping {
	const decision = decide(TYPING_RULES, sceneOf(text, run, tags, known));
	if (!decision) return { type: null, rule: null };
	return { type: decision.answer === 'none' ? null : decision.answer, rule: decision.rule };
}
