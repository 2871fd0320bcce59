/** Composes a briefing from the data: the sections in page order, numbered as they cite. */

import { countOf } from '../format/plural.ts';
import type { ArticleRecord } from '../schemas/index.ts';
import { briefingActors } from './actors.ts';
import { briefingAsOf, earliestPublished } from './as-of.ts';
import { bottomLine } from './bottom-line.ts';
import { createContext } from './context.ts';
import { keyFigures } from './key-figures.ts';
import { keyQuotes } from './key-quotes.ts';
import type { Briefing, BriefingData, BriefingScope } from './model.ts';
import { openQuestions } from './open-questions.ts';
import { rankArticles, scopeArticles } from './rank-articles.ts';
import { scopeEvents, timelineExcerpt } from './timeline-excerpt.ts';
import { whereThePartiesStand } from './where-parties-stand.ts';

/** The id of the briefing on all articles (also its URL segment and PDF name). */
export const SITUATION_ID = 'situation';
/** At most this many actors. */
export const MAX_ACTORS = 12;

function describe(
	scope: BriefingScope,
	data: BriefingData,
	articles: ArticleRecord[],
): { id: string; title: string; description: string } {
	if (scope.kind === 'situation')
		return {
			id: SITUATION_ID,
			title: 'Situation briefing',
			description:
				`The state of the war and the peace talks as reported in all ` +
				`${countOf(articles.length, 'article')} on this site: the newest developments, key figures, latest events, ` +
				`what was said, who is involved and what remains open.`,
		};
	const topic = data.topics.find((candidate) => candidate.id === scope.topic);
	if (!topic)
		throw new Error(
			`No topic "${scope.topic}" in topics.json to brief on. Use one of: ` +
				`${data.topics.map((candidate) => candidate.id).join(', ')}.`,
		);
	return { id: topic.id, title: `Briefing: ${topic.name}`, description: topic.description };
}

/** The briefing on every article, or on one topic's articles. */
export function composeBriefing(data: BriefingData, scope: BriefingScope): Briefing {
	const articles = scopeArticles(data, scope);
	const { id, title, description } = describe(scope, data, articles);
	const context = createContext(data, rankArticles(articles, data, scope));
	// Sections are composed in page order so footnote numbers rise down the page.
	const points = bottomLine(data, scope, context);
	const figures = keyFigures(data, scope, context);
	const inScope = scopeEvents(data.events, scope);
	const excerpt = timelineExcerpt(inScope, context);
	const quotes = keyQuotes(data.quotes, context);
	const positions = whereThePartiesStand(data, context, scope);
	const questions = openQuestions(context);
	return {
		id,
		title,
		description,
		scope,
		asOf: briefingAsOf(articles),
		from: earliestPublished(articles),
		articleCount: articles.length,
		bottomLine: points,
		figures,
		events: excerpt.events,
		eventSources: excerpt.sources,
		eventCount: inScope.length,
		quotes,
		positions,
		actors: briefingActors(data, new Set(articles.map((article) => article.id)), MAX_ACTORS),
		questions,
		sources: context.sources.sources(),
	};
}
