/** Which articles a briefing covers, and which of them lead: the most recent and most central. */
import type { ArticleRecord } from '../schemas/index.ts';
import { briefingActors } from './actors.ts';
import { periodEnd } from './as-of.ts';
import type { BriefingData, BriefingScope } from './model.ts';

/** How many of the scope's most mentioned entities count as its core for centrality. */
export const CORE_ACTORS = 10;

/** The articles in scope: all of them, or the topic's. */
export function scopeArticles(data: BriefingData, scope: BriefingScope): ArticleRecord[] {
	if (scope.kind === 'situation') return data.articles;
	const topic = data.topics.find((candidate) => candidate.id === scope.topic);
	if (!topic) return [];
	const ids = new Set(topic.articles);
	return data.articles.filter((article) => ids.has(article.id));
}

/** Newest first by the last day each date can mean; undated last; ties by id. */
export function byRecency(a: ArticleRecord, b: ArticleRecord): number {
	if (a.published === null || b.published === null)
		return (a.published === null ? 1 : 0) - (b.published === null ? 1 : 0) || a.id.localeCompare(b.id);
	return (
		periodEnd(b.published).localeCompare(periodEnd(a.published)) ||
		b.published.length - a.published.length ||
		a.id.localeCompare(b.id)
	);
}

/**
 * How central each article is to the scope: in a topic briefing its topic score; in the situation
 * briefing how many of the corpus's core actors it mentions.
 */
export function centrality(articles: ArticleRecord[], data: BriefingData, scope: BriefingScope): Map<string, number> {
	if (scope.kind === 'topic') {
		const topic = data.topics.find((candidate) => candidate.id === scope.topic);
		const scores = new Map(topic?.articles.map((id, index) => [id, topic.scores[index] ?? 0]) ?? []);
		return new Map(articles.map((article) => [article.id, scores.get(article.id) ?? 0]));
	}
	const ids = new Set(articles.map((article) => article.id));
	const core = new Set(briefingActors(data, ids, CORE_ACTORS).map((actor) => actor.entity.id));
	return new Map(articles.map((article) => [article.id, article.entities.filter((entity) => core.has(entity)).length]));
}

/**
 * The articles in leading order: the sum of each article's place by recency and its place by
 * centrality (lower leads), ties going to the newer article. A recent side story and an old
 * central piece both give way to an article that is fairly recent and fairly central.
 */
export function rankArticles(articles: ArticleRecord[], data: BriefingData, scope: BriefingScope): ArticleRecord[] {
	const recent = [...articles].sort(byRecency);
	const scores = centrality(articles, data, scope);
	// Equal centrality shares a place (competition ranking), so ties fall back on recency alone.
	const descending = [...scores.values()].sort((a, b) => b - a);
	const firstPlace = new Map<number, number>();
	descending.forEach((score, index) => {
		if (!firstPlace.has(score)) firstPlace.set(score, index);
	});
	const centralPlace = new Map(articles.map((article) => [article.id, firstPlace.get(scores.get(article.id)!)!]));
	const recentPlace = new Map(recent.map((article, index) => [article.id, index]));
	const total = (article: ArticleRecord) => recentPlace.get(article.id)! + centralPlace.get(article.id)!;
	return [...recent].sort((a, b) => total(a) - total(b) || recentPlace.get(a.id)! - recentPlace.get(b.id)!);
}
