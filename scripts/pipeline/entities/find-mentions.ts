/** Finds the people, places and organisations of one article: gazetteer first, then new names. */
import type { EntityType } from '../../../src/schemas/index.ts';
import { type AnnotatedSentence, annotateSentences } from '../annotate/index.ts';
import { language } from '../lang/index.ts';
import type { EntityMention } from '../model.ts';
import { slugify } from '../slugify.ts';
import { classifyRun, isJunkRun } from './classify-run.ts';
import { figurativeCountries } from './figurative-places.ts';
import { findGazetteerHits } from './gazetteer-hits.ts';
import type { GazetteerIndex } from './gazetteer-index.ts';
import { lexiconTags } from './lexicon.ts';
import { findNameRuns, type NameRun } from './name-runs.ts';
import { nameParts, samePerson, surnameKey } from './person-names.ts';
import { absorbedPlaceHits, cityOfRegion, listedWithPlace, titleCaseDateline } from './place-names.ts';
import { SENTENCE_OPENERS } from './word-lists.ts';

/** A mention before NLP people are grouped under one key per person. */
interface Found {
	sentenceIndex: number;
	start: number;
	surface: string;
	type: EntityType;
	/** Gazetteer id, or null for a name found in the text only. */
	id: string | null;
	/** For single surnames: the article's person they were resolved to. */
	person?: string;
	/** The typing rule that typed a name found in the text only. */
	rule?: string;
	/** For a place found in the text: the country it lies in, when known. */
	country?: string;
}

const MAX_TAGGED_LENGTH = 1000;
// Longer runs of capitalised words are headline text or shouting, not names (particles do not count).
const MAX_NAME_WORDS = 8;
const MINOR = new Set([
	'a',
	'an',
	'the',
	'and',
	'or',
	'of',
	'for',
	'in',
	'on',
	'at',
	'to',
	'as',
	'by',
	'with',
	'from',
	'amid',
	'vs',
]);

/** The part-of-speech tags of a sentence's words (its `terms` annotation), by offset. */
function tagsByOffset(sentence: AnnotatedSentence): Map<number, string[]> {
	return new Map(sentence.terms.map((term) => [term.start, [...term.tags]]));
}

