/**
 * Turns the statements of every article into the published positions: editors' corrections applied, stable ids,
 * the contract's order (question, date, article), and each party's changes of stance marked.
 */
import type {
	Diagnostic,
	PositionOverride,
	PositionRecord,
	Question,
	QuestionRecord,
	Stance,
} from '../../../src/schemas/index.ts';
import type { ExtractedPosition } from './extract-positions.ts';

/** An article's statements with what its sidecar says about them. */
export interface ArticlePositions {
	article: string;
	/** The sidecar's path, for diagnostics. */
	sidecarFile: string;
	published: { date: string | null; precision: ExtractedPosition['datePrecision'] };
	sentences: ReadonlyMap<string, string>;
	extracted: readonly ExtractedPosition[];
	overrides: readonly PositionOverride[];
}

/** Applies an article's sidecar corrections to its statements, with a diagnostic for each that cannot apply. */
export function applyOverrides(
	input: ArticlePositions,
	questions: ReadonlyMap<string, Question>,
	parties: ReadonlySet<string>,
): { positions: ExtractedPosition[]; diagnostics: Diagnostic[] } {
	const diagnostics: Diagnostic[] = [];
	const warn = (message: string) =>
		diagnostics.push({ file: input.sidecarFile, line: null, rule: 'positions:override', severity: 'warning', message });
	let positions = [...input.extracted];
	for (const override of input.overrides) {
		const text = input.sentences.get(override.sentence);
		if (text === undefined) {
			warn(`positions: no sentence ${override.sentence} in ${input.article}; the correction was ignored`);
			continue;
		}
		if (override.party && !parties.has(override.party)) {
			warn(
				`positions: unknown party "${override.party}" for ${override.sentence}; parties are ${[...parties].join(', ')}`,
			);
			continue;
		}
		const unknown = (override.questions ?? []).filter((id) => !questions.has(id));
		if (unknown.length) {
			warn(
				`positions: unknown question ${unknown.map((id) => `"${id}"`).join(', ')} for ${override.sentence}; see content/questions.yaml`,
			);
			continue;
		}
		const own = positions.filter((position) => position.sentence === override.sentence);
		const others = positions.filter((position) => position.sentence !== override.sentence);
		const party = override.party ?? own[0]?.party;
		const wanted = override.questions ?? [...new Set(own.map((position) => position.question))];
		if (wanted.length > 0 && !party) {
			warn(`positions: ${override.sentence} names no tracked speaker; give its party ("party: ukraine")`);
			continue;
		}
		const corrected = wanted.map((question): ExtractedPosition => {
			const found = own.find(
				(position) => position.question === question && (!override.party || position.party === party),
			);
			const base: ExtractedPosition = found ?? {
				question,
				party: party!,
				speaker: own[0]?.speaker ?? null,
				speakerName: own[0]?.speakerName ?? '',
				article: input.article,
				sentence: override.sentence,
				text,
				date: input.published.date,
				datePrecision: input.published.precision,
				dateSource: input.published.date ? 'article' : null,
				stance: 'stated',
				stanceCue: null,
				source: 'override',
			};
			return {
				...base,
				party: party!,
				...(override.stance ? { stance: override.stance, stanceCue: null } : {}),
				source: 'override',
			};
		});
		positions = [...others, ...corrected];
	}
	return { positions, diagnostics };
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const sentenceNumber = (id: string) => Number(id.slice(2));

/** The contract's order: by question, then date (undated last), then article, sentence and party. */
function comparePositions(a: ExtractedPosition, b: ExtractedPosition): number {
	if (a.question !== b.question) return byString(a.question, b.question);
	if (a.date !== b.date) return a.date === null ? 1 : b.date === null ? -1 : byString(a.date, b.date);
	if (a.article !== b.article) return byString(a.article, b.article);
	if (a.sentence !== b.sentence) return sentenceNumber(a.sentence) - sentenceNumber(b.sentence);
	return byString(a.party, b.party);
}

/**
 * The published positions: ids, order, and `changedFrom` on a statement whose stance differs from the same party's
 * previous stance on the question (statements that take no stance neither change nor set one).
 */
export function assemblePositions(statements: readonly ExtractedPosition[]): PositionRecord[] {
	const previous = new Map<string, Stance>();
	return [...statements].sort(comparePositions).map((statement) => {
		const key = `${statement.question}\u0000${statement.party}`;
		const before = previous.get(key) ?? null;
		let changedFrom: Stance | null = null;
		if (statement.stance !== 'stated') {
			if (before !== null && before !== statement.stance) changedFrom = before;
			previous.set(key, statement.stance);
		}
		return {
			id: `${statement.question}-${statement.article}-${statement.sentence}-${statement.party}`,
			...statement,
			changedFrom,
		};
	});
}

/** The published list of questions, each with its parties and how many statements it holds. */
export function questionRecords(
	questions: readonly Question[],
	partyNames: ReadonlyMap<string, string>,
	positions: readonly PositionRecord[],
	url: (id: string) => string,
): QuestionRecord[] {
	const counts = new Map<string, number>();
	for (const position of positions) counts.set(position.question, (counts.get(position.question) ?? 0) + 1);
	return questions.map((question, order) => ({
		id: question.id,
		order,
		question: question.question,
		short: question.short,
		background: question.background,
		parties: (question.parties.length ? question.parties : [...partyNames.keys()]).map((id) => ({
			id,
			name: partyNames.get(id) ?? id,
		})),
		statements: counts.get(question.id) ?? 0,
		topics: question.topics,
		url: url(question.id),
	}));
}
