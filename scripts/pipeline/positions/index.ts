/** The positions tracker: statements of tracked parties on tracked questions (see `collect-positions.ts`). */
export { type ArticlePositions, applyOverrides, assemblePositions, questionRecords } from './assemble-positions.ts';
export {
	type ExtractedPosition,
	extractPositions,
	type PositionArticle,
	type PositionReader,
	positionReader,
} from './extract-positions.ts';
export { type PartyResolver, partyResolver } from './parties.ts';
export { readStance, type StanceReading, stancePatterns } from './stance.ts';
export { findStatements, type Statement, statementPatterns } from './statements.ts';
