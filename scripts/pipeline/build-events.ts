/**
 * Turns the dated statements of one article into timeline events. Each concrete, resolved date
 * in a body sentence that is not a question becomes one event, titled from the clause around the
 * date (see `events/event-title.ts`) and sourced to the exact sentence. Dates about the past
 * inside an article ("killed in July 2023") are events at their own date; two dates in one
 * sentence give two events. Key-point bullets are left out: they restate the body, which is the
 * record. A date whose clause gives no label (an empty subject, no verb) gives no event, and
 * neither does a rumour, a possibility or the writer's commentary (`events/not-events.ts`).
 * Each event says whether it happened, is scheduled (told in the future) or is a deadline
 * ("Thursday as the deadline for Zelenskyy to sign", labelled as the deadline, not as the
 * declaration). A sentence with no date of its own that refers back to an event ("During the
 * same period, …", "The strikes also cut power …") is dated by it (`events/carry-date.ts`).
 */
import type { EventRecord, EventStatus, TaxonomyEntry } from '../../src/schemas/index.ts';
import { statementStart } from '../../src/shared/event-clause.ts';
import type { AnnotatedSentence } from './annotate/index.ts';
import { topicsForSentence, topicsForSpan } from './assign-topics.ts';
import { datelineLength } from './dateline.ts';
import { isoAt, precisionOfSpan, spanOfIso, weekSpan } from './dates/index.ts';
import {
	type Antecedent,
	type CarriedDate,
	carryDate,
	eventWords,
	fitTitle,
	isEventDate,
	isQuestion,
	notAnEvent,
	serialiseWords,
	titleForDate,
	titleForDeadline,
	titleForSentence,
} from './events/index.ts';
import type { DateMention, EntityMention, ExtractedEvent, Sentence } from './model.ts';

export interface EventContext {
	article: string;
	sentences: AnnotatedSentence[];
	dates: DateMention[];
	mentions: EntityMention[];
	taxonomy: TaxonomyEntry[];
}

/** A description may add the next sentence when it carries on the same story ("The mood was tense…"). */
const CONTINUES = /^(?:The|This|That|These|Those|It|Its|He|She|They|His|Her|Their|Such|Both)\b/u;
const MAX_DESCRIPTION_LENGTH = 420;

const spanOf = (mention: { start: number; text?: string; surface?: string }) => ({
	start: mention.start,
	end: mention.start + (mention.text ?? mention.surface ?? '').length,
});

/** The sentence, and the next one when it continues it in the same paragraph without a date of its own. */
function describe(
	sentences: Sentence[],
	position: number,
	dated: Set<string>,
): { text: string; continuation: Sentence | null } {
	const sentence = sentences[position]!;
	const next = sentences[position + 1];
	const continues =
		next &&
		next.block === sentence.block &&
		next.kind === 'body' &&
		!dated.has(next.id) &&
		!isQuestion(next.text) &&
		CONTINUES.test(next.text) &&
		sentence.text.length + next.text.length < MAX_DESCRIPTION_LENGTH;
	return continues
		? { text: `${sentence.text} ${next.text}`, continuation: next }
		: { text: sentence.text, continuation: null };
}

// What stands between the two ends of a date range ("13 to 14 December", "Nov. 27 – Dec. 3", "from May 1 until May 9").
const RANGE_BETWEEN = /^\s*(?:-|–|—|to|until|till|through|and)\s*$/i;

/** True when `last` closes a date range that `first` opens in the same sentence. */
const rangeEnds = (text: string, first: DateMention, last: DateMention) =>
	last.start > first.start && RANGE_BETWEEN.test(text.slice(first.start + first.text.length, last.start));

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

