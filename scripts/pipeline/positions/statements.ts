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
	rule: 'subject' | 'inverted' | 'according-to' | 'pronoun' | 'quote' | 'reported' | 'plan';
	/**
	 * Where the words stated stand: `after` the verb ("X said that…"), `before` it ("Ukraine will never accept it,
	 * Sybiha said", a quotation), or `anywhere` in the sentence ("according to X").
	 */
	content: 'after' | 'before' | 'anywhere';
	/**
	 * Where the words a relative clause speaks of begin ("a peace deal — one that Kyiv rejects"): the stated words then
	 * run from this antecedent, not from the verb.
	 */
	antecedent?: number;
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
	/** The plan the paragraph's previous sentence put forward, and who put it forward ("The US presented a deal."). */
	previousPlan: PlanAuthor | null;
	parties: PartyResolver;
}

/** Who put a plan forward: what the plan then provides speaks for them. */
export interface PlanAuthor {
	party: string;
	speaker: string | null;
	speakerName: string;
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
	/** A verb form followed by a modal or an auxiliary is a noun ("White House demands will be tested"). */
	nounAfter: RegExp;
	/** The verbs that put a plan forward ("presented", "put forward"). */
	presenting: RegExp;
	/** A plan as the subject of a provision verb ("Washington's plan calls for", "The proposal includes"). */
	planSubject: RegExp;
	/** A plan's parts named through the plan ("Among its provisions was", "The plan's points include"). */
	planParts: RegExp;
	/** A plan noun (to tell that a presenting verb put a plan forward). */
	planNoun: RegExp;
	/** Group nouns that name others than their possessor, read only after a demonym ("European allies"). */
	relational: string;
}

// Before a plan noun: a determiner (captured), then up to three words that are no determiner (captured).
const PLAN_DETERMINER = `(?:(the|its|their|this)\\s+)?`;
const PLAN_MODIFIERS = `((?:(?!(?:the|a|an|its|their|this|that)\\s)[\\p{L}\\d’'.-]+\\s+){0,3}?)`;
const PLAN_ADVERB = `(?:(?:also|now|still|originally|initially)\\s+)?`;

