/**
 * Pipeline stage: what kind of piece an article is — a news report, an analysis or an opinion piece — read from
 * its text, with the evidence for the verdict. A section label ("Analysis", "Opinion") decides. Otherwise the
 * writer's own voice does: "we" and "I" outside quotations and verdicts ("make no mistake") make an opinion
 * piece, unless the piece attributes most of what it says; questions to the reader and weighing of what may come
 * make an analysis, unless attributed or dated reporting outweighs them; so does a piece made mostly of hedged or
 * evaluative sentences ("appears ready", "a stark reminder") with little attributed or dated and no dateline; the
 * rest, mostly attributed and dated reporting, is news. A news round-up that closes with an "Analysis:" section is
 * news with an analysis section: the section is read apart and shown in the evidence.
 * Editors override the verdict with the sidecar's `kind`.
 */
import { type ArticleKind, type CueHit, KIND_CUES, KIND_LABELS, reportingSentences, writerText } from './kind/cues.ts';
import type { ArticleDocument } from './model.ts';

export type { ArticleKind } from './kind/cues.ts';

/** The verdict and the cues it rests on, each "cue: count (example)". */
export interface KindReading {
	kind: ArticleKind;
	evidence: string[];
}

const MAX_EXAMPLE = 80;
const shorten = (text: string) => (text.length > MAX_EXAMPLE ? `${text.slice(0, MAX_EXAMPLE - 1).trimEnd()}…` : text);

/** What kind of piece the article is, and why. */
export function classifyKind(
	document: Pick<ArticleDocument, 'blocks' | 'sentences' | 'headline' | 'sectionLabels'>,
): KindReading {
	const text = writerText(document);
	const found = new Map<string, CueHit>();
	for (const cue of KIND_CUES) {
		const hit = cue.find(text);
		if (hit) found.set(cue.id, hit);
	}
	const count = (id: string) => found.get(id)?.count ?? 0;
	const evidence = [...found].map(([id, hit]) => `${id}: ${hit.count} (“${shorten(hit.example)}”)`);
	if (text.label) return { kind: KIND_LABELS[text.label]!, evidence };
	const sentences = Math.max(1, text.sentences.length);
	const attributed = count('attribution') / sentences;
	// What reports rather than comments: sentences that attribute or date what they say.
	const reporting = reportingSentences(text.sentences);
	const reported = reporting / sentences;
	const voice = count('first-person') + count('verdict');
	const weighing = count('question') + 2 * count('forecast') + 2 * count('question-headings');
	const evaluative = count('evaluative');
	let kind: ArticleKind = 'news';
	// An explainer is built of the questions it answers, however much it attributes.
	if (count('question-headings') >= 3) kind = 'analysis';
	else if (count('first-person') >= 2 && voice >= 3 && attributed < 0.25) kind = 'opinion';
	// A closing "Analysis:" section is read apart from the report before it, unless it is most of the piece.
	else if (text.analysisSection.length > text.sentences.length) kind = 'analysis';
	else if (weighing >= 4 && weighing / sentences >= 0.08 && reported < 0.3) kind = 'analysis';
	// Commentary: hedged or evaluative sentences outnumber the attributed or dated ones, with no dateline.
	else if (!text.dateline && evaluative >= 3 && evaluative / sentences >= 0.3 && evaluative > reporting)
		kind = 'analysis';
	return { kind, evidence: evidence.length ? evidence : ['no cue of analysis or opinion'] };
}
