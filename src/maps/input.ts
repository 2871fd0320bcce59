/** Builds the map input from the loaded corpus once: the located reports plus article and name lookups. */
import type { ChartArticle } from '../charts/types.ts';
import type { SiteRecords } from '../schemas/index.ts';
import { locateReports } from './locate.ts';
import type { MapInput } from './model.ts';

const cache = new WeakMap<object, MapInput>();

/** The map input of a corpus, made on first use and shared by every page that draws a map. */
export function mapInputFrom(
	corpus: Pick<SiteRecords, 'articles' | 'entities' | 'figures' | 'events' | 'placeMentions'>,
): MapInput {
	const cached = cache.get(corpus);
	if (cached) return cached;
	const input: MapInput = {
		located: locateReports({ ...corpus, mentions: corpus.placeMentions }),
		articles: new Map<string, ChartArticle>(
			corpus.articles.map(({ id, url, title, published }) => [id, { id, url, title, published }]),
		),
		names: new Map(corpus.entities.map((entity) => [entity.id, entity.name])),
		countries: corpus.entities.filter((entity) => entity.placeType === 'country' && entity.coordinates !== null),
	};
	cache.set(corpus, input);
	return input;
}
