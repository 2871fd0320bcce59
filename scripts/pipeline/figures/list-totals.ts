/**
 * `figures:per-region-list`: a list by place ("47 over the Bryansk Region, 30 over the Kursk Region and four over the
 * Republic of Crimea") breaks down the total the article stated before it with the same metric ("destroyed 112
 * Ukrainian drones"). When the parts do not add up to that total, the editor is told: the bulletin may have a typo,
 * or the list may leave a place out. Nothing is changed; each figure keeps what its own sentence says.
 */
import { type ArticleDiagnostic, warning } from '../diagnostics.ts';
import type { ExtractedFigure, Sentence } from '../model.ts';

const formatter = new Intl.NumberFormat('en-GB');

/** A warning for every list by place whose parts do not add up to the total stated before it. */
export function listTotalDiagnostics(
	figures: readonly ExtractedFigure[],
	sentences: readonly Sentence[],
): ArticleDiagnostic[] {
	const order = new Map(sentences.map((sentence, index) => [sentence.id, index]));
	const diagnostics: ArticleDiagnostic[] = [];
	const lists = new Map<string, ExtractedFigure[]>();
	for (const figure of figures) {
		if (figure.scope === null || figure.status !== 'reported') continue;
		const key = `${figure.sentence} ${figure.metric}`;
		lists.set(key, [...(lists.get(key) ?? []), figure]);
	}
	for (const parts of lists.values()) {
		if (parts.length < 2) continue;
		const at = order.get(parts[0]!.sentence) ?? 0;
		const total = figures
			.filter(
				(figure) =>
					figure.metric === parts[0]!.metric &&
					figure.scope === null &&
					figure.status === 'reported' &&
					(order.get(figure.sentence) ?? Number.POSITIVE_INFINITY) < at,
			)
			.at(-1);
		if (total?.qualifier !== 'exact' || parts.some((part) => part.qualifier !== 'exact')) continue;
		const sum = parts.reduce((accumulated, part) => accumulated + part.value, 0);
		if (sum === total.value) continue;
		const sentence = sentences[at];
		diagnostics.push(
			warning(
				'figures:per-region-list',
				`the parts listed by place in ${parts[0]!.sentence} ` +
					`(${parts.map((part) => formatter.format(part.value)).join(' + ')} = ${formatter.format(sum)}) do ` +
					`not add up to the total of ${formatter.format(total.value)} in ${total.sentence}`,
				sentence?.line ?? null,
			),
		);
	}
	return diagnostics;
}
