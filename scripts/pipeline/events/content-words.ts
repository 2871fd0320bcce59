/** The words of an event's sentence that say what happened, as lemmas, for telling events apart. */
import { type Term, tagTerms } from '../annotate/terms.ts';

/** What an event's sentence is about: content lemmas and the numbers it states. */
export interface EventWords {
	lemmas: Set<string>;
	numbers: Set<string>;
}

// Tags of words that carry no content of their own.
const FUNCTION_TAGS = [
	'Determiner',
	'Preposition',
	'Conjunction',
	'Pronoun',
	'Copula',
	'Auxiliary',
	'Modal',
	'Date',
	'Value',
	'QuestionWord',
];
// Words that appear in reports of any event and so say nothing about which one.
const GENERIC = new Set([
	'say',
	'tell',
	'report',
	'announce',
	'add',
	'note',
	'state',
	'claim',
	'according',
	'accord',
	'also',
	'not',
	'new',
	'more',
	'most',
	'other',
	'such',
	'only',
	'even',
	'just',
	'still',
	'now',
	'then',
	'very',
	'well',
	'official',
	'source',
	'news',
	'week',
	'month',
	'year',
	'day',
	'time',
	'late',
	'early',
	'last',
	'next',
	'recent',
	'recently',
	'have',
	'be',
	'do',
	'get',
	'make',
	'take',
	'go',
	'come',
	'while',
	'as',
	'both',
	'all',
	'some',
	'any',
	'each',
	'much',
	'many',
	'way',
]);
const YEAR = /^(?:19|20)\d\d$/;
// Words for one kind of action, read as one: a report that "envoys met Putin in Moscow" matches a plan that "Witkoff is
// scheduled to visit Moscow".
const ACTION_KINDS = new Map<string, string>(
	Object.entries({
		meet: 'visit meet meeting talk talks summit negotiation negotiate',
		strike: 'strike attack assault barrage bombardment raid shell shelling',
		release: 'release free exchange swap',
	}).flatMap(([kind, words]) => words.split(' ').map((word) => [word, kind])),
);
/** The lemmas that stand for a kind of action ("meet" for a visit, a meeting or talks). */
export const ACTION_KIND_LEMMAS: ReadonlySet<string> = new Set(ACTION_KINDS.values());

/** Content lemmas and numbers of `text`, leaving out the date words (`dateText`) themselves; `terms` when already tagged. */
export function eventWords(text: string, dateText: string, terms: readonly Term[] = tagTerms(text)): EventWords {
	const at = dateText ? text.indexOf(dateText) : -1;
	const lemmas = new Set<string>();
	const numbers = new Set<string>();
	for (const term of terms) {
		if (at >= 0 && term.start < at + dateText.length && at < term.end) continue;
		const digits = term.text.replace(/[,$€£%]/g, '');
		if (/^\d+(?:\.\d+)?$/.test(digits)) {
			if (!YEAR.test(digits)) numbers.add(digits);
			continue;
		}
		if (FUNCTION_TAGS.some((tag) => term.tags.has(tag))) continue;
		const lemma = term.lemma.replace(/['’]s$/u, '').replace(/[^\p{L}\p{N}-]/gu, '');
		if (lemma.length < 2 || GENERIC.has(lemma)) continue;
		lemmas.add(ACTION_KINDS.get(lemma) ?? lemma);
	}
	return { lemmas, numbers };
}

/** EventWords as sorted arrays, for the per-article cache (JSON has no sets). */
export function serialiseWords(words: EventWords): { lemmas: string[]; numbers: string[] } {
	return { lemmas: [...words.lemmas].sort(), numbers: [...words.numbers].sort() };
}
