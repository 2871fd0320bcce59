/**
 * What an entity's page shows, shaped from the corpus: its mentions in the newest articles, its
 * latest events and quotes, the entities it appears with most, and which sections the page has.
 * The mentions are not in the loaded corpus (one per name in every sentence): they are read for the
 * page, from its entity's own file, and only for the articles it quotes.
 */
import { countOf } from '../format/plural.ts';
import { pageSections } from '../navigation/page-sections.ts';
import type { EntityRecord, MentionRecord } from '../schemas/index.ts';
import { coOccurring } from './co-occurrence.ts';
import { entityMentions } from './entity-mentions.ts';
import { type Corpus, groupBy } from './index-corpus.ts';
import { PAGE_LIMITS } from './page-limits.ts';

/** How many companions ("Appears with") the page lists. */
export const COMPANIONS = 8;

const TYPE_WORDS = { person: 'Person', place: 'Place', organization: 'Organisation' } as const;

/** Reads an entity's mentions in the given articles (`entityMentions` reads the pipeline's files). */
export type MentionReader = (entity: string, articles: ReadonlySet<string>) => Promise<MentionRecord[]>;

/** The page of one entity. */
export async function entityPage(corpus: Corpus, entity: EntityRecord, readMentions: MentionReader = entityMentions) {
	const typeWord = TYPE_WORDS[entity.type];
	const articles = corpus.articlesByEntity.get(entity.id) ?? [];
	const shownArticles = articles.slice(0, PAGE_LIMITS.entityArticles);
	const shownIds = new Set(shownArticles.map((article) => article.id));
	const mentionsOf = groupBy(await readMentions(entity.id, shownIds), (mention) => mention.article);
	const events = corpus.eventsByEntity.get(entity.id) ?? [];
	const quotes = entity.type === 'person' ? (corpus.quotesBySpeaker.get(entity.id) ?? []) : [];
	const rank = (id: string) => corpus.newestRank.get(id) ?? Number.POSITIVE_INFINITY;
	const latestQuotes =
		quotes.length > PAGE_LIMITS.entityQuotes
			? [...quotes].sort((a, b) => rank(a.article) - rank(b.article)).slice(0, PAGE_LIMITS.entityQuotes)
			: quotes;
	const companions = coOccurring(entity.id, articles, COMPANIONS).flatMap(({ id, shared }) => {
		const other = corpus.entity.get(id);
		return other ? [{ entity: other, shared }] : [];
	});
	const description =
		entity.description ??
		`${typeWord} named in ${countOf(entity.articles.length, 'article')} of this corpus ` +
			'(found in the text, not yet in the gazetteer).';
	return {
		typeWord,
		description,
		/** Every article that names it, newest first, and the ones whose mentions the page quotes. */
		articles,
		shownArticles,
		mentionsOf,
		events,
		latestEvents: events.slice(-PAGE_LIMITS.entityEvents),
		quotes,
		latestQuotes,
		companions,
		/** The newest dated article of the corpus, whose date (as its evidence supports it) the page's content reaches. */
		asOf: corpus.newestArticles.find((article) => article.published) ?? null,
		...pageSections({
			mentions: { title: 'Mentions' },
			events: { title: 'On the timeline', shown: events.length > 0 },
			quotes: { title: 'Quotes', shown: quotes.length > 0 },
			'appears-with': { title: 'Appears with', shown: companions.length > 0 },
		}),
	};
}
