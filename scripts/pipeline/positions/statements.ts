/**
 * Finds who states something in a sentence: a speech verb ("said", "insisted") or a verb that states a position
 * ("rejected", "put forward") with its subject, a quotation's speaker, or "according to X". Each statement is
 * tied to a tracked party, or it is not a statement the positions tracker follows.
 */
import type { EntityType } from '../../../src/schemas/index.ts';
import { alternation, type Language } from '../lang/index.ts';
import type { PartyResolver } from './parties.ts';

/** An entity named in the sentence, resolved across the corpus. */
export interface SentenceMention {
	entity: string;
	type: EntityType;
	name: string;
	start: number;
	end: number;
}

/** Who speaks in a sentence, where their verb stands and where the words they state stand. */
export interface Statement {
	/** Offsets of the verb that makes the statement (or of "according to", or of the quotation). */
	verb: { start: number; end: number };
	/** Entity id of the speaker, or null for a group ("European leaders", "Zelenskiy's government"). */
	speaker: string | null;
	/** The speaker as the sentence names them. */
	speakerName: string;
	party: string;
	/** How the speaker was found (for tests and diagnostics). */
	rule: 'subject' | 'inverted' | 'according-to' | 'pronoun' | 'quote';
	/**
	 * Where the words stated stand: `after` the verb ("X said that…"), `before` it ("Ukraine will never accept it,
	 * Sybiha said", a quotation), or `anywhere` in the sentence ("according to X").
	 */
	content: 'after' | 'before' | 'anywhere';
}

/** What a sentence's statements are read with. */
export interface StatementContext {
	text: string;
	/** The sentence's entity mentions, in order. */
	mentions: readonly SentenceMention[];
	/** The speaker the quotation extractor found for a quotation in this sentence, if any. */
	quoteSpeaker: { entity: string; name: string } | null;
	/** The person a "he" or "she" of this sentence points back to: the one its paragraph named last. */
	previousPerson: { entity: string; name: string } | null;
	parties: PartyResolver;
}

type Speaker = Pick<Statement, 'speaker' | 'speakerName' | 'party' | 'rule'>;

/** Nouns that make a demonym or a country the name of a speaking group ("Ukrainian officials", "US negotiators"). */
const GROUP_NOUNS = [
	'officials',
	'leaders',
	'diplomats',
	'negotiators',
	'governments?',
	'delegation',
	'side',
	'authorities',
	'ministry',
	'spokes(?:man|woman|person)',
	'envoys?',
	'administration',
	'team',
	'partners',
	'allies',
	'counterparts',
	'presidency',
	'capitals',
	'office',
].join('|');
/** Adverbs and auxiliaries that may stand between a subject and its verb ("Putin has also said"). */
const BRIDGE_WORDS =
	'has|have|had|did|does|do|not|never|also|publicly|privately|then|later|now|again|already|repeatedly|once|firmly|quietly|reportedly|clearly|still';
/** What may stand between a subject and its verb: bridge words, a reflexive, or the comma closing an appositive. */
const BRIDGE = new RegExp(`^,?(?:\\s*(?:${BRIDGE_WORDS}|himself|herself|itself))*\\s*$`, 'i');
/** Bridge words at the end of a subject, removed before the subject is read. */
const BRIDGE_TAIL = new RegExp(`(?:\\s+(?:${BRIDGE_WORDS}))+\\s*$`, 'i');
/** An aside set off by commas at the end of a subject ("Ukraine's negotiators, meanwhile,", ", for his part,"). */
const TRAILING_ASIDE = /,\s*[^,]{1,60},\s*$/;
/** "Zelenskiy's government insists": the body of a person or state speaks for its party. */
const BODY = new RegExp(`^[’']s\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:${GROUP_NOUNS})\\s*$`, 'u');
/** Breaks between clauses that each may carry a statement of their own. */
const CLAUSE_BREAK = /[;:—–]|\s-\s|\b(?:while|whereas|but|although|though|and then)\b/i;
/** A mention after a preposition is not a subject ("in Kyiv, Driscoll said"). */
const PREPOSITION_BEFORE =
	/\b(?:in|at|from|to|on|of|with|by|for|into|over|against|about|between|after|before|toward|towards|near|across|under|than)\s+(?:the\s+)?$/i;
/**
 * A verb that ends its clause, perhaps with when or where it was said ("…, Sybiha said on Wednesday, a day before…",
 * "…,” Witkoff added."), reports the words before it; a verb followed by more words reports those.
 */
const CLAUSE_ENDS_AFTER_VERB =
	/^\s*(?:(?:on|late|early|in|at|to|during|after|this|last|earlier|later|told)\s+(?:[\p{L}\d’'-]+\s+){0,4}?[\p{L}\d’'-]+\s*)?(?:[,.;!?)—–]|$)/u;
