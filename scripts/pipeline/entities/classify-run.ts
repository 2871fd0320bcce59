/** Decides whether a run of capitalised words names a person, a place or an organisation. */
import type { EntityType } from '../../../src/schemas/index.ts';
import { lexiconTags } from './lexicon.ts';
import type { NameRun } from './name-runs.ts';
import {
	CALENDAR_WORDS,
	LOWER_CASE_TITLES,
	NAME_PARTICLES,
	NON_ENTITY_HEADS,
	NOT_NAME_PHRASES,
	NOT_NAMES,
	ORGANIZATION_HEADS,
	PLACE_APPOSITIVE,
	PLACE_FOLLOWERS,
	PLACE_HEADS,
	PLACE_LEADING_HEADS,
	PLACE_LEADS,
	PLACE_PREPOSITIONS,
	SENTENCE_OPENERS,
	SLAVIC_SURNAME,
	TITLE_QUALIFIERS,
	TITLE_WORDS,
} from './word-lists.ts';

/** Compromise's tags for the words of one sentence, by offset; computed only when asked for. */
export type SentenceTags = () => Map<number, string[]>;

const MILITARY = new Set(['Military', 'Forces', 'Naval', 'Guards']);
const bare = (word: string) => word.replace(/\.$/, '');
const isInitial = (word: string) => /^\p{Lu}\.$/u.test(word);
const isAcronym = (word: string) => /^\p{Lu}[\p{Lu}\p{N}]+$/u.test(word);

/** True when the run is a date word, a holiday, a demonym, a title or another known non-name. */
export function isJunkRun(words: string[], demonyms: Map<string, string>): boolean {
	const phrase = words.join(' ').toLowerCase();
	if (NOT_NAME_PHRASES.has(phrase)) return true;
	if (CALENDAR_WORDS.has(bare(words[0]!))) return true;
	return words.every(
		(word) =>
			NOT_NAMES.has(word) ||
			CALENDAR_WORDS.has(bare(word)) ||
			TITLE_WORDS.has(bare(word)) ||
			demonyms.has(word) ||
			/^[IVX]+$/.test(word),
	);
}

/** True when every word could be part of a person's name ("Olena", "J.", "Kosiniak-Kamysz"). */
export function looksLikePersonName(words: string[], demonyms: Map<string, string>): boolean {
	if (words.length > 5) return false;
	return words.every(
		(word, index) =>
			isInitial(word) ||
			(index > 0 && /^[IVX]+$/.test(word)) ||
			(!isAcronym(word) &&
				!NOT_NAMES.has(word) &&
				!demonyms.has(word) &&
				!TITLE_WORDS.has(bare(word)) &&
				!CALENDAR_WORDS.has(bare(word)) &&
				!SENTENCE_OPENERS.has(word)),
	);
}

/** The kind of thing a multi- or single-word run names, or null when the evidence is too thin. */
export function classifyRun(
	text: string,
	run: NameRun,
	tags: SentenceTags,
	demonyms: Map<string, string>,
): EntityType | null {
	const words = run.tokens.map((token) => token.text);
	if (isJunkRun(words, demonyms)) return null;
	const first = words[0]!;
	const last = words[words.length - 1]!;
	const single = words.length === 1;
	// A few words either side are all the context the cues read.
	const before = text.slice(Math.max(0, run.start - 40), run.start);
	const after = text.slice(run.end, run.end + 40);
	const previousWord = /(\p{L}+)[\s\u00a0]+$/u.exec(before)?.[1] ?? '';
	const nextWord = /^(?:['’]s)?[\s\u00a0]+(\p{Ll}+)/u.exec(after)?.[1] ?? '';

	const headBeforeParticle = words.some(
		(word, i) => ORGANIZATION_HEADS.has(word) && NAME_PARTICLES.has(words[i + 1] ?? ''),
	);
	// "Southern Military District", "Unmanned Systems Forces": commands, not places.
	if (
		!single &&
		(ORGANIZATION_HEADS.has(last) ||
			ORGANIZATION_HEADS.has(first) ||
			headBeforeParticle ||
			words.some((word) => MILITARY.has(word)))
	)
		return 'organization';
	if (!single && NON_ENTITY_HEADS.has(last)) return null;
	if (!single && (PLACE_HEADS.has(last) || PLACE_LEADING_HEADS.has(first))) return 'place';
	if (run.titled || run.soft || LOWER_CASE_TITLES.has(previousWord))
		return looksLikePersonName(words, demonyms) && !single ? 'person' : null;
	if (single && (isAcronym(first) || run.tokens[0]!.initial)) return null;

	const firstTags = lexiconTags(first);
	const lastTags = lexiconTags(last);
	if (!single && (/FirstName|MaleName|FemaleName/.test(firstTags) || /LastName/.test(lastTags)))
		return looksLikePersonName(words, demonyms) ? 'person' : null;
	if (/Country|City|Region|Place/.test(lastTags)) return 'place';
	if (PLACE_FOLLOWERS.has(nextWord) || PLACE_LEADS.test(before) || PLACE_APPOSITIVE.test(after)) return 'place';
	const lastToken = run.tokens[run.tokens.length - 1]!;
	const allTitleWords = words.every((word) => TITLE_QUALIFIERS.has(word) || TITLE_WORDS.has(bare(word)));
	// "in Telegram channels": a name before a common noun qualifies it rather than locating anything.
	const qualifiesNoun = nextWord !== '' && /Noun|Singular|Plural|Uncountable/.test(lexiconTags(nextWord));
	if (
		PLACE_PREPOSITIONS.has(previousWord) &&
		!lastToken.possessive &&
		!allTitleWords &&
		!qualifiesNoun &&
		!/Person|Name|Organization/.test(`${firstTags},${lastTags}`)
	) {
		const tagged = words.length <= 3 ? tags() : null;
		const termTags = tagged ? run.tokens.flatMap((token) => tagged.get(token.start) ?? []) : [];
		if (!termTags.some((tag) => /Person|FirstName|LastName|Organization|Verb|Adjective/.test(tag))) return 'place';
	}
	if (single) return null;
	if (SLAVIC_SURNAME.test(last) && looksLikePersonName(words, demonyms) && words.length <= 3) return 'person';

	const tagged = tags();
	const termTags = run.tokens.map((token) => (tagged.get(token.start) ?? []).join(','));
	if (termTags.some((tag) => /Organization/.test(tag))) return 'organization';
	if (/Person|LastName/.test(termTags[termTags.length - 1]!) || /FirstName/.test(termTags[0]!))
		return looksLikePersonName(words, demonyms) ? 'person' : null;
	if (/Place|Country|City|Region/.test(termTags[termTags.length - 1]!)) return 'place';
	return null;
}
