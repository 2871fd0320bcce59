/** Reports of one number: several articles giving the same quantity, equal or conflicting, kept together as a range. */
import type { FigureRecord } from '../schemas/index.ts';

/** One quantity as reported by one or more articles: its lowest and highest value and every report. */
export interface ReportGroup {
	/** Every report, lowest value first. */
	figures: FigureRecord[];
	low: number;
	high: number;
	/** True when the reports give different values (drawn as a range, its ends linked to the sources: `rangeEnds`). */
	conflict: boolean;
}

/**
 * Figures of one metric, side, day, place, part and span (or linked by `conflictsWith`) count as one quantity: a
 * national toll and a city's, or a night's count and the total so far, are different quantities.
 */
function quantityKey(figure: FigureRecord): string | null {
	if (figure.date === null || figure.date.length < 10) return null;
	return [
		figure.metric,
		figure.subject ?? '',
		figure.date,
		figure.scope ?? '',
		figure.place ?? '',
		figure.span ?? '',
	].join('|');
}

/**
 * Groups figures into quantities: linked by `conflictsWith`, or the same metric, side, day and scope. Order
 * follows first appearance.
 */
export function groupReports(figures: readonly FigureRecord[]): ReportGroup[] {
	const parent = new Map<string, string>(figures.map((figure) => [figure.id, figure.id]));
	const find = (id: string): string => {
		let root = id;
		while (parent.get(root) !== root) root = parent.get(root)!;
		parent.set(id, root);
		return root;
	};
	const join = (a: string, b: string) => {
		const [ra, rb] = [find(a), find(b)];
		if (ra !== rb) parent.set(rb, ra);
	};
	const byKey = new Map<string, FigureRecord[]>();
	for (const figure of figures) {
		for (const other of figure.conflictsWith) if (parent.has(other)) join(figure.id, other);
		const key = quantityKey(figure);
		if (key === null) continue;
		const earlier = byKey.get(key);
		if (!earlier) {
			byKey.set(key, [figure]);
			continue;
		}
		// One article giving two numbers for one key states two quantities (a total and a part it did not name as one),
		// not conflicting reports: only the same number, or another article's, is the same quantity.
		const same =
			earlier.find((other) => other.article !== figure.article && other.value === figure.value) ??
			earlier.find((other) => other.article === figure.article && other.value === figure.value) ??
			earlier.find((other) => other.article !== figure.article);
		if (same) join(same.id, figure.id);
		earlier.push(figure);
	}
	const groups = new Map<string, FigureRecord[]>();
	for (const figure of figures) {
		const root = find(figure.id);
		const group = groups.get(root);
		if (group) group.push(figure);
		else groups.set(root, [figure]);
	}
	return [...groups.values()].map(reportGroup);
}

/** The range of a set of reports of one quantity. */
export function reportGroup(figures: readonly FigureRecord[]): ReportGroup {
	const sorted = [...figures].sort((a, b) => a.value - b.value || a.article.localeCompare(b.article));
	const low = sorted[0]!.value;
	const high = sorted.at(-1)!.value;
	return { figures: sorted, low, high, conflict: low !== high };
}

/** How many linked ends a range draws at most: a number reported by hundreds of articles stays a few marks. */
export const MAX_RANGE_ENDS = 5;

/**
 * The reports a range draws as linked ends: one per distinct value (its first report, lowest first), and beyond
 * `max` values the lowest, the highest and evenly spaced ones between. The chart's table and CSV list every report.
 */
export function rangeEnds(group: ReportGroup, max = MAX_RANGE_ENDS): FigureRecord[] {
	const distinct = group.figures.filter(
		(figure, index) => index === 0 || group.figures[index - 1]!.value !== figure.value,
	);
	if (distinct.length <= max) return distinct;
	const picked = new Set<number>();
	for (let step = 0; step < max; step++) picked.add(Math.round((step * (distinct.length - 1)) / (max - 1)));
	return [...picked].sort((a, b) => a - b).map((index) => distinct[index]!);
}