/** True for a title-case line without closing punctuation ("Russia Advances on the Ground"), which NLP would misread. */
function looksLikeHeading(text: string): boolean {
	if (/[.!?…]["”’)]*$/u.test(text)) return false;
	const words = text.split(/\s+/).filter((word) => /\p{L}/u.test(word) && !MINOR.has(word.toLowerCase()));
	if (words.length < 4) return false;
	return words.filter((word) => /^[“"‘(]?\p{Lu}/u.test(word)).length / words.length >= 0.75;
}

/** The gazetteer person that a full written name can be, if any ("Dan P. Driscoll" → dan-driscoll). */
function gazetteerPerson(name: string, index: GazetteerIndex, only?: string): string | null {
	const candidates = index.people.get(surnameKey(nameParts(name).surname)) ?? [];
	const match = candidates.find(
		(candidate) => (only === undefined || candidate.id === only) && samePerson(name, candidate.name),
	);
	return match?.id ?? null;
}

/** The surname keys a person is called by alone, from their full names. */
function surnamesOf(names: string[]): string[] {
	return names.filter((name) => /\s/.test(name)).map((name) => surnameKey(nameParts(name).surname));
}

/** One typing decision, for a trace: the words, the type (null when set aside) and the rule that decided. */
export interface TypedRun {
	sentence: string;
	surface: string;
	type: EntityType | null;
	rule: string | null;
}

/**
 * Finds the people, places and organisations mentioned in an article's sentences, in a transcript's speaker labels
 * (`sentence.speaker`) and, for names the sentences do not give, in the headline. `onTyped` hears every typing
 * decision about a name the gazetteer lacks, kept or set aside, with its rule (for fixtures and debugging).
 */
export function findMentions(
	textSentences: AnnotatedSentence[],
	index: GazetteerIndex,
	onTyped: (typed: TypedRun) => void = () => {},
	headline: string | null = null,
): EntityMention[] {
	const found: Found[] = [];
	const singles: { sentenceIndex: number; run: NameRun; text: string; tags: () => Map<number, string[]> }[] = [];
	const untyped: { sentenceIndex: number; start: number; surface: string }[] = [];
	// Lines outside the sentences are read as sentences of their own, after them, under the id of the sentence they
	// stand before: a speaker label is a name however it is capitalised, a headline only when it is not title case.
	const outside = outsideLines(textSentences, headline);
	const sentences = [...textSentences, ...outside.map((line) => line.sentence)];
	const labelsEnd = textSentences.length + outside.filter((line) => line.label).length;
	const isLabel = (sentenceIndex: number) => sentenceIndex >= textSentences.length && sentenceIndex < labelsEnd;

	sentences.forEach((sentence, sentenceIndex) => {
		const text = sentence.text;
		// A byline names the reporter, not an actor of the story.
		const nlpAllowed =
			isLabel(sentenceIndex) ||
			(sentence.kind !== 'heading' && sentence.kind !== 'masthead' && !looksLikeHeading(text));
		// A known place that opens a longer name is part of it ("Kyiv School of Economics", "Moscow Region"); a
		// title-case heading capitalises every word and is left as it is.
		const gazetteerHits = findGazetteerHits(text, index);
		const hits = nlpAllowed ? absorbedPlaceHits(text, gazetteerHits, index) : gazetteerHits;
		// "his own personal Afghanistan", "Russia's Vietnam": a country named as a metaphor is no mention of it.
		const claimed = figurativeCountries(text, hits, index);
		let tagged: Map<number, string[]> | null = null;
		// Compromise takes a few milliseconds a sentence; a run-on "sentence" gets the cheap cues only.
		const tags = () => (tagged ??= text.length <= MAX_TAGGED_LENGTH ? tagsByOffset(sentence) : new Map());
		if (nlpAllowed) {
			for (const run of findNameRuns(text, sentence.tokens, hits, index.demonyms)) {
				if (run.tokens.length === 1) {
					if (!run.soft) singles.push({ sentenceIndex, run, text, tags });
					continue;
				}
				if (run.tokens.filter((token) => token.capitalised).length > MAX_NAME_WORDS) continue;
				const surface = text.slice(run.start, run.end);
				const { type, rule } = classifyRun(text, run, tags, index);
				onTyped({ sentence: sentence.id, surface, type, rule });
				if (type === null) {
					untyped.push({ sentenceIndex, start: run.start, surface });
					continue;
				}
				if (run.soft) claimed.add(run.soft);
				const id = type === 'person' ? gazetteerPerson(surface, index, run.soft?.id) : null;
				// A surname the gazetteer knows, after a given name it does not: a different person ("Melania Trump").
				found.push({ sentenceIndex, start: run.start, surface, type, id, ...(rule ? { rule } : {}) });
			}
		}
		for (const hit of hits) {
			if (claimed.has(hit)) continue;
			// "the city of Zaporizhzhia" is not the Zaporizhzhia region, though it lies in the same country.
			const city = cityOfRegion(text, hit, index);
			if (city) {
				found.push({ sentenceIndex, start: hit.start, surface: hit.surface, type: 'place', id: null, ...city });
				continue;
			}
			found.push({
				sentenceIndex,
				start: hit.start,
				surface: hit.surface,
				type: index.entries.get(hit.id)!.type,
				id: hit.id,
			});
		}
	});

	// Once the body names "the city of Zaporizhzhia", a bare "Zaporizhzhia" of the headline or another line outside the
	// body's sentences is that city too; in the body, "parts of Kherson" after "Kherson Mayor" may still be the region.
	const cities = new Map(
		found
			.filter((mention) => mention.rule === 'entities:city-of-region')
			.map((mention) => [mention.surface, mention.country]),
	);
	for (const [position, mention] of found.entries()) {
		if (mention.id === null || !cities.has(mention.surface)) continue;
		if (sentences[mention.sentenceIndex]!.kind === 'body' && mention.sentenceIndex < textSentences.length) continue;
		const country = cities.get(mention.surface);
		found[position] = { ...mention, id: null, rule: 'entities:city-of-region', ...(country ? { country } : {}) };
	}

	// Group the NLP people of the article: "Olena Kovalenko" and "O. Kovalenko" are one person.
	const people: { canonical: string; names: string[] }[] = [];
	for (const mention of found) {
		if (mention.id !== null || mention.type !== 'person') continue;
		let group = people.find((candidate) => candidate.names.some((name) => samePerson(name, mention.surface)));
		if (!group) {
			group = { canonical: mention.surface, names: [] };
			people.push(group);
		}
		group.names.push(mention.surface);
		if (fuller(mention.surface, group.canonical)) group.canonical = mention.surface;
	}
	const canonicalOf = (surface: string) => people.find((group) => group.names.includes(surface))?.canonical ?? surface;

	// Surnames alone: resolve to the person named in full in this article, nearest before it first.
	const bySurname = new Map<string, { sentenceIndex: number; start: number; person: string; id: string | null }[]>();
	const note = (key: string, entry: { sentenceIndex: number; start: number; person: string; id: string | null }) =>
		bySurname.set(key, [...(bySurname.get(key) ?? []), entry]);
	for (const mention of found) {
		if (mention.type !== 'person') continue;
		if (mention.id !== null) {
			const entry = index.entries.get(mention.id)!;
			for (const key of surnamesOf([entry.name, ...entry.aliases, mention.surface]))
				note(key, { ...mention, person: entry.name, id: entry.id });
		} else if (/\s/.test(mention.surface)) {
			note(surnameKey(nameParts(mention.surface).surname), {
				...mention,
				person: canonicalOf(mention.surface),
				id: null,
			});
		}
	}
	for (const { sentenceIndex, run, text, tags } of singles) {
		const token = run.tokens[0]!;
		const candidates = bySurname.get(surnameKey(token.text));
		if (candidates?.length) {
			const before = candidates.filter(
				(c) => c.sentenceIndex < sentenceIndex || (c.sentenceIndex === sentenceIndex && c.start < token.start),
			);
			const chosen = before.length ? before[before.length - 1]! : candidates[0]!;
			found.push({
				sentenceIndex,
				start: token.start,
				surface: token.text,
				type: 'person',
				id: chosen.id,
				person: chosen.person,
			});
			continue;
		}
		// A title before an unknown lone surname ("President Kovalenko") is too little to go on.
		if (run.titled) continue;
		const { type, rule } = classifyRun(text, run, tags, index);
		onTyped({ sentence: sentences[sentenceIndex]!.id, surface: token.text, type, rule });
		if (type === 'place' || type === 'organization')
			found.push({ sentenceIndex, start: token.start, surface: token.text, type, id: null, ...(rule ? { rule } : {}) });
		else untyped.push({ sentenceIndex, start: token.start, surface: token.text });
	}
	// "from the directions of Oryol, Bryansk and Millerovo": a name listed with a place is a place too.
	const nameLike = untyped.filter((name) => {
		const words = name.surface.split(/\s+/);
		// An ordinary word ("Meanwhile", "Additionally") or an adjective of origin is not a name, whatever stands by it.
		return (
			!isJunkRun(words, index.demonyms) &&
			!words.some(
				(word) =>
					SENTENCE_OPENERS.has(word) ||
					/Demonym|Adjective/.test(lexiconTags(word)) ||
					(lexiconTags(word) !== '' && !/Name|Person|Place|Country|City|Region|Organization/.test(lexiconTags(word))),
			)
		);
	});
	for (const place of listedWithPlace(nameLike, found, sentences))
		found.push({ ...place, type: 'place', id: null, rule: 'entities:listed-with-place' });

	found.sort((a, b) => a.sentenceIndex - b.sentenceIndex || a.start - b.start);
	const mentions = found.map((mention): EntityMention => {
		const sentence = sentences[mention.sentenceIndex]!;
		if (mention.id !== null) {
			const entry = index.entries.get(mention.id)!;
			return {
				key: entry.id,
				name: entry.name,
				type: entry.type,
				surface: mention.surface,
				sentence: sentence.id,
				start: mention.start,
				source: 'gazetteer',
				...(mention.sentenceIndex >= textSentences.length ? { context: sentence.text } : {}),
			};
		}
		const name =
			mention.type === 'person'
				? (mention.person ?? canonicalOf(mention.surface))
				: titleCaseDateline(mention.surface.replace(/^The\s+/u, ''), mention.type);
		return {
			key: `nlp:${slugify(name)}`,
			name,
			type: mention.type,
			surface: mention.surface,
			sentence: sentence.id,
			start: mention.start,
			source: 'nlp',
			...(mention.rule ? { rule: mention.rule } : {}),
			...(mention.country ? { country: mention.country } : {}),
			...(mention.sentenceIndex >= textSentences.length ? { context: sentence.text } : {}),
		};
	});
	// The headline adds only names the article does not give elsewhere ("Stubb and Zelensky hold talks").
	const given = new Set(mentions.filter((mention) => mention.context !== headline).map((mention) => mention.key));
	return headline === null
		? mentions
		: mentions.filter((mention) => mention.context !== headline || !given.has(mention.key));
}

/** A line outside the sentences read for names: a speaker label or the headline, as a sentence of its own. */
interface OutsideLine {
	sentence: AnnotatedSentence;
	label: boolean;
}

/** The speaker labels of a transcript, then the headline, as sentences under the ids of the sentences they open. */
function outsideLines(sentences: readonly AnnotatedSentence[], headline: string | null): OutsideLine[] {
	const first = sentences[0];
	const lines: { text: string; at: AnnotatedSentence; label: boolean }[] = sentences
		.filter((sentence) => sentence.opensTurn && sentence.speaker)
		.map((sentence) => ({ text: sentence.speaker!, at: sentence, label: true }));
	if (headline && first) lines.push({ text: headline, at: first, label: false });
	const annotated = annotateSentences(
		lines.map(({ text, at }) => ({ id: at.id, text, block: at.block, line: at.line, kind: 'body' as const })),
		{ language, references: [] },
	);
	return annotated.map((sentence, i) => ({ sentence, label: lines[i]!.label }));
}

/** True when name `a` says more than `b`: more words, then more letters. */
export function fuller(a: string, b: string): boolean {
	const wordsA = a.split(/\s+/).length;
	const wordsB = b.split(/\s+/).length;
	return wordsA !== wordsB ? wordsA > wordsB : a.length > b.length;
}
