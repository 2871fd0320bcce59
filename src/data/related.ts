/** Articles related to an article by the topics and entities they share. */
import type { ArticleRecord } from '../schemas/index.ts';

/** Who shares each topic and entity, and how much a shared entity weighs; made once per article list. */
interface RelatedIndex {
	byTopic: Map<string, number[]>;
	byEntity: Map<string, number[]>;
	/** 1 / log2(1 + number of articles naming the entity): rarer entities count more. */
	weight: Map<string, number>;
	/** The related articles already found, by article id and limit. */
	found: Map<string, { article: ArticleRecord; shared: number }[]>;
}

const indexes = new WeakMap<readonly ArticleRecord[], RelatedIndex>();

function relatedIndex(articles: readonly ArticleRecord[]): RelatedIndex {
	let index = indexes.get(articles);
	if (index) return index;
	const byTopic = new Map<string, number[]>();
	const byEntity = new Map<string, number[]>();
	const add = (map: Map<string, number[]>, key: string, position: number) => {
		const list = map.get(key);
		if (list) list.push(position);
		else map.set(key, [position]);
	};
	articles.forEach((article, position) => {
		for (const topic of article.topics) add(byTopic, topic, position);
		for (const entity of article.entities) add(byEntity, entity, position);
	});
	const weight = new Map([...byEntity].map(([entity, list]) => [entity, 1 / Math.log2(1 + list.length)]));
	index = { byTopic, byEntity, weight, found: new Map() };
	indexes.set(articles, index);
	return index;
}

/**
 * Score = 2 per shared topic + 1 / log2(1 + articles naming it) per shared entity. Highest first,
 * ties by id (scores equal to nine decimals are ties, whatever order their parts were added in).
 * Only the articles that share something are visited, through an index made once per article list.
 */
export function relatedArticles(
	article: ArticleRecord,
	articles: readonly ArticleRecord[],
	limit = 5,
): { article: ArticleRecord; shared: number }[] {
	const index = relatedIndex(articles);
	// The article page and its cache key both ask: worked out once per article and list.
	const key = `${article.id}\u0000${limit}`;
	const known = index.found.get(key);
	if (known) return known;
	const score = new Float64Array(articles.length);
	const shared = new Int32Array(articles.length);
	const touched: number[] = [];
	const credit = (position: number, points: number) => {
		if (shared[position] === 0) touched.push(position);
		score[position] = score[position]! + points;
		shared[position] = shared[position]! + 1;
	};
	for (const topic of new Set(article.topics))
		for (const position of index.byTopic.get(topic) ?? []) credit(position, 2);
	for (const entity of new Set(article.entities)) {
		const points = index.weight.get(entity) ?? 1;
		for (const position of index.byEntity.get(entity) ?? []) credit(position, points);
	}
	const rounded = (position: number) => Math.round(score[position]! * 1e9);
	const before = (a: number, b: number) => rounded(b) - rounded(a) || articles[a]!.id.localeCompare(articles[b]!.id);
	const best: number[] = [];
	for (const position of touched) {
		if (articles[position]!.id === article.id || score[position]! <= 0) continue;
		if (best.length === limit && before(position, best.at(-1)!) >= 0) continue;
		let at = best.length;
		while (at > 0 && before(position, best[at - 1]!) < 0) at--;
		best.splice(at, 0, position);
		if (best.length > limit) best.pop();
	}
	const found = best.map((position) => ({ article: articles[position]!, shared: shared[position]! }));
	index.found.set(key, found);
	return found;
}
