/**
 * Builds articles by hand for the topic and event tests: sentences from paragraphs, and date and
 * entity mentions found by their words, so tests do not depend on the date and entity stages.
 */
import type { DatePrecision, EntityType } from '../../../src/schemas/index.ts';
import { escapeRegExp } from '../../../src/shared/escape-regexp.ts';
import { type AnnotatedSentence, annotateSentences } from '../annotate/index.ts';
import { findDates } from '../find-dates.ts';
import { language } from '../lang/index.ts';
import type { DateMention, EntityMention, Sentence } from '../model.ts';
import { splitText } from '../split-sentences.ts';

/** A date as a test states it: its words, what it resolves to, and (when the words repeat) a longer phrase that pins it down. */
export interface DateNote {
	text: string;
	date: string | null;
	precision?: DatePrecision | null;
	inferred?: boolean;
	kind?: DateMention['kind'];
	tense?: DateMention['tense'];
	relation?: DateMention['relation'];
	/** Words around the date that occur once ("deadline of November 27"); defaults to `text`. */
	near?: string;
}

/** An entity as a test states it: every whole-word occurrence of `surface` is a mention of `key`. */
export interface EntityNote {
	surface: string;
	key: string;
	type?: EntityType;
}

export interface ArticleNotes {
	id: string;
	/** Body paragraphs, one block each. */
	paragraphs: string[];
	/** Key-point bullets, placed before the body. */
	keyPoints?: string[];
	dates?: DateNote[];
	/** A publication date (`YYYY-MM-DD`, `YYYY-MM`); given instead of `dates`, the date stage itself reads the dates. */
	published?: string;
	entities?: EntityNote[];
}

export interface TestArticle {
	id: string;
	sentences: AnnotatedSentence[];
	dates: DateMention[];
	mentions: EntityMention[];
}

/** Sentences numbered `s-1`, `s-2`… in order: key points first, then one block per paragraph. */
export function sentencesOf(paragraphs: string[], keyPoints: string[] = []): AnnotatedSentence[] {
	const sentences: Sentence[] = [];
	const push = (text: string, block: number, kind: Sentence['kind']) => {
		sentences.push({ id: `s-${sentences.length + 1}`, text, block, line: block + 1, kind });
	};
	for (const point of keyPoints) push(point, 0, 'key-point');
	const offset = keyPoints.length ? 1 : 0;
	for (const [index, paragraph] of paragraphs.entries()) {
		for (const text of splitText(paragraph)) push(text, index + offset, 'body');
	}
	return annotateSentences(sentences, { language, references: [] });
}

/** The date mention a note describes; throws when its words are not in any sentence. */
export function dateMention(sentences: Sentence[], note: DateNote): DateMention {
	const near = note.near ?? note.text;
	const sentence = sentences.find((candidate) => candidate.text.includes(near));
	if (!sentence || !near.includes(note.text))
		throw new Error(`test date "${note.text}" (near "${near}") is not in the article`);
	const precision =
		note.precision === undefined
			? note.date === null
				? null
				: note.date.length === 10
					? 'day'
					: note.date.length === 7
						? 'month'
						: 'year'
			: note.precision;
	return {
		sentence: sentence.id,
		text: note.text,
		start: sentence.text.indexOf(near) + near.indexOf(note.text),
		date: note.date,
		precision,
		kind: note.kind ?? 'explicit',
		inferred: note.inferred ?? false,
		tense: note.tense ?? 'past',
		...(note.relation ? { relation: note.relation } : {}),
	};
}

/** Every whole-word occurrence of the notes' surfaces; a longer surface wins where two overlap. */
export function entityMentions(sentences: Sentence[], notes: EntityNote[]): EntityMention[] {
	const longestFirst = [...notes].sort((a, b) => b.surface.length - a.surface.length);
	const mentions: EntityMention[] = [];
	for (const sentence of sentences) {
		const taken: [number, number][] = [];
		for (const note of longestFirst) {
			for (const match of sentence.text.matchAll(
				new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(note.surface)}(?![\\p{L}\\p{N}])`, 'gu'),
			)) {
				const end = match.index + note.surface.length;
				if (taken.some(([start, stop]) => match.index < stop && start < end)) continue;
				taken.push([match.index, end]);
				mentions.push({
					key: note.key,
					name: note.surface,
					type: note.type ?? 'person',
					surface: note.surface,
					sentence: sentence.id,
					start: match.index,
					source: note.key.startsWith('nlp:') ? 'nlp' : 'gazetteer',
				});
			}
		}
	}
	const order = new Map(sentences.map((sentence, index) => [sentence.id, index]));
	return mentions.sort((a, b) => order.get(a.sentence)! - order.get(b.sentence)! || a.start - b.start);
}

/** An article with its sentences, dates and mentions, built from notes. */
export function testArticle(notes: ArticleNotes): TestArticle {
	const sentences = sentencesOf(notes.paragraphs, notes.keyPoints);
	return {
		id: notes.id,
		sentences,
		dates:
			notes.published && !notes.dates
				? findDates(sentences, {
						date: notes.published,
						precision: notes.published.length === 10 ? 'day' : notes.published.length === 7 ? 'month' : 'year',
					})
				: (notes.dates ?? []).map((note) => dateMention(sentences, note)),
		mentions: entityMentions(sentences, notes.entities ?? []),
	};
}