// A lead-in: a short line that ends in a colon and introduces what follows, not a quotation.
const isLeadIn = (text: string) => /:\s*$/u.test(text) && !/[“"]/u.test(text) && text.split(/\s+/).length <= 10;

/** A deadline ("a deadline of November 27", "accept the deal by Thursday" ahead), a plan (told in the future), or a reported past. */
function statusOf(mention: DateMention): EventStatus {
	if (mention.relation === 'deadline') return 'deadline';
	if ((mention.relation === 'by' || mention.relation === 'until') && mention.tense === 'future') return 'deadline';
	return mention.tense === 'future' ? 'scheduled' : 'happened';
}

/** The bound a reported past gives its date ("By November 21, … had been confirmed": `by`), else null. */
function boundOf(mention: DateMention): EventRecord['bound'] {
	if (statusOf(mention) !== 'happened') return null;
	const relation = mention.relation;
	return relation === 'by' ||
		relation === 'since' ||
		relation === 'before' ||
		relation === 'after' ||
		relation === 'until'
		? relation
		: null;
}

/** The weekday of a month-precise date placed by a weekday ("Saturday"), else null. */
const weekdayOf = (mention: DateMention): EventRecord['weekday'] =>
	mention.precision === 'month' && typeof mention.weekday === 'number' ? WEEKDAYS[mention.weekday]! : null;

/** The day before an ISO day or the first day of a month, for an event told as coming before another. */
function dayBefore(event: ExtractedEvent): string | null {
	const day = event.orderDay ?? (event.precision === 'day' ? event.date : null);
	const span = day && spanOfIso(day);
	return span ? isoAt(span[0] - 1, 'day') : null;
}

/**
 * The date a sentence takes from its antecedent, no finer than the words that carry it support (see
 * `events/carry-date.ts`): the antecedent's day and weekday; the month (or year) its whole week lies in; or its month.
 * The antecedent's day stays an ordering hint, so the event still stands beside it. Null when the week straddles a year.
 */
function carriedDate(
	from: ExtractedEvent,
	carried: CarriedDate,
): Pick<ExtractedEvent, 'date' | 'precision' | 'weekday' | 'orderDay' | 'bound'> | null {
	const day = from.precision === 'day' ? from.date : null;
	if (carried.order === 'before')
		return day
			? { date: day.slice(0, 7), precision: 'month', weekday: null, orderDay: dayBefore(from), bound: null }
			: { date: from.date, precision: from.precision, weekday: null, orderDay: dayBefore(from), bound: null };
	// What happened beside an event known only by a bound ("by March") is known by the same bound.
	const bound = from.bound ?? null;
	if (carried.keeps === 'day' || from.precision === 'year')
		return { date: from.date, precision: from.precision, weekday: from.weekday, orderDay: from.orderDay, bound };
	const orderDay = day ?? from.orderDay;
	if (carried.keeps === 'week' && day) {
		const [monday, sunday] = weekSpan(spanOfIso(day)![0]);
		const precision = precisionOfSpan(monday, sunday);
		return precision ? { date: isoAt(monday, precision), precision, weekday: null, orderDay, bound } : null;
	}
	return { date: from.date.slice(0, 7), precision: 'month', weekday: null, orderDay, bound };
}

/** Mention keys in order of appearance, once each. */
const uniqueKeys = (mentions: EntityMention[]) => [...new Set(mentions.map((mention) => mention.key))];

/** Turns the dated statements of one article into timeline events. */
export function buildEvents(context: EventContext): ExtractedEvent[] {
	const { article, sentences, dates, mentions, taxonomy } = context;
	const usable = dates.filter(isEventDate);
	const dated = new Set(usable.map((mention) => mention.sentence));
	const events: ExtractedEvent[] = [];
	// The events so far with where their sentences stand, for sentences that refer back to them.
	const antecedents: Antecedent[] = [];
	// The dated lead-in just read ("Where things stand on Tuesday:"), for the sentence right after it.
	let leadIn: { mention: DateMention; position: number } | null = null;
	const push = (event: ExtractedEvent, position: number) => {
		events.push(event);
		antecedents.push({ position, quote: event.source.quote, status: event.status });
	};
	sentences.forEach((sentence, position) => {
		if (sentence.kind !== 'body' || isQuestion(sentence.text)) return;
		// A wire dateline's date ("GENEVA, 8 January 2026 - ") says when the story was filed, not when anything happened.
		const dateline = datelineLength(sentence.text);
		const own = usable
			.filter((mention) => mention.sentence === sentence.id && mention.start >= dateline)
			.sort((a, b) => a.start - b.start)
			// The same day named twice in one sentence is one event.
			.filter((mention, index, list) => list.findIndex((other) => other.date === mention.date) === index)
			// "from December 13 to December 14": a range is one event, dated by its first day.
			.filter((mention, index, list) => index === 0 || !rangeEnds(sentence.text, list[index - 1]!, mention));
		// Only a dated sentence, or one an earlier event dates, is worth reading further.
		// "Where things stand on Tuesday, 16 December:": a short lead-in dates the sentence after it and is no event itself.
		if (own.length > 0 && isLeadIn(sentence.text)) {
			leadIn = { mention: own[0]!, position };
			return;
		}
		const lead = own.length === 0 && leadIn?.position === position - 1 ? leadIn.mention : null;
		leadIn = null;
		if (lead) {
			const title = titleForSentence({ text: sentence.text, otherDates: [], people: [], terms: sentence.terms })?.title;
			if (!title) return;
			const { text: description } = describe(sentences, position, dated);
			push(
				{
					date: lead.date!,
					precision: lead.precision!,
					title,
					description,
					source: { article, quote: sentence.text, sentence: sentence.id },
					topics: topicsForSentence(sentence, mentions, taxonomy),
					entities: uniqueKeys(mentions.filter((mention) => mention.sentence === sentence.id)),
					inferred: lead.inferred,
					dateText: lead.text,
					status: statusOf(lead),
					weekday: weekdayOf(lead),
					orderDay: lead.orderDay ?? null,
					bound: boundOf(lead),
					words: serialiseWords(eventWords(sentence.text, '', sentence.terms)),
				},
				position,
			);
			return;
		}
		const carried = own.length === 0 ? carryDate(sentence.text, position, antecedents, sentence) : null;
		if (own.length === 0 && (!carried || notAnEvent(sentence.text, 0))) return;
		const { terms } = sentence;
		const allDates = dates.filter((mention) => mention.sentence === sentence.id).map(spanOf);
		const sentenceMentions = mentions.filter((mention) => mention.sentence === sentence.id);
		const people = sentenceMentions.filter((mention) => mention.type === 'person').map(spanOf);
		// Who can set a deadline: a person or a body ("The White House set a deadline of …").
		const actors = sentenceMentions.filter((mention) => mention.type !== 'place').map(spanOf);
		const { text: description, continuation } = describe(sentences, position, dated);
		let topics = topicsForSentence(sentence, mentions, taxonomy);
		if (topics.length === 0 && continuation) topics = topicsForSentence(continuation, mentions, taxonomy);
		const source = { article, quote: sentence.text, sentence: sentence.id };
		const words = (dateText: string) => serialiseWords(eventWords(sentence.text, dateText, terms));
		if (carried) {
			const from = events[carried.from]!;
			const title = carried.earlier
				? fitTitle(carried.earlier.title)
				: (carried.opener
						? titleForDate({ text: sentence.text, date: carried.opener, otherDates: allDates, people, terms })
						: titleForSentence({ text: sentence.text, otherDates: allDates, people, terms })
					)?.title;
			const when = carriedDate(from, carried);
			if (!title || !when) return;
			const window = carried.earlier?.span ?? { start: 0, end: sentence.text.length };
			push(
				{
					...when,
					title,
					description,
					source,
					topics,
					entities: uniqueKeys(
						sentenceMentions.filter((entity) => entity.start >= window.start && entity.start < window.end),
					),
					inferred: true,
					dateText: carried.words,
					status: 'happened',
					carried: carried.rule,
					words: words(carried.words),
				},
				position,
			);
			return;
		}
		const titled = own.flatMap((mention) => {
			if (notAnEvent(sentence.text, mention.start)) return [];
			// The label leaves out the whole range, its last day too.
			const end = usable.find((other) => other.sentence === sentence.id && rangeEnds(sentence.text, mention, other));
			const span = end ? { start: mention.start, end: end.start + end.text.length } : spanOf(mention);
			const status = statusOf(mention);
			const deadline = status === 'deadline' ? titleForDeadline(sentence.text, span, actors) : null;
			const title =
				deadline ??
				titleForDate({
					text: sentence.text,
					date: span,
					otherDates: allDates.filter((other) => other.start !== span.start),
					people,
					terms,
				})?.title;
			return title ? [{ mention, span, title, status }] : [];
		});
		titled.forEach(({ mention, span, title, status }, index) => {
			// With several events in a sentence, each keeps the names between the previous event's date and its own; a date
			// that opens the sentence ("On Tuesday, Trump named Friday as …") keeps the names up to the next date.
			const next = titled[index + 1];
			const opens = index === 0 && sentence.text.slice(0, span.start).split(/\s+/).filter(Boolean).length <= 2;
			const from = index === 0 ? 0 : titled[index - 1]!.span.end;
			const to = !next ? sentence.text.length : opens ? next.span.start : span.end;
			const inWindow = sentenceMentions.filter((entity) => entity.start >= from && entity.start < to);
			// The event's topics come from its own words: with several events in the sentence, its window ("Tsokov,
			// killed in July 2023" is not about the drone strike told of the next general); for a statement, from its
			// speaker on (the summit it was said after is the setting, not the subject).
			const speaker = statementStart(sentence.text, title);
			const start = Math.max(titled.length > 1 ? from : 0, speaker ?? 0);
			const end = titled.length > 1 ? to : sentence.text.length;
			const ownTopics =
				start === 0 && end === sentence.text.length
					? topics
					: topicsForSpan(sentence, { start, end }, mentions, taxonomy);
			push(
				{
					date: mention.date!,
					precision: mention.precision!,
					title,
					description,
					source,
					topics: ownTopics,
					entities: uniqueKeys(inWindow),
					inferred: mention.inferred,
					dateText: mention.text,
					status,
					weekday: weekdayOf(mention),
					orderDay: mention.orderDay ?? null,
					bound: boundOf(mention),
					// Computed here from the tags the title needed anyway, so merging need not tag again.
					words: words(mention.text),
				},
				position,
			);
		});
	});
	return events;
}
