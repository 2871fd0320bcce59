/**
 * Turns the dated statements of one article into timeline events. Each concrete, resolved date
 * in a body sentence that is not a question becomes one event, titled from the clause around the
 * date (see `events/event-title.ts`) and sourced to the exact sentence. Dates about the past
 * inside an article ("killed in July 2023") are events at their own date; two dates in one
 * sentence give two events. Key-point bullets are left out: they restate the body, which is the
 * record. A date whose clause gives no label (an empty subject, no verb) gives no event.
 */
import type { TaxonomyEntry } from '../../src/schemas/index.ts';
import type { AnnotatedSentence } from './annotate/index.ts';
import { topicsForSentence } from './assign-topics.ts';
import { eventWords, isEventDate, isQuestion, serialiseWords, titleForDate } from './events/index.ts';
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

/** Mention keys in order of appearance, once each. */
const uniqueKeys = (mentions: EntityMention[]) => [...new Set(mentions.map((mention) => mention.key))];

/** Turns the dated statements of one article into timeline events. */
export function buildEvents(context: EventContext): ExtractedEvent[] {
	const { article, sentences, dates, mentions, taxonomy } = context;
	const usable = dates.filter(isEventDate);
	const dated = new Set(usable.map((mention) => mention.sentence));
	const events: ExtractedEvent[] = [];
	sentences.forEach((sentence, position) => {
		if (sentence.kind !== 'body' || isQuestion(sentence.text)) return;
		const own = usable
			.filter((mention) => mention.sentence === sentence.id)
			.sort((a, b) => a.start - b.start)
			// The same day named twice in one sentence is one event.
			.filter((mention, index, list) => list.findIndex((other) => other.date === mention.date) === index)
			// "from December 13 to December 14": a range is one event, dated by its first day.
			.filter((mention, index, list) => index === 0 || !rangeEnds(sentence.text, list[index - 1]!, mention));
		if (own.length === 0) return;
		const { terms } = sentence;
		const allDates = dates.filter((mention) => mention.sentence === sentence.id).map(spanOf);
		const sentenceMentions = mentions.filter((mention) => mention.sentence === sentence.id);
		const people = sentenceMentions.filter((mention) => mention.type === 'person').map(spanOf);
		const { text: description, continuation } = describe(sentences, position, dated);
		let topics = topicsForSentence(sentence, mentions, taxonomy);
		if (topics.length === 0 && continuation) topics = topicsForSentence(continuation, mentions, taxonomy);
		const titled = own.flatMap((mention) => {
			// The label leaves out the whole range, its last day too.
			const end = usable.find((other) => other.sentence === sentence.id && rangeEnds(sentence.text, mention, other));
			const span = end ? { start: mention.start, end: end.start + end.text.length } : spanOf(mention);
			const title = titleForDate({
				text: sentence.text,
				date: span,
				otherDates: allDates.filter((other) => other.start !== span.start),
				people,
				terms,
			});
			return title ? [{ mention, span, title: title.title }] : [];
		});
		titled.forEach(({ mention, span, title }, index) => {
			// With several events in a sentence, each keeps the names between the previous event's date and its own.
			const from = index === 0 ? 0 : titled[index - 1]!.span.end;
			const to = index === titled.length - 1 ? sentence.text.length : span.end;
			const inWindow = sentenceMentions.filter((entity) => entity.start >= from && entity.start < to);
			events.push({
				date: mention.date!,
				precision: mention.precision!,
				title,
				description,
				source: { article, quote: sentence.text, sentence: sentence.id },
				topics,
				entities: uniqueKeys(inWindow),
				inferred: mention.inferred,
				dateText: mention.text,
				// Computed here from the tags the title needed anyway, so merging need not tag again.
				words: serialiseWords(eventWords(sentence.text, mention.text, terms)),
			});
		});
	});
	return events;
}
