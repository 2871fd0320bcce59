/**
 * An entity's mentions, read from its own file (`src/content/data/mentions/<id>.jsonl`, JSON Lines of
 * whole mention records written by `npm run content`) when its page is rendered, instead of every
 * mention of the corpus being loaded for every page. Only the lines of the wanted articles are parsed.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MentionRecord } from '../schemas/index.ts';

/** Where the pipeline writes them, relative to the project root (`dataDir` in scripts/content.ts). */
export const MENTIONS_DIR = 'src/content/data/mentions';

/** The mentions of `entity` in the given articles, in the order of mentions.json; [] when it has none. */
export async function entityMentions(entity: string, articles: ReadonlySet<string>): Promise<MentionRecord[]> {
	let text: string;
	try {
		text = await readFile(join(process.cwd(), MENTIONS_DIR, `${entity}.jsonl`), 'utf8');
	} catch {
		return [];
	}
	const found: MentionRecord[] = [];
	for (const line of text.split('\n')) {
		if (!line) continue;
		// A mention's id starts with its article's id (`<article>-m<n>`): skip other articles unparsed.
		const id = /^\{"id":"((?:[^"\\]|\\.)*)"/.exec(line)?.[1];
		const article = id?.replace(/-m\d+$/, '');
		if (article !== undefined && !articles.has(JSON.parse(`"${article}"`))) continue;
		const mention = JSON.parse(line) as MentionRecord;
		if (articles.has(mention.article)) found.push(mention);
	}
	return found;
}
