/** The A–Z indexes of people, places and organisations, split into pages of a fixed size. */
import type { EntityRecord, EntityType } from '../schemas/index.ts';
import type { Corpus } from './corpus.ts';
import { articleSetPageKey, entityRef } from './page-keys.ts';
import { PAGE_LIMITS } from './page-limits.ts';
import { type ListPage, pageParam, paginate } from './pagination.ts';

/** The first letter an entity is filed under (accents folded: "Ñ" is under N). */
export const letterOf = (entity: EntityRecord) => entity.name.normalize('NFKD').charAt(0).toUpperCase();

const sorted = new WeakMap<Corpus, Map<EntityType, EntityRecord[]>>();

/** The entities of one type, A–Z, made once per corpus. */
export function entitiesAtoZ(corpus: Corpus, type: EntityType): EntityRecord[] {
	const byType = sorted.get(corpus) ?? new Map<EntityType, EntityRecord[]>();
	sorted.set(corpus, byType);
	let list = byType.get(type);
	if (!list) {
		list = corpus.entities.filter((entity) => entity.type === type).sort((a, b) => a.name.localeCompare(b.name));
		byType.set(type, list);
	}
	return list;
}

/** What a page of the index says of itself: the names it runs from and to ("Abrams – Borrell"). */
export function rangeLabel(list: ListPage<EntityRecord>): string {
	const first = list.items[0];
	const last = list.items.at(-1);
	return first && last && first !== last ? `${first.name} – ${last.name}` : (first?.name ?? '');
}

/** The pages of one type's index as static paths, each with its cache key (the entities listed and their counts). */
export function entityIndexPaths(corpus: Corpus, type: EntityType) {
	const pages = paginate(entitiesAtoZ(corpus, type), PAGE_LIMITS.entitiesPerPage);
	const ranges = pages.map(rangeLabel);
	return pages.map((list, index) => ({
		params: { page: pageParam(list.page) },
		props: { list, ranges },
		cacheKey: articleSetPageKey(
			corpus,
			[],
			[type, ranges, list.page, list.items.map((entity) => [entityRef(entity), entity.mentions]), index],
		),
	}));
}
