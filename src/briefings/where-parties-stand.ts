/** Where the parties stand: for each tracked question the briefing covers, each party's latest statement, cited. */
import { positionRows } from '../data/positions.ts';
import type { BriefingContext } from './context.ts';
import type { BriefingData, BriefingScope, BriefingStanding } from './model.ts';

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
		limit: 0,
		inScope: (article) => context.articles.has(article),
	}).filter((row) => row.partiesHeard > 0);
	const parties = [...new Map(rows.flatMap((row) => row.cells.map((cell) => [cell.party.id, cell.party]))).values()];
	return rows.map((row) => ({
		question: row.question,
		cells: parties.map((party) => {
			const cell = row.cells.find((candidate) => candidate.party.id === party.id);
			const statement = cell?.latest ?? null;
			return {
				party,
				tracked: cell !== undefined,
				statement,
				cite: statement ? context.sources.cite(context.articles.get(statement.article)!, statement.sentence) : null,
			};
		}),
	}));
}
