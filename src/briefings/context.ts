/** What every section of one briefing shares: its articles in leading order, lookups and footnotes. */
import type { ArticleRecord, EntityRecord } from '../schemas/index.ts';
import type { BriefingData } from './model.ts';
import { createSourceList, type SourceList } from './source-list.ts';

export interface BriefingContext {
	/** The articles in scope, leading first. */
	ranked: ArticleRecord[];
	/** Articles in scope by id. */
	articles: ReadonlyMap<string, ArticleRecord>;
	/** Every entity by id. */
	entities: ReadonlyMap<string, EntityRecord>;
	/** Leading place of each article in scope (0 leads). */
	place: ReadonlyMap<string, number>;
	sources: SourceList;
}

/** A context for the given ranked articles, with an empty source list. */
export function createContext(data: BriefingData, ranked: ArticleRecord[]): BriefingContext {
	return {
		ranked,
		articles: new Map(ranked.map((article) => [article.id, article])),
		entities: new Map(data.entities.map((entity) => [entity.id, entity])),
		place: new Map(ranked.map((article, index) => [article.id, index])),
		sources: createSourceList(),
	};
}
