/** The text front end: bytes of a seed to a structured, sentence-split article document. */

import { cleanText } from './clean-text.ts';
import { decodeText } from './decode-text.ts';
import type { ArticleDocument } from './model.ts';
import { parseStructure } from './parse-structure.ts';
import { splitSentences } from './split-sentences.ts';

export type ReadResult = { ok: true; document: ArticleDocument; warnings: string[] } | { ok: false; reason: string };

/** Decodes, cleans and parses one seed; says why when the file is not a readable article. */
export function readArticle(seed: { id: string; file: string; bytes: Uint8Array }): ReadResult {
	const decoded = decodeText(seed.bytes);
	if (!decoded.ok) return decoded;
	const cleaned = cleanText(decoded.text);
	const structure = parseStructure(cleaned.lines);
	const sentences = splitSentences(structure.blocks);
	if (!sentences.some((sentence) => sentence.kind !== 'heading') && !structure.headline)
		return { ok: false, reason: 'the file has no article text after clean-up' };
	return {
		ok: true,
		document: { id: seed.id, file: seed.file, headline: structure.headline, blocks: structure.blocks, sentences },
		warnings: [...decoded.warnings, ...cleaned.warnings],
	};
}
