/**
 * A figure's sides in words a reader cannot misread: "launched by Russia, intercepted by Ukraine", "in Syzran (Russia),
 * by Ukraine's attack", "on Russia's side", "captured by Russia, in Ukraine". One wording for tables, chart labels,
 * takeaways and accessible names, read from the figure's `subject`, `subjectRole`, `interceptedBy`, `inflictedBy` and
 * `place`.
 */
import type { FigureRecord } from '../schemas/index.ts';

/** The fields the wording reads. */
export type FigureSides = Pick<
	FigureRecord,
	'metric' | 'subject' | 'subjectRole' | 'interceptedBy' | 'inflictedBy' | 'place'
>;

/** Display name of an entity id; the words themselves when they are not an id. */
export type NameOf = (id: string) => string;

/** True for a figure of something shot down ("drones_intercepted"). */
export function isInterception(figure: Pick<FigureRecord, 'metric'>): boolean {
	return figure.metric.endsWith('_intercepted');
}

/** True for a figure of people killed, hurt or lost. */
function isLoss(figure: FigureSides): boolean {
	return (
		figure.subjectRole === 'victim' ||
		/(?:^|_)(?:killed|injured|wounded|dead|deaths|missing|casualties)$/.test(figure.metric)
	);
}

/** "in Syzran", or for a place that is the subject's own country, nothing more. */
function where(figure: FigureSides, name: NameOf, preposition = 'in'): string | null {
	if (figure.place === null) return null;
	return `${preposition} ${name(figure.place)}`;
}

/** "launched by Russia" (or "launcher not stated"), "intercepted by Ukraine" (or "interceptor not stated"). */
export function interceptionSides(figure: FigureSides, name: NameOf): string {
	const launcher = figure.subject ? `launched by ${name(figure.subject)}` : 'launcher not stated';
	const interceptor = figure.interceptedBy ? `intercepted by ${name(figure.interceptedBy)}` : 'interceptor not stated';
	// "over Belgorod region" only when it says more than the intercepting side does.
	const over = figure.place !== null && figure.place !== figure.interceptedBy ? `, over ${name(figure.place)}` : '';
	return `${launcher}, ${interceptor}${over}`;
}

/**
 * Who and where, in words: the subject by what it is for this figure, the intercepting or attacking side, the place.
 * "side not stated" when the text names no one and nowhere.
 */
export function sidesText(figure: FigureSides, name: NameOf): string {
	if (isInterception(figure)) return interceptionSides(figure, name);
	const subject = figure.subject === null ? null : name(figure.subject);
	const by = figure.inflictedBy ? `, by ${name(figure.inflictedBy)}'s attack` : '';
	const at = (text: string, preposition = 'in') => {
		const place = figure.place !== null && figure.place !== figure.subject ? where(figure, name, preposition) : null;
		return place ? `${text}, ${place}` : text;
	};
	switch (figure.subjectRole) {
		case 'attacker':
			// The metric already says what was done ("Drones launched", "Locations hit"): by whom, and where to.
			return at(`by ${subject}`, figure.metric.endsWith('_launched') ? 'at' : 'in');
		case 'captor':
			// "Territory captured": by whom, and where.
			return at(`by ${subject}`);
		case 'victim':
			return `${at(`on ${subject}'s side`)}${by}`;
		case 'place': {
			const place =
				figure.place !== null && figure.place !== figure.subject ? `${name(figure.place)} (${subject})` : subject;
			return `in ${place}${by}`;
		}
		case 'nationality':
			// "nationals of Ukraine", not "from Ukraine", which reads as where prisoners were released from.
			return at(`nationals of ${subject}`);
		case 'holder':
			return `held by ${subject}`;
		case 'recipient':
			return `for ${subject}`;
		case 'possessor':
			return `${subject}'s`;
		case null: {
			if (subject) return `side: ${subject}`;
			const place = where(figure, name);
			if (place) return `${place}${by}`;
			if (by) return `side not stated${by}`;
			return isLoss(figure) ? 'side not stated' : '—';
		}
	}
}

/** Where a figure applies in words: "Syzran (Russia)", "Ukraine"; null when the text does not say. */
export function placeWords(figure: FigureSides, name: NameOf): string | null {
	const place = figure.place ?? (figure.subjectRole === 'place' ? figure.subject : null);
	if (place === null) return null;
	const country =
		figure.subjectRole === 'place' && figure.subject !== null && figure.subject !== place
			? ` (${name(figure.subject)})`
			: '';
	return `${name(place)}${country}`;
}
