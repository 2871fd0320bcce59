/**
 * Open questions: what the reports ask in their closing paragraphs, in their own words. An opinion piece's questions
 * are its writer's rhetoric ("who will blink first?"), not questions the state of play leaves open, and a report much
 * older than the briefing's newest (by more than `STATE_WINDOW_DAYS`) asks about a state of play that has moved on.
 */
import type { ArticleRecord } from '../schemas/index.ts';
import type { BriefingContext } from './context.ts';
import type { CitedSentence } from './model.ts';
import { STATE_WINDOW_DAYS, staleBy } from './state-window.ts';

/** At most this many questions in all. */
export const MAX_QUESTIONS = 5;
/** At most this many from one article. */
export const QUESTIONS_PER_ARTICLE = 2;
/** Shorter questions are rhetorical asides ("You want peace?", "What comes next?"). */
export const MIN_QUESTION_WORDS = 5;

/** An article's questions worth asking, last ones (its outlook) kept, in reading order. */
export function articleQuestions(
	article: ArticleRecord,
	perArticle = QUESTIONS_PER_ARTICLE,
): { sentence: string; text: string }[] {
	// `questions` is optional in older data files; an article without it asks nothing.
	const questions = (article.questions ?? []).filter(
		(question) => question.text.trim().split(/\s+/u).length >= MIN_QUESTION_WORDS,
	);
	return questions.slice(-perArticle);
}

/** Questions from the leading articles down, skipping repeats, up to `max`. */
export function openQuestions(context: BriefingContext, max = MAX_QUESTIONS): CitedSentence[] {
	const seen = new Set<string>();
	const chosen: CitedSentence[] = [];
	const newest = context.ranked
		.map((article) => article.published)
		.filter((date): date is string => date !== null)
		.sort()
		.at(-1);
	for (const article of context.ranked) {
		if (article.kind === 'opinion') continue;
		if (newest && article.published && staleBy(article.published, newest) > STATE_WINDOW_DAYS) continue;
		for (const question of articleQuestions(article)) {
			if (chosen.length === max) return chosen;
			if (seen.has(question.text)) continue;
			seen.add(question.text);
			chosen.push({ text: question.text, cite: context.sources.cite(article, question.sentence) });
		}
	}
	return chosen;
}
