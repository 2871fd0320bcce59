/**
 * What the pipeline knows about the language an article is written in: its calendar words, abbreviations, number
 * words, hedges, speech verbs, titles and irregular verbs. One module per language implements it (`en/`); the
 * stages build their patterns from it and never keep a word list of their own.
 */

/** A verb that reports what someone said or stated, with the forms the text writes it in. */
export interface SpeechVerb {
	/** Dictionary form ("say"); a phrase for multi-word verbs ("point out"). */
	lemma: string;
	/** Every form the stages match, as written ("said", "says", "saying"). */
	forms: readonly string[];
	/** What the verb may do: `quote` introduces a quotation ("…,” she warned"); `claim` states a figure ("the
	 * ministry reported 40 drones"); `title` makes a bare "X said" event take the reported clause as its label. */
	roles: readonly ('quote' | 'claim' | 'title')[];
}

/** A hedge that says how exact a number is ("at least", "about", "or more"). */
export interface Hedge {
	qualifier: 'at_least' | 'over' | 'about' | 'up_to';
	/** Phrases written right before the number, words separated by single spaces. */
	before: readonly string[];
	/** Phrases written right after it, as regular-expression sources ("or more", "-plus"). */
	after: readonly string[];
}

/** A military rank with the short form an event label uses ("Lieutenant General" → "Lt Gen"). */
export interface Rank {
	words: readonly string[];
	short: string;
}

/** The words of one language the pipeline reads articles with. */
export interface Language {
	/** BCP 47 code: `en`. */
	code: string;
	calendar: {
		/** Month names, January first, capitalised as in running text. */
		months: readonly string[];
		/** Usual abbreviations of month names ("Sept", "Nov"), without a full stop. */
		monthAbbreviations: readonly string[];
		/** Weekday names, Sunday first (as `Date.getUTCDay`). */
		weekdays: readonly string[];
		/** Usual abbreviations of weekday names ("Tues", "Fri"). */
		weekdayAbbreviations: readonly string[];
	};
	/** Words that end with a full stop without ending the sentence, lower case ("mr", "gen", "u.s"); calendar
	 * abbreviations are added from `calendar`. */
	abbreviations: readonly string[];
	/** Abbreviated titles whose full stop belongs to the word ("Gen.", "Mr."), as written. */
	dottedTitles: readonly string[];
	numbers: {
		/** Number words below a hundred and their values ("twenty" → 20). */
		units: Readonly<Record<string, number>>;
		/** Scale words and suffixes and their factors ("million" → 1e6, "bn" → 1e9). */
		scales: Readonly<Record<string, number>>;
		/** The word for twelve of something ("dozen"). */
		dozen: string;
	};
	hedges: readonly Hedge[];
	speechVerbs: readonly SpeechVerb[];
	titles: {
		/** Words that make a title or rank before a name ("President", "Lt"), capitalised. */
		words: readonly string[];
		/** Words that sit between title words ("Secretary of State", "Defence Minister"). */
		qualifiers: readonly string[];
		/** Office nouns news style writes in lower case before a name ("regional governor Oleh Kiper"). */
		lowerCase: readonly string[];
		/** Words that make a capitalised run before a name an office, lower case ("minister", "envoy"). */
		offices: readonly string[];
		/** Military ranks, longest first, with their short forms. */
		ranks: readonly Rank[];
	};
	/** How a statement takes a side on a proposal (`en/stances.ts`). */
	stances: {
		/** Verbs, as written, that state a position without reporting speech ("rejected", "put forward"). */
		verbs: readonly string[];
		/** Explicit cues of each stance, as written ("will not accept", "is ready to", "only if"). */
		cues: Readonly<Record<'supports' | 'opposes' | 'conditional', readonly string[]>>;
		/** Words that negate the cue after them ("not", "no"). */
		negators: readonly string[];
		/** Modals that make the verb after them a possibility rather than a statement ("might", "could"). */
		modals: readonly string[];
		/** Position verbs that put a plan forward ("presented", "put forward"): the plan then speaks for its author. */
		presenting: readonly string[];
		/** Nouns that name a plan ("proposal", "draft"). */
		planNouns: readonly string[];
		/** Verbs by which a plan states what it provides ("includes", "calls for", "would"). */
		provisionVerbs: readonly string[];
		/** Nouns for a plan's parts ("provisions", "points"). */
		provisionNouns: readonly string[];
		/** Group nouns that name others than their possessor ("Ukraine's allies"). */
		relationalNouns: readonly string[];
	};
	/** Verb forms whose particle reads like a hedge before a number ("handed over four", "took over 12"), so that the
	 * particle is left to the verb. */
	particleVerbs: readonly string[];
	/** Endings of a capitalised plural that names people by their nationality ("Palestinians", "Israelis",
	 * "Sudanese"), for peoples the gazetteer has no demonym of. */
	nationalEndings: readonly string[];
	/** Past-tense forms that do not end in "-ed" ("said", "met"). */
	irregularPast: readonly string[];
	/** Past participles that do not end in "-ed", after "has"/"have" ("been", "met", "told"). */
	irregularParticiples: readonly string[];
}
