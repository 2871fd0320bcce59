/**
 * Checks a reader's expectations (`expectations.ts`) against what the pipeline published for a corpus. Pure:
 * records in, one result per expectation out, each saying what was expected and, when unmet, what was found.
 */
import type { ArticleRecord, EntityRecord, EventRecord, FigureRecord, QuoteRecord } from '../../src/schemas/index.ts';
import type { ExpectationFile, RecordType } from './expectations.ts';

/** What the pipeline published, as the checks read it; `pages` maps an article id to its page's text. */
export interface PublishedCorpus {
	articles: readonly ArticleRecord[];
	entities: readonly EntityRecord[];
	events: readonly EventRecord[];
	figures: readonly FigureRecord[];
	quotes: readonly QuoteRecord[];
	pages: ReadonlyMap<string, string>;
}

/** The outcome of one expectation. */
export interface ExpectationResult {
	article: string;
	type: RecordType;
	/** The expectation in words: `figure killed 7 at_least ukraine`. */
	claim: string;
	met: boolean;
	/** The reason given when it is marked as a known failure. */
	known: string | null;
	/** What was found instead, when unmet. */
	found: string | null;
	/** Where the expectation stands in its file: the list and the item's index (`figures`, 3), or the field. */
	at: string;
}

type Claim = { known?: string | undefined; absent?: true | undefined };

const show = (value: unknown) => (value === undefined ? '' : JSON.stringify(value));

/** Fields given in an expectation match a record's fields (undefined fields are not checked). */
function fieldsMatch(expected: Record<string, unknown>, record: Record<string, unknown>, keys: readonly string[]) {
	return keys.every((key) => expected[key] === undefined || expected[key] === record[key]);
}

function describe(fields: Record<string, unknown>, keys: readonly string[]): string {
	return keys
		.filter((key) => fields[key] !== undefined)
		.map((key) => `${key}=${show(fields[key])}`)
		.join(' ');
}

