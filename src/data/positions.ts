/** Shapes the positions tracker's statements for the Positions pages and the briefings (pure, tested). */
import type { ArticleKind, PositionRecord, QuestionRecord, Stance } from '../schemas/index.ts';

/** How a stance reads under a yes-or-no question; `stated` takes no side, and the sentence speaks for itself. */
export const STANCE_LABELS: Readonly<Record<Stance, string>> = {
	supports: 'Yes',
	opposes: 'No',
	conditional: 'With conditions',
	stated: 'Statement',
};

/**
 * The kind of piece a statement comes from, when a reader could take the writer's account for the party's own
 * position: "in an opinion piece", "in an analysis"; null for a news report.
 */
export function pieceNote(kind: ArticleKind | undefined): string | null {
	if (kind === 'opinion') return 'in an opinion piece';
	if (kind === 'analysis') return 'in an analysis';
	return null;
}

/**
 * Who reports a statement that is not the party's own words ("said the US agreed not to…", filed as "United States,
 * according to Serhiy Kyslytsia"): "according to Serhiy Kyslytsia", or null. A reported stance keeps its reporter
 * wherever it is shown, the briefings' tables included.
 */
export function reportedBy(statement: Pick<PositionRecord, 'speakerName'>): string | null {
	const match = /, (according to .+)$/u.exec(statement.speakerName ?? '');
	return match ? match[1]! : null;
}

/** One party's statements on one question. */
export interface PositionCell {
	party: { id: string; name: string };
	/** The newest statement, or null when the party has said nothing on it in these articles. */
	latest: PositionRecord | null;
	/** Earlier statements, newest first, at most `limit`. */
	earlier: PositionRecord[];
	/** How many statements the party made on it in all. */
	count: number;
}

/** One row of the Positions table: a question and a cell per tracked party. */
export interface PositionRow {
	question: QuestionRecord;
	cells: PositionCell[];
	/** How many parties have spoken on it. */
	partiesHeard: number;
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const sentenceNumber = (id: string) => Number(id.slice(2));

/** Newest first: date (undated last), then later in the article, then article id. */
export function newestFirst(a: PositionRecord, b: PositionRecord): number {
	if (a.date !== b.date) return a.date === null ? 1 : b.date === null ? -1 : byString(b.date, a.date);
	if (a.article !== b.article) return byString(b.article, a.article);
	return sentenceNumber(b.sentence) - sentenceNumber(a.sentence);
}

/**
 * The Positions table: a row per question, a cell per party with its latest statement and a bounded history.
 * `inScope` keeps only statements of some articles (a briefing's); `limit` bounds each cell's history.
 */
export function positionRows(
	questions: readonly QuestionRecord[],
	positions: readonly PositionRecord[],
	options: { limit: number; inScope?: (article: string) => boolean; questionIds?: ReadonlySet<string> },
): PositionRow[] {
	const grouped = new Map<string, PositionRecord[]>();
	for (const position of positions) {
		if (options.inScope && !options.inScope(position.article)) continue;
		const key = `${position.question}\u0000${position.party}`;
		const list = grouped.get(key) ?? [];
		list.push(position);
		grouped.set(key, list);
	}
	return questions
		.filter((question) => !options.questionIds || options.questionIds.has(question.id))
		.map((question) => {
			const cells = question.parties.map((party): PositionCell => {
				const statements = [...(grouped.get(`${question.id}\u0000${party.id}`) ?? [])].sort(newestFirst);
				return {
					party,
					latest: statements[0] ?? null,
					earlier: statements.slice(1, 1 + options.limit),
					count: statements.length,
				};
			});
			return { question, cells, partiesHeard: cells.filter((cell) => cell.latest !== null).length };
		});
}

/** One party's statements on a question for its page: oldest first, the latest `limit` of them. */
export interface PartyTimeline {
	party: { id: string; name: string };
	statements: PositionRecord[];
	/** Statements older than the ones shown. */
	omitted: number;
	/** The party's current stance: its newest statement that takes one, or null. */
	current: PositionRecord | null;
}

/** The statements of each party on one question, in date order, bounded to the newest `limit` per party. */
export function questionTimelines(
	question: QuestionRecord,
	positions: readonly PositionRecord[],
	limit: number,
): PartyTimeline[] {
	return question.parties.map((party) => {
		const newest = positions
			.filter((position) => position.question === question.id && position.party === party.id)
			.sort(newestFirst);
		const shown = newest.slice(0, limit).reverse();
		return {
			party,
			statements: shown,
			omitted: newest.length - shown.length,
			current: newest.find((position) => position.stance !== 'stated') ?? null,
		};
	});
}
