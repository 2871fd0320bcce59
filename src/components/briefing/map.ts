/** The map a briefing shows: that of its own articles (every article for the situation briefing), or null when they place nothing. */
import type { BriefingScope } from '../../briefings/index.ts';
import type { Corpus } from '../../data/corpus.ts';
import { mapInputFrom } from '../../maps/input.ts';
import { type MapModel, mapModel } from '../../maps/model.ts';

const made = new WeakMap<Corpus, Map<string, MapModel | null>>();

/** The briefing's map, laid out once per corpus and scope (its page's contents list and its body both ask). */
export function briefingMap(corpus: Corpus, scope: BriefingScope): MapModel | null {
	const byScope = made.get(corpus) ?? new Map<string, MapModel | null>();
	made.set(corpus, byScope);
	const key = scope.kind === 'situation' ? 'situation' : `topic:${scope.topic}`;
	if (!byScope.has(key)) {
		const articles = scope.kind === 'topic' ? new Set(corpus.topic.get(scope.topic)?.articles ?? []) : undefined;
		const model = mapModel(mapInputFrom(corpus), articles ? { articles } : {});
		byScope.set(key, model.empty ? null : model);
	}
	return byScope.get(key)!;
}
