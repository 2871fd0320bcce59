/** Blocking for the event merge: which groups of statements a new statement could join. */
import type { EventFacts } from './match-events.ts';

/** What a statement offers a match: its entities, content lemmas and numbers (`sharedEvidence` counts nothing else). */
function features(facts: EventFacts): string[] {
	return [
		...[...facts.entities].map((entity) => `e:${entity}`),
		...[...facts.words.lemmas].map((lemma) => `l:${lemma}`),
		...[...facts.words.numbers].map((number) => `n:${number}`),
	];
}

/**
 * The groups a statement could join, found by blocking instead of trying every group: a statement
 * matches a member only when their dates relate (the same day, month or year, or a day inside the
 * month) and they share an entity, lemma or number (every match needs evidence ≥ 1). So each
 * group is filed under (date key, feature) for each member, and a statement looks up its own
 * related date keys with its own features. The result is the same as trying every group.
 */
export class CandidateBlocks {
	readonly #byKey = new Map<string, Set<number>>();

	/** Date keys a member is filed under: its own date, and for a day the month it lies in. */
	static #ownKeys(facts: EventFacts): string[] {
		if (facts.precision === 'day') return [`d:${facts.date}`, `dm:${facts.date.slice(0, 7)}`];
		return facts.precision === 'month' ? [`m:${facts.date}`] : [`y:${facts.date}`];
	}

	/** Date keys of the members a statement relates to: the same date, and a month holding its day or days inside its month. */
	static #relatedKeys(facts: EventFacts): string[] {
		if (facts.precision === 'day') return [`d:${facts.date}`, `m:${facts.date.slice(0, 7)}`];
		return facts.precision === 'month' ? [`m:${facts.date}`, `dm:${facts.date}`] : [`y:${facts.date}`];
	}

	add(group: number, facts: EventFacts): void {
		const own = features(facts);
		for (const date of CandidateBlocks.#ownKeys(facts))
			for (const feature of own) {
				const key = `${date}|${feature}`;
				const set = this.#byKey.get(key);
				if (set) set.add(group);
				else this.#byKey.set(key, new Set([group]));
			}
	}

	/** Indexes of the groups worth trying, in creation order. */
	candidates(facts: EventFacts): number[] {
		const found = new Set<number>();
		const own = features(facts);
		for (const date of CandidateBlocks.#relatedKeys(facts))
			for (const feature of own) for (const group of this.#byKey.get(`${date}|${feature}`) ?? []) found.add(group);
		return [...found].sort((a, b) => a - b);
	}
}