/** Checks every expectation of every article; articles without a record fail each of their expectations. */
export function checkExpectations(
	corpus: PublishedCorpus,
	expectations: ReadonlyMap<string, ExpectationFile>,
): ExpectationResult[] {
	const results: ExpectationResult[] = [];
	for (const [id, file] of [...expectations].sort(([a], [b]) => a.localeCompare(b))) {
		const article = corpus.articles.find((record) => record.id === id);
		const positions = new Map<string, number>();
		const push = (type: RecordType, claim: string, expectation: Claim, holds: boolean, found: string | null) => {
			const met = expectation.absent ? !holds : holds;
			const list = type === 'dates' ? 'published' : type === 'titles' ? 'title' : type;
			const index = positions.get(list) ?? 0;
			positions.set(list, index + 1);
			results.push({
				article: id,
				type,
				claim: `${expectation.absent ? 'no ' : ''}${claim}`,
				met,
				known: expectation.known ?? null,
				found: met ? null : found,
				at: type === 'dates' || type === 'titles' ? list : `${list}[${index}]`,
			});
		};
		if (file.published !== undefined) {
			const expectation = typeof file.published === 'object' && file.published !== null ? file.published : {};
			const got = article?.published ?? null;
			if (file.published !== null && typeof file.published === 'object' && 'onOrAfter' in file.published) {
				const bound = file.published.onOrAfter;
				push('dates', `published on or after ${bound}`, expectation, got !== null && got >= bound, show(got));
			} else {
				const value =
					file.published !== null && typeof file.published === 'object' && 'value' in file.published
						? file.published.value
						: (file.published as string | null);
				push('dates', `published ${show(value)}`, expectation, article !== undefined && got === value, show(got));
			}
		}
		if (file.title !== undefined) {
			const expectation = typeof file.title === 'string' ? { value: file.title } : file.title;
			push(
				'titles',
				`title ${show(expectation.value)}`,
				expectation,
				article?.title === expectation.value,
				show(article?.title),
			);
		}
		const entities = corpus.entities.filter((entity) => entity.articles.includes(id));
		for (const expectation of file.entities) {
			const named = entities.filter((entity) =>
				expectation.id !== undefined
					? entity.id === expectation.id
					: entity.name === expectation.name || entity.aliases.includes(expectation.name!),
			);
			const holds = named.some((entity) => !expectation.type || entity.type === expectation.type);
			push(
				'entities',
				`entity ${show(expectation.name ?? expectation.id)}${expectation.type ? ` (${expectation.type})` : ''}`,
				expectation,
				holds,
				named.length ? named.map((entity) => `${entity.id} (${entity.type})`).join(', ') : 'not found',
			);
		}
		const figures = corpus.figures.filter((figure) => figure.article === id);
		const FIGURE_KEYS = ['metric', 'value', 'unit', 'qualifier', 'subject', 'scope', 'claimedBy', 'date'] as const;
		for (const expectation of file.figures) {
			const matching = figures.filter((figure) => fieldsMatch(expectation, figure, FIGURE_KEYS)).length;
			const holds = expectation.count === undefined ? matching > 0 : matching === expectation.count;
			const near = figures.filter((figure) => expectation.value === undefined || figure.value === expectation.value);
			push(
				'figures',
				`figure ${describe(expectation, FIGURE_KEYS)}${expectation.count === undefined ? '' : ` ×${expectation.count}`}`,
				expectation,
				holds,
				near.length
					? near.map((figure) => describe(figure, FIGURE_KEYS)).join('; ')
					: `no figure with that value (${figures.length} figures)`,
			);
		}
		const quotes = corpus.quotes.filter((quote) => quote.article === id);
		for (const expectation of file.quotes) {
			const withText = quotes.filter((quote) => quote.text.includes(expectation.text));
			const holds = withText.some(
				(quote) => expectation.speaker === undefined || quote.speaker === expectation.speaker,
			);
			push(
				'quotes',
				`quote ${show(expectation.text)}${expectation.speaker !== undefined ? ` by ${show(expectation.speaker)}` : ''}`,
				expectation,
				holds,
				withText.length ? withText.map((quote) => `by ${show(quote.speaker)}`).join('; ') : 'not found',
			);
		}
		const events = corpus.events.filter((event) => event.sources.some((source) => source.article === id));
		for (const expectation of file.events) {
			const matching = events.filter(
				(event) =>
					(expectation.date === undefined || event.date === expectation.date) &&
					(expectation.title === undefined || event.title === expectation.title) &&
					(expectation.titleIncludes === undefined || event.title.includes(expectation.titleIncludes)),
			).length;
			const holds = expectation.count === undefined ? matching > 0 : matching === expectation.count;
			push(
				'events',
				`event ${describe(expectation, ['date', 'title', 'titleIncludes'])}` +
					(expectation.count === undefined ? '' : ` ×${expectation.count}`),
				expectation,
				holds,
				events.map((event) => `${event.date} ${show(event.title)}`).join('; ') || 'no events',
			);
		}
		for (const topic of file.topics) {
			const expectation = typeof topic === 'string' ? { topic } : topic;
			push(
				'topics',
				`topic ${expectation.topic}`,
				expectation,
				article?.topics.includes(expectation.topic) ?? false,
				show(article?.topics ?? []),
			);
		}
		const page = corpus.pages.get(id) ?? '';
		for (const expectation of file.furniture) {
			const onPage = page.includes(expectation.dropped);
			const warned = article?.warnings.some((warning) => warning.includes(expectation.dropped)) ?? false;
			push(
				'furniture',
				`dropped ${show(expectation.dropped)} with a warning`,
				expectation,
				!onPage && warned,
				onPage ? 'still on the page' : 'no warning names it',
			);
		}
		for (const expectation of file.diagnostics) {
			push(
				'diagnostics',
				`warning containing ${show(expectation.includes)}`,
				expectation,
				article?.warnings.some((warning) => warning.includes(expectation.includes)) ?? false,
				show(article?.warnings ?? []),
			);
		}
	}
	return results;
}

/** Met and total expectations per record type, in the report's order. */
export function tallyResults(
	results: readonly ExpectationResult[],
	types: readonly RecordType[],
): { type: RecordType; met: number; total: number }[] {
	return types.map((type) => {
		const ofType = results.filter((result) => result.type === type);
		return { type, met: ofType.filter((result) => result.met).length, total: ofType.length };
	});
}