/** Builds the patterns: every speech verb and position verb, finite forms only. */
export function statementPatterns(language: Language): StatementPatterns {
	const speech = language.speechVerbs.flatMap((verb) => verb.forms).filter((form) => !/ing$/.test(form));
	const forms = [...new Set([...speech, ...language.stances.verbs])].sort((a, b) => b.length - a.length);
	// "he’s threatening", "they’re floating": the progressive forms ("is threatening") with the auxiliary contracted.
	const contracted = forms
		.filter((form) => /^(?:is|are) \S+ing$/.test(form))
		.map((form) => `[’'](?:s|re)\\s+${alternation([form.replace(/^(?:is|are) /, '')])}`);
	const { stances } = language;
	const plan = alternation(stances.planNouns);
	return {
		verbs: new RegExp(
			`(?<![\\p{L}'’])(?:${alternation(forms)})(?![\\p{L}])${contracted.length > 0 ? `|(?<=\\p{L})(?:${contracted.join('|')})(?![\\p{L}])` : ''}`,
			'giu',
		),
		modalBefore: new RegExp(`\\b(?:${alternation(stances.modals)})\\s+(?:\\w+ly\\s+)?(?:not\\s+)?$`, 'i'),
		nounAfter: new RegExp(`^\\s+(?:${alternation([...stances.modals, 'are', 'were', 'have', 'had'])})\\b`, 'i'),
		presenting: new RegExp(`^(?:${alternation(stances.presenting)})$`, 'i'),
		// The plan is the subject of the sentence or of a clause after a semicolon, colon or dash, not an object ("Kyiv
		// fears the plan includes…" is Kyiv's reading of it).
		planSubject: new RegExp(
			`(?:^|[;:—–]\\s*)${PLAN_DETERMINER}${PLAN_MODIFIERS}(?:${plan})\\s+${PLAN_ADVERB}(${alternation(stances.provisionVerbs)})(?![\\p{L}])`,
			'dgiu',
		),
		planParts: new RegExp(
			`^(?:among\\s+)?(?:its|their|the (?:${plan})[’']s)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${alternation(stances.provisionNouns)})\\b`,
			'iu',
		),
		planNoun: new RegExp(`\\b(?:${plan})s?\\b`, 'i'),
		relational: alternation(stances.relationalNouns),
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

/**
 * A group right before the verb: a demonym or a country and a group noun ("European leaders", "US officials"), or a
 * demonym and a noun that names others than a possessor would ("European allies", but not "Ukraine's allies").
 */
function groupBefore(
	context: StatementContext,
	subject: string,
	subjectStart: number,
	relational: string,
): { speaker: Speaker; at: number } | null {
	const group = new RegExp(
		`([\\p{Lu}][\\p{L}.]*(?:[’']s)?)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:${GROUP_NOUNS})\\s*$`,
		'u',
	).exec(subject);
	if (!group) {
		const others = new RegExp(`([\\p{Lu}][\\p{L}.]*)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:${relational})\\s*$`, 'u').exec(
			subject,
		);
		const party = others && context.parties.ofDemonym(others[1]!);
		return others && party
			? {
					speaker: { speaker: null, speakerName: others[0].trim(), party, rule: 'subject' },
					at: subjectStart + others.index,
				}
			: null;
	}
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
	relational: string,
): { speaker: Speaker; at: number } | null {
	const { text, mentions, parties } = context;
	// The subject's words without the bridge words and asides before the verb ("Putin, for his part, has declared").
	const bare = text.slice(clauseStart, verbStart).replace(BRIDGE_TAIL, ' ');
	const subject = bare.replace(TRAILING_ASIDE, ' ').replace(BRIDGE_TAIL, ' ');
	const group = groupBefore(context, subject, clauseStart, relational);
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
	if (!pronoun) return null;
	// "As for Trump, he's threatening…": a person the sentence names before the pronoun comes before the paragraph's.
	const at = clauseStart + pronoun.index;
	const named = mentions.filter((mention) => mention.type === 'person' && mention.end <= at).at(-1);
	const person = named ? { entity: named.entity, name: named.name } : context.previousPerson;
	const party = person && parties.ofEntity(person.entity);
	return person && party
		? { speaker: { speaker: person.entity, speakerName: person.name, party, rule: 'pronoun' }, at }
		: null;
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

/**
 * A tracked party whose words a tracked speaker reports ("Kyslytsia said the US agreed not to…"): the party right after
 * the reporting verb, when it is another party than the reporter's; the reporter is named with it.
 */
function reportedStatement(
	context: StatementContext,
	patterns: StatementPatterns,
	reporter: Statement | null,
	from: number,
	verb: { start: number; end: number },
): Statement | null {
	if (reporter?.content !== 'after') return null;
	const { text } = context;
	if (patterns.modalBefore.test(text.slice(0, verb.start)) || CONDITION_BEFORE.test(text.slice(from, verb.start)))
		return null;
	const subject = subjectBefore(context, verb.start, from, patterns.relational);
	if (!subject || subject.speaker.party === reporter.party) return null;
	// Only the subject of the reported clause itself ("said the US agreed"), not a party further inside it.
	if (!/^\s*(?:that\s+)?(?:the\s+)?$/i.test(text.slice(from, subject.at))) return null;
	return {
		verb,
		speaker: null,
		speakerName: `${subject.speaker.speakerName}, according to ${reporter.speakerName}`,
		party: subject.speaker.party,
		rule: 'reported',
		content: 'after',
	};
}

/**
 * The first of two subjects joined by "and" ("European diplomats and Ukrainian leaders describe…"), when it stands at
 * the start of its clause, so that "Zelensky met Putin and Trump said" gives Putin nothing.
 */
function firstConjunct(
	context: StatementContext,
	second: number,
	clauseStart: number,
	relational: string,
): { speaker: Speaker; at: number } | null {
	const and = /\s+and\s+(?:[\p{Lu}][\p{L}.’'-]*\s+){0,3}$/u.exec(context.text.slice(clauseStart, second));
	if (!and) return null;
	const first = subjectBefore(context, clauseStart + and.index, clauseStart, relational);
	if (!first) return null;
	const lead = context.text.slice(clauseStart, first.at);
	return /^\s*(?:(?:one\s+)?(?:that|which)\s+)?(?:(?:the|[\p{Lu}][\p{L}.’'-]*)\s+)*$/u.test(lead) ? first : null;
}

/**
 * Where the thing a relative clause speaks of begins: "a peace deal — one that Kyiv calls flawed" and "the draft,
 * which Moscow rejected" state something about "a peace deal" and "the draft" (up to six words back).
 */
function antecedentOf(text: string, clauseStart: number, subjectAt: number): number | null {
	const lead = text.slice(clauseStart, subjectAt);
	let end: number | null = null;
	if (/^\s*one\s+(?:that|which)\s+$/i.test(lead)) end = clauseStart - 1;
	else {
		const which = /,\s*which\s+$/i.exec(text.slice(0, subjectAt));
		if (which && which.index >= clauseStart) end = which.index;
	}
	if (end === null || end <= 0) return null;
	const words = /(?:[\p{L}\d’'-]+\s+){0,5}[\p{L}\d’'-]+\s*$/u.exec(text.slice(0, end));
	return words ? words.index : null;
}

/**
 * What a plan provides, as its author's statement: a plan named with its author ("Washington's plan calls for…", "the
 * US-drafted plan includes…"), or a plan the paragraph's previous sentence put forward ("The US presented a deal. The
 * proposal includes…", "Among its provisions was…"). A plan of two parties ("the US-Russian plan") speaks for neither.
 */
function planStatements(context: StatementContext, patterns: StatementPatterns): Statement[] {
	const { text, parties } = context;
	const found: Statement[] = [];
	for (const match of text.matchAll(patterns.planSubject)) {
		const [modStart, modEnd] = match.indices![2]!;
		const verbMatch = match.indices![3]!;
		const named = new Set<string>();
		for (const mention of context.mentions)
			if (mention.start < modEnd && mention.end > modStart) {
				const party = parties.ofEntity(mention.entity);
				if (party) named.add(party);
			}
		for (const word of text.slice(modStart, modEnd).split(/[\s-]+/)) {
			const party = parties.ofDemonym(word.replace(/[’']s$/, ''));
			if (party) named.add(party);
		}
		const verb = { start: verbMatch[0], end: verbMatch[1] };
		// Without an article the words before the plan name its author ("Washington's plan"), never a clause of their own.
		if (!match[1] && /(?:^|\s)\p{Ll}/u.test(text.slice(modStart, modEnd))) continue;
		if (named.size === 1) {
			const [party] = named;
			const name = text.slice(match.indices![1]?.[0] ?? modStart, verb.start).trim();
			found.push({ verb, speaker: null, speakerName: name, party: party!, rule: 'plan', content: 'after' });
		} else if (
			named.size === 0 &&
			match[1] &&
			context.previousPlan &&
			// An unknown author ("Turkey's plan") is not the previous sentence's.
			!/\p{Lu}/u.test(text.slice(modStart, modEnd))
		)
			found.push({ verb, ...fromPreviousPlan(context.previousPlan), content: 'after' });
	}
	const parts = patterns.planParts.exec(text);
	if (parts && context.previousPlan)
		found.push({
			verb: { start: parts.index, end: parts.index + parts[0].length },
			...fromPreviousPlan(context.previousPlan),
			content: 'after',
		});
	return found;
}

const fromPreviousPlan = (author: PlanAuthor): Pick<Statement, 'speaker' | 'speakerName' | 'party' | 'rule'> => ({
	speaker: null,
	speakerName: `${author.speakerName}, in the plan`,
	party: author.party,
	rule: 'plan',
});

/**
 * The plan a sentence's statements put forward ("The US presented a deal…"), or carry on ("The proposal includes…"),
 * for the paragraph's next sentence to refer back to; null when there is none.
 */
export function planPutForward(
	statements: readonly Statement[],
	text: string,
	patterns: StatementPatterns,
): PlanAuthor | null {
	for (const statement of statements) {
		const carried = statement.rule === 'plan';
		const presents =
			statement.content === 'after' &&
			patterns.presenting.test(text.slice(statement.verb.start, statement.verb.end)) &&
			patterns.planNoun.test(text.slice(statement.verb.end, statement.verb.end + 40));
		if (carried || presents) {
			const speakerName = carried ? statement.speakerName.replace(/, in the plan$/, '') : statement.speakerName;
			return { party: statement.party, speaker: statement.speaker, speakerName };
		}
	}
	return null;
}

/** Every statement of the sentence that a tracked party makes, in the order of their verbs. */
export function findStatements(context: StatementContext, patterns: StatementPatterns): Statement[] {
	const { text } = context;
	const quoted = quotedSpans(text);
	const inQuote = (at: number) => quoted.some((span) => at > span.start && at < span.end);
	// "United States", "White House": a verb form inside a name is part of the name.
	const inName = (start: number, end: number) =>
		context.mentions.some((mention) => start < mention.end && end > mention.start);
	const statements: Statement[] = [];
	// The end of the latest verb, whoever its subject: a verb after it in the same clause is part of what is reported
	// ("…said the US agreed not to cap…"), not a statement of its own; `reporter` is that verb's statement, if any.
	let reportedFrom: number | null = null;
	let reporter: Statement | null = null;
	const push = (statement: Statement) => {
		statements.push(statement);
		reporter ??= statement;
	};
	for (const match of text.matchAll(patterns.verbs)) {
		const start = match.index;
		const end = start + match[0].length;
		if (inQuote(start) || inName(start, end)) continue;
		// "White House demands will be tested": a verb form before a modal or an auxiliary is a noun.
		if (patterns.nounAfter.test(text.slice(end))) continue;
		const before = text.slice(0, start);
		if (reportedFrom !== null && !CLAUSE_BREAK.test(text.slice(reportedFrom, start))) {
			const reported = reportedStatement(context, patterns, reporter, reportedFrom, { start, end });
			if (reported) statements.push(reported);
			continue;
		}
		reportedFrom = end;
		reporter = null;
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
				push({ verb: { start, end }, ...inverted, content: 'before' });
				continue;
			}
		}
		const subject = subjectBefore(context, start, clauseStart, patterns.relational);
		if (subject) {
			// "Ukraine will never accept it, Sybiha said": a subject after a comma reports the clause before it.
			const content = CLAUSE_ENDS_AFTER_VERB.test(text.slice(end)) ? 'before' : 'after';
			const first = firstConjunct(context, subject.at, clauseStart, patterns.relational);
			const antecedent = content === 'after' ? antecedentOf(text, clauseStart, first?.at ?? subject.at) : null;
			const extra = antecedent === null ? {} : { antecedent };
			if (first && first.speaker.party !== subject.speaker.party)
				push({ verb: { start, end }, ...first.speaker, content, ...extra });
			push({ verb: { start, end }, ...subject.speaker, content, ...extra });
		} else if (/[”"]/.test(text) && context.quoteSpeaker) {
			const found = quoteSpeaker(context);
			if (found) push({ verb: { start, end }, ...found, content: 'before' });
		}
	}
	for (const match of text.matchAll(/\baccording to\s+/gi)) {
		const after = match.index + match[0].length;
		const next = context.mentions.find((mention) => mention.start >= after && mention.start - after <= 40);
		const found = next && speakerOf(next, context.parties, 'according-to');
		if (found) statements.push({ verb: { start: match.index, end: after }, ...found, content: 'anywhere' });
	}
	statements.push(...planStatements(context, patterns));
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
	if (statement.content === 'after') return { start: statement.antecedent ?? statement.verb.start, end: text.length };
	if (statement.content === 'before') return { start: 0, end: statement.verb.end };
	return { start: 0, end: text.length };
}