/** A verb in a condition states nothing ("…if Kyiv refuses the deal"). */
const CONDITION_BEFORE = /\b(?:if|unless|whether|once|until)\s+(?:[\p{L}’'.-]+\s+){0,4}$/iu;

/** The regular expressions of a language's statement verbs, built once per language. */
export interface StatementPatterns {
	verbs: RegExp;
	modalBefore: RegExp;
}

/** Builds the patterns: every speech verb and position verb, finite forms only. */
export function statementPatterns(language: Language): StatementPatterns {
	const speech = language.speechVerbs.flatMap((verb) => verb.forms).filter((form) => !/ing$/.test(form));
	const forms = [...new Set([...speech, ...language.stances.verbs])].sort((a, b) => b.length - a.length);
	return {
		verbs: new RegExp(`(?<![\\p{L}'’])(?:${alternation(forms)})(?![\\p{L}])`, 'giu'),
		modalBefore: new RegExp(`\\b(?:${alternation(language.stances.modals)})\\s+(?:\\w+ly\\s+)?(?:not\\s+)?$`, 'i'),
	};
}

/** The spans of the sentence inside quotation marks, where a verb belongs to the quoted words, not to the attribution. */
function quotedSpans(text: string): { start: number; end: number }[] {
	const spans: { start: number; end: number }[] = [];
	for (const match of text.matchAll(/“[^”]*”?|"[^"]*"?/g))
		spans.push({ start: match.index, end: match.index + match[0].length });
	return spans;
}

/** The party and name of a mention, or null when it speaks for no tracked party. */
function speakerOf(mention: SentenceMention, parties: PartyResolver, rule: Speaker['rule']): Speaker | null {
	const party = parties.ofEntity(mention.entity);
	return party ? { speaker: mention.entity, speakerName: mention.name, party, rule } : null;
}

/** A group right before the verb: a demonym or a country and a group noun ("European leaders", "US officials"). */
function groupBefore(
	context: StatementContext,
	subject: string,
	subjectStart: number,
): { speaker: Speaker; at: number } | null {
	const group = new RegExp(
		`([\\p{Lu}][\\p{L}.]*(?:[’']s)?)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:${GROUP_NOUNS})\\s*$`,
		'u',
	).exec(subject);
	if (!group) return null;
	const possessive = /[’']s$/.test(group[1]!);
	const named = context.mentions.find((mention) => mention.start === subjectStart + group.index);
	const party = named
		? context.parties.ofEntity(named.entity)
		: context.parties.ofDemonym(group[1]!.replace(/[’']s$/, ''));
	if (!party) return null;
	return {
		speaker: {
			speaker: named && named.type === 'person' && !possessive ? named.entity : null,
			speakerName: group[0].trim(),
			party,
			rule: 'subject',
		},
		at: subjectStart + group.index,
	};
}

/**
 * The subject written just before a verb: a named speaker ("Putin, for his part, has declared"), a possessive body
 * ("Zelenskiy's government insists"), a group ("European leaders stressed") or a pronoun ("he said").
 * Returns where the subject starts too, and null when the subject speaks for no tracked party.
 */
function subjectBefore(
	context: StatementContext,
	verbStart: number,
	clauseStart: number,
): { speaker: Speaker; at: number } | null {
	const { text, mentions, parties } = context;
	// The subject's words without the bridge words and asides before the verb ("Putin, for his part, has declared").
	const bare = text.slice(clauseStart, verbStart).replace(BRIDGE_TAIL, ' ');
	const subject = bare.replace(TRAILING_ASIDE, ' ').replace(BRIDGE_TAIL, ' ');
	const group = groupBefore(context, subject, clauseStart);
	if (group) return group;
	// An appositive: "Steve Witkoff, the US special envoy, said" names its speaker before the aside, "The EU's foreign
	// policy chief, Kaja Kallas, said" inside it. A person is the speaker where there is one; the one before the aside first.
	const aside = TRAILING_ASIDE.exec(bare);
	const nearestBefore = (limit: number) =>
		mentions.filter((mention) => mention.end <= limit && mention.start >= clauseStart).at(-1);
	const candidates = [aside ? nearestBefore(clauseStart + aside.index) : undefined, nearestBefore(verbStart)].filter(
		(mention): mention is SentenceMention => mention !== undefined,
	);
	const ordered = [
		...candidates.filter((mention) => mention.type === 'person'),
		...candidates.filter((mention) => mention.type !== 'person'),
	];
	for (const nearest of ordered) {
		if (PREPOSITION_BEFORE.test(text.slice(clauseStart, nearest.start))) continue;
		const gap = text.slice(nearest.end, verbStart).replace(BRIDGE_TAIL, ' ').replace(TRAILING_ASIDE, ' ');
		if (
			BRIDGE.test(gap) ||
			(aside &&
				nearest.end <= clauseStart + aside.index &&
				BRIDGE.test(text.slice(nearest.end, clauseStart + aside.index)))
		) {
			const found = speakerOf(nearest, parties, 'subject');
			return found && { speaker: found, at: nearest.start };
		}
		if (BODY.test(gap.replace(BRIDGE_TAIL, ''))) {
			const party = parties.ofEntity(nearest.entity);
			const name = text.slice(nearest.start, verbStart).replace(TRAILING_ASIDE, ' ').replace(BRIDGE_TAIL, '').trim();
			return party
				? { speaker: { speaker: null, speakerName: name, party, rule: 'subject' }, at: nearest.start }
				: null;
		}
	}
	const pronoun = /\b(?:he|she)\s*$/i.exec(subject);
	if (pronoun && context.previousPerson) {
		const party = parties.ofEntity(context.previousPerson.entity);
		if (party)
			return {
				speaker: {
					speaker: context.previousPerson.entity,
					speakerName: context.previousPerson.name,
					party,
					rule: 'pronoun',
				},
				at: clauseStart + pronoun.index,
			};
	}
	return null;
}

/** The speaker named right after the verb ("…,” said Zelensky", "said Ukrainian President Volodymyr Zelensky"). */
function subjectAfter(context: StatementContext, verbEnd: number): Speaker | null {
	const next = context.mentions.find((mention) => mention.start >= verbEnd && mention.start - verbEnd <= 60);
	if (!next) return null;
	const between = context.text.slice(verbEnd, next.start);
	if (!/^\s+(?:(?:the\s+)?(?:[\p{Lu}][\p{L}.’'-]*|of|the)\s+)*$/u.test(between)) return null;
	return speakerOf(next, context.parties, 'inverted');
}

function quoteSpeaker(context: StatementContext): Speaker | null {
	const speaker = context.quoteSpeaker!;
	const party = context.parties.ofEntity(speaker.entity);
	return party ? { speaker: speaker.entity, speakerName: speaker.name, party, rule: 'quote' } : null;
}

/** Every statement of the sentence that a tracked party makes, in the order of their verbs. */
export function findStatements(context: StatementContext, patterns: StatementPatterns): Statement[] {
	const { text } = context;
	const quoted = quotedSpans(text);
	const inQuote = (at: number) => quoted.some((span) => at > span.start && at < span.end);
	const statements: Statement[] = [];
	// The end of the latest verb, whoever its subject: a verb after it in the same clause is part of what is reported
	// ("…said the US agreed not to cap…"), not a statement of its own.
	let reportedFrom: number | null = null;
	for (const match of text.matchAll(patterns.verbs)) {
		const start = match.index;
		const end = start + match[0].length;
		if (inQuote(start)) continue;
		const before = text.slice(0, start);
		const nested = reportedFrom !== null && !CLAUSE_BREAK.test(text.slice(reportedFrom, start));
		if (nested) continue;
		reportedFrom = end;
		// "He might tell Trump…", "could argue": a possibility the writer imagines, not a statement made.
		if (patterns.modalBefore.test(before)) continue;
		const clauseStart =
			Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('—'), before.lastIndexOf('”'), -1) +
			1;
		if (CONDITION_BEFORE.test(text.slice(clauseStart, start))) continue;
		// An inverted attribution after a quotation or a reported clause ("…,” said Zelensky) names its speaker after the verb.
		const lead = text.slice(clauseStart, start);
		if (/^[\s,]*$/.test(lead) || /["”]\s*,?\s*$/.test(before)) {
			const inverted = subjectAfter(context, end);
			if (inverted) {
				statements.push({ verb: { start, end }, ...inverted, content: 'before' });
				continue;
			}
		}
		const subject = subjectBefore(context, start, clauseStart);
		if (subject) {
			// "Ukraine will never accept it, Sybiha said": a subject after a comma reports the clause before it.
			const reportsBefore = CLAUSE_ENDS_AFTER_VERB.test(text.slice(end));
			statements.push({ verb: { start, end }, ...subject.speaker, content: reportsBefore ? 'before' : 'after' });
		} else if (/[”"]/.test(text) && context.quoteSpeaker) {
			const found = quoteSpeaker(context);
			if (found) statements.push({ verb: { start, end }, ...found, content: 'before' });
		}
	}
	for (const match of text.matchAll(/\baccording to\s+/gi)) {
		const after = match.index + match[0].length;
		const next = context.mentions.find((mention) => mention.start >= after && mention.start - after <= 40);
		const found = next && speakerOf(next, context.parties, 'according-to');
		if (found) statements.push({ verb: { start: match.index, end: after }, ...found, content: 'anywhere' });
	}
	// A quotation whose speaker the quotation extractor found, when no verb of the sentence names one.
	const first = quoted[0];
	if (statements.length === 0 && context.quoteSpeaker && first) {
		const found = quoteSpeaker(context);
		if (found) statements.push({ verb: { start: first.start, end: first.start }, ...found, content: 'anywhere' });
	}
	return statements.sort((a, b) => a.verb.start - b.verb.start);
}

/** Where the words a statement states stand in its sentence (the whole sentence for "anywhere"). */
export function statedSpan(statement: Statement, text: string): { start: number; end: number } {
	if (statement.content === 'after') return { start: statement.verb.start, end: text.length };
	if (statement.content === 'before') return { start: 0, end: statement.verb.end };
	return { start: 0, end: text.length };
}
