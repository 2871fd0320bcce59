/**
 * Where the parties stand: for each tracked question the briefing covers, each party's latest statement, cited. The
 * state of play is read from news first: a party's newest statement in a news report stands before a newer one in an
 * analysis or an opinion piece. A statement older than the newest one on its question by more than the briefing's
 * window (`STATE_WINDOW_DAYS`), or than the newest report on the question's topics, is marked as earlier, not shown as where the party stands now.
 */
import { positionRows } from '../data/positions.ts';
import type { PositionRecord } from '../schemas/index.ts';
import type { BriefingContext } from './context.ts';
import type { BriefingData, BriefingScope, BriefingStanding } from './model.ts';
import { STATE_WINDOW_DAYS, staleBy } from './state-window.ts';

/** Statements kept per cell to choose from (news first); a bound, so a cell's work does not grow with the corpus. */
const CELL_HISTORY = 50;

/**
 * The questions with at least one statement in the briefing's articles (a topic briefing: the questions curated for
 * its topic), in curated order, each party's latest statement with its footnote.
 */
export function whereThePartiesStand(
	data: BriefingData,
	context: BriefingContext,
	scope: BriefingScope,
): BriefingStanding[] {
	const questions = data.questions.filter(
		(question) => scope.kind === 'situation' || question.topics.includes(scope.topic),
	);
	const rows = positionRows(questions, data.positions, {
		limit: CELL_HISTORY,
		inScope: (article) => context.articles.has(article),
	}).filter((row) => row.partiesHeard > 0);
	const parties = [...new Map(rows.flatMap((row) => row.cells.map((cell) => [cell.party.id, cell.party]))).values()];
	const isNews = (statement: PositionRecord) => context.articles.get(statement.article)?.kind === 'news';
	return rows.map((row) => {
		// Each party's newest statement from a news report, else its newest of any kind.
		const chosen = new Map(
			row.cells.map((cell) => {
				const statements = cell.latest ? [cell.latest, ...cell.earlier] : [];
				return [cell.party.id, statements.find(isNews) ?? statements[0] ?? null] as const;
			}),
		);
		// The newest report on the question: its newest statement, or the newest article on the question's topics.
		const topics = new Set(row.question.topics);
		const newest = [
			...row.cells.flatMap((cell) => (cell.latest?.date ? [cell.latest.date] : [])),
			...context.ranked.flatMap((article) =>
				article.published && (topics.size === 0 || article.topics.some((topic) => topics.has(topic)))
					? [article.published]
					: [],
			),
		]
			.sort()
			.at(-1);
		return {
			question: row.question,
			cells: parties.map((party) => {
				const cell = row.cells.find((candidate) => candidate.party.id === party.id);
				const statement = chosen.get(party.id) ?? null;
				return {
					party,
					tracked: cell !== undefined,
					statement,
					earlier: Boolean(statement?.date && newest && staleBy(statement.date, newest) > STATE_WINDOW_DAYS),
					cite: statement ? context.sources.cite(context.articles.get(statement.article)!, statement.sentence) : null,
				};
			}),
		};
	});
}
