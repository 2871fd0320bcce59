/**
 * Figures from different conflicts never share an axis: the parties and places a figure involves (whose, where, who
 * intercepted, whose attack: "Russia" and "Kharkiv", "Sudan" and "El Fasher") join into groups, and the charts draw the
 * group most figures belong to. Figures of the other groups
 * (a war elsewhere the corpus also reports on) are left out of the drawings with a note naming them; they stay in the
 * open data. Grouping reads the records only: no conflict, country or article is named in code.
 */
import type { FigureRecord } from '../schemas/index.ts';

/** The parties and places of one group of figures (entity ids, sorted), and its figures. */
export interface Theatre {
	parties: string[];
	figures: FigureRecord[];
}

/** The figures the charts draw, and the other conflicts' figures they leave out. */
export interface TheatreSplit {
	drawn: FigureRecord[];
	/** The other groups, largest first; empty when every figure belongs to one. */
	others: Theatre[];
}

/** The entity ids of a figure's parties and place: whose, where, who intercepted, whose attack. */
export function figureParties(figure: FigureRecord): string[] {
	return [figure.subject, figure.place, figure.interceptedBy, figure.inflictedBy].filter(
		(id): id is string => id !== null,
	);
}

/** Figures joined into conflicts, largest first, and the group of each figure (null: no party, no telling). */
interface Grouping {
	ranked: [root: string, figures: FigureRecord[]][];
	rootOf: (figure: FigureRecord) => string | null;
	members: Map<string, string[]>;
}

/**
 * Joins figures into conflicts by the parties and places they share, and a group only one article names into that
 * article's largest. A figure that names no party or place belongs with the other figures of its article when they all
 * fall in one group; else it has none (nothing says where it is).
 */
function groupFigures(figures: readonly FigureRecord[]): Grouping {
	const parent = new Map<string, string>();
	const find = (id: string): string => {
		let root = id;
		while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root)!;
		parent.set(id, root);
		return root;
	};
	const join = (a: string, b: string) => {
		// Ids are strings: the later id joins the earlier one, so the same figures always give the same roots.
		const [ra, rb] = [find(a), find(b)];
		if (ra === rb) return;
		const [earlier, later] = ra < rb ? [ra, rb] : [rb, ra];
		parent.set(later, earlier);
	};
	const partiesOf = new Map<FigureRecord, string[]>();
	for (const figure of figures) {
		const ids = [...new Set(figureParties(figure))];
		partiesOf.set(figure, ids);
		for (const id of ids) if (!parent.has(id)) parent.set(id, id);
		for (const id of ids.slice(1)) join(ids[0]!, id);
	}
	// A place or party only one article's figures name, apart from the rest of that article's figures ("outages in
	// Chernihiv" in a report on Russia's strikes on Ukraine), is a detail of the conflict the article reports on, not a
	// conflict of its own: it joins the article's largest group. A war another article also reports stays apart.
	const figuresOf = new Map<string, number>();
	const articlesOf = new Map<string, Set<string>>();
	const groupsIn = new Map<string, Set<string>>();
	for (const [figure, ids] of partiesOf)
		if (ids.length > 0) {
			const root = find(ids[0]!);
			figuresOf.set(root, (figuresOf.get(root) ?? 0) + 1);
			articlesOf.set(root, (articlesOf.get(root) ?? new Set()).add(figure.article));
			groupsIn.set(figure.article, (groupsIn.get(figure.article) ?? new Set()).add(root));
		}
	// Smallest first, so that a detail joins the article's main group, not another detail.
	const single = [...figuresOf.keys()]
		.filter((root) => articlesOf.get(root)!.size === 1)
		.sort((a, b) => figuresOf.get(a)! - figuresOf.get(b)! || (a < b ? -1 : 1));
	for (const root of single) {
		const [article] = articlesOf.get(root)!;
		const own = find(root);
		const larger = [...new Set([...groupsIn.get(article!)!].map(find))]
			.filter((other) => other !== own)
			.sort((a, b) => figuresOf.get(b)! - figuresOf.get(a)! || (a < b ? -1 : 1))[0];
		if (larger === undefined || figuresOf.get(larger)! <= figuresOf.get(own)!) continue;
		const count = figuresOf.get(larger)! + figuresOf.get(own)!;
		join(larger, own);
		figuresOf.set(find(own), count);
	}
	// Each figure's group; a figure that names no one takes its article's one group, if it has exactly one.
	const articleRoots = new Map<string, Set<string>>();
	for (const [figure, ids] of partiesOf)
		if (ids.length > 0) {
			const roots = articleRoots.get(figure.article) ?? new Set<string>();
			roots.add(find(ids[0]!));
			articleRoots.set(figure.article, roots);
		}
	const rootOf = (figure: FigureRecord): string | null => {
		const ids = partiesOf.get(figure) ?? [...new Set(figureParties(figure))];
		if (ids.length > 0) return find(ids[0]!);
		const roots = articleRoots.get(figure.article);
		return roots?.size === 1 ? [...roots][0]! : null;
	};
	const groups = new Map<string, FigureRecord[]>();
	for (const figure of figures) {
		const root = rootOf(figure);
		if (root !== null) groups.set(root, [...(groups.get(root) ?? []), figure]);
	}
	const ranked = [...groups].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
	const members = new Map<string, string[]>();
	for (const id of parent.keys()) {
		const root = find(id);
		members.set(root, [...(members.get(root) ?? []), id]);
	}
	return { ranked, rootOf, members };
}

