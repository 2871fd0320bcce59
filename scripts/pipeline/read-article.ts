/** The text front end: bytes of a seed to a structured article document of annotated sentences. */

import { type AnnotationContext, annotateSentences } from './annotate/index.ts';
import { cleanText } from './clean-text.ts';
import { decodeText } from './decode-text.ts';
import type { ArticleDiagnostic } from './diagnostics.ts';
import { language } from './lang/index.ts';
import type { AnnotatedDocument } from './model.ts';
import { parseStructure } from './parse-structure.ts';
import { splitSentences } from './split-sentences.ts';

export type ReadResult =
	| { ok: true; document: AnnotatedDocument; diagnostics: ArticleDiagnostic[] }
	| { ok: false; reason: string };

/**
 * Decodes, cleans and parses one seed into annotated sentences (read lazily, see `annotate/`); says why when the file
 * is not a readable article. Without reference dates in `context`, anniversaries are not read as dates.
 */
export function readArticle(
	seed: { id: string; file: string; bytes: Uint8Array },
	context: AnnotationContext = { language, references: [] },
): ReadResult {
	const decoded = decodeText(seed.bytes);
	if (!decoded.ok) return decoded;
	const cleaned = cleanText(decoded.text);
	const structure = parseStructure(cleaned.lines);
	const sentences = splitSentences(structure.blocks);
	if (!sentences.some((sentence) => sentence.kind !== 'heading') && !structure.headline)
		return { ok: false, reason: 'the file has no article text after clean-up' };
	return {
		ok: true,
		document: {
			id: seed.id,
			file: seed.file,
			headline: structure.headline,
			sectionLabels: cleaned.sectionLabels ?? [],
			blocks: structure.blocks,
			sentences: annotateSentences(sentences, context),
		},
		diagnostics: [...decoded.diagnostics, ...cleaned.diagnostics],
	};
}