/**
 * Splits figures by the conflicts they report on. A figure that names no party or place belongs with the other figures
 * of its article when they all fall in one group; else it is drawn (nothing says it is elsewhere).
 */
export function splitTheatres(figures: readonly FigureRecord[]): TheatreSplit {
	const { ranked, rootOf, members } = groupFigures(figures);
	if (ranked.length <= 1) return { drawn: [...figures], others: [] };
	const main = ranked[0]![0];
	return {
		drawn: figures.filter((figure) => {
			const root = rootOf(figure);
			return root === null || root === main;
		}),
		others: ranked.slice(1).map(([root, list]) => ({ parties: [...members.get(root)!].sort(), figures: list })),
	};
}

// Grouping a corpus is linear in its figures; pages that list a few of them each group the same corpus once.
const groupings = new WeakMap<readonly FigureRecord[], Grouping>();

/**
 * The conflicts of `figures`, each with its figures in their given order, the one most figures report on first. The
 * groups are read from `corpus` (all the figures the site holds, by default `figures` themselves): a short list (a
 * page's eight headline figures) may not show what joins two sides of one war, the corpus does. A figure that names
 * no party and whose article does not tell goes with the first. For tables that list figures of many articles: a
 * reader never reads two wars' numbers as one list.
 */
export function theatresOf(figures: readonly FigureRecord[], corpus: readonly FigureRecord[] = figures): Theatre[] {
	let grouping = groupings.get(corpus);
	if (!grouping) {
		grouping = groupFigures(corpus);
		groupings.set(corpus, grouping);
	}
	const { ranked, rootOf, members } = grouping;
	const rank = new Map(ranked.map(([root], index) => [root, index]));
	const main = ranked[0]?.[0] ?? null;
	const groups = new Map<string | null, FigureRecord[]>();
	for (const figure of figures) {
		const root = rootOf(figure) ?? main;
		groups.set(root, [...(groups.get(root) ?? []), figure]);
	}
	return [...groups]
		.sort(
			([a], [b]) =>
				(rank.get(a ?? '') ?? Infinity) - (rank.get(b ?? '') ?? Infinity) || ((a ?? '') < (b ?? '') ? -1 : 1),
		)
		.map(([root, list]) => ({
			parties: root === null ? [] : [...(members.get(root) ?? [root])].sort(),
			figures: list,
		}));
}

/**
 * The note under a chart that leaves other conflicts' figures out: how many of those it would have drawn, and the
 * ids each conflict involves; null when it leaves none out.
 */
export function elsewhereNote(
	others: readonly Theatre[],
	names: ReadonlyMap<string, string>,
	drawsFigure: (figure: FigureRecord) => boolean,
): string | null {
	const left = others
		.map((theatre) => ({ theatre, count: theatre.figures.filter(drawsFigure).length }))
		.filter((item) => item.count > 0);
	if (left.length === 0) return null;
	const count = left.reduce((sum, item) => sum + item.count, 0);
	const which = left
		.map((item) => {
			const named = item.theatre.parties.map((id) => names.get(id) ?? id);
			return named.length > 4 ? `${named.slice(0, 4).join(', ')} …` : named.join(', ');
		})
		.join('; ');
	return (
		`${count} ${count === 1 ? 'figure' : 'figures'} about ${left.length === 1 ? 'another conflict' : 'other conflicts'} ` +
		`(${which}) ${count === 1 ? 'is' : 'are'} left out of these axes, never drawn against this one; ` +
		`${count === 1 ? 'it is' : 'they are'} in the open data.`
	);
}
