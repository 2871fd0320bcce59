/**
 * Test builders for the figure extractor: turn a few paragraphs and a small hand-made gazetteer into a
 * `FigureContext`, the way the entity and date stages would. Used by tests only.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { type DatePrecision, type EntityType, WeaponsSchema } from '../../../src/schemas/index.ts';
import { type AnnotatedSentence, annotateSentences } from '../annotate/index.ts';
import type { FigureContext } from '../extract-figures.ts';
import { language } from '../lang/index.ts';
import type { DateMention, EntityMention, Sentence } from '../model.ts';
import { splitText } from '../split-sentences.ts';
import { weaponPatterns } from './weapon-names.ts';

/** A gazetteer entry for tests: every occurrence of `surface` becomes a mention of `key`. */
export interface TestEntity {
	surface: string;
	key: string;
	type?: EntityType;
}

/** A date for tests: every occurrence of `text` resolves to `date`. */
export interface TestDate {
	text: string;
	date: string | null;
	precision: DatePrecision | null;
	kind?: DateMention['kind'];
}

/** A block of a test article: a paragraph, a heading or key points. */
export type TestBlock = string | { heading: string } | { keyPoints: string[] };

/** Options of `buildContext`; everything but the blocks has a default. */
export interface TestArticle {
	article?: string;
	blocks: TestBlock[];
	entities?: TestEntity[];
	dates?: TestDate[];
	publication?: FigureContext['publication'];
	demonyms?: Record<string, string>;
	countryOf?: Record<string, string>;
}

/** Demonyms the tests share. */
export const TEST_DEMONYMS: Record<string, string> = {
	Ukrainian: 'ukraine',
	Russian: 'russia',
	American: 'united-states',
	Belarusian: 'belarus',
	Polish: 'poland',
};

/** A small gazetteer the tests share. */
export const TEST_ENTITIES: TestEntity[] = [
	{ surface: 'Russia', key: 'russia', type: 'place' },
	{ surface: 'Ukraine', key: 'ukraine', type: 'place' },
	{ surface: 'Belarus', key: 'belarus', type: 'place' },
	{ surface: 'Poland', key: 'poland', type: 'place' },
	{ surface: 'United States', key: 'united-states', type: 'place' },
	{ surface: 'Kyiv', key: 'kyiv', type: 'place' },
	{ surface: 'Moscow', key: 'moscow', type: 'place' },
	{ surface: 'Kharkiv', key: 'kharkiv', type: 'place' },
	{ surface: 'Belgorod', key: 'belgorod', type: 'place' },
	{ surface: 'Bryansk', key: 'bryansk', type: 'place' },
	{ surface: 'Kursk', key: 'kursk', type: 'place' },
	{ surface: 'EU', key: 'european-union', type: 'organization' },
	{ surface: 'European Union', key: 'european-union', type: 'organization' },
	{ surface: 'International Monetary Fund', key: 'international-monetary-fund', type: 'organization' },
	{ surface: 'IMF', key: 'international-monetary-fund', type: 'organization' },
	{ surface: 'Mediazona', key: 'mediazona', type: 'organization' },
	{ surface: 'Oleh Syniehubov', key: 'oleh-syniehubov', type: 'person' },
];

const patterns = new Map<string, RegExp>();
function occurrences(text: string, surface: string): number[] {
	let pattern = patterns.get(surface);
	if (!pattern) {
		const escaped = surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu');
		patterns.set(surface, pattern);
	}
	if (!text.includes(surface)) return [];
	return [...text.matchAll(pattern)].map((match) => match.index!);
}

/** Splits test blocks into sentences numbered `s-1`, `s-2`… like the sentence splitter does. */
export function buildSentences(blocks: readonly TestBlock[]): AnnotatedSentence[] {
	const sentences: Sentence[] = [];
	const push = (text: string, block: number, kind: Sentence['kind']) =>
		sentences.push({ id: `s-${sentences.length + 1}`, text, block, line: block + 1, kind });
	blocks.forEach((block, index) => {
		if (typeof block === 'string') for (const text of splitText(block)) push(text, index, 'body');
		else if ('heading' in block) push(block.heading, index, 'heading');
		else for (const item of block.keyPoints) for (const text of splitText(item)) push(text, index, 'key-point');
	});
	return annotateSentences(sentences, { language, references: [] });
}

/** Builds a `FigureContext` from test blocks, finding the test entities and dates in every sentence. */
export function buildContext(options: TestArticle): FigureContext {
	const sentences = buildSentences(options.blocks);
	const entities = [...(options.entities ?? []), ...TEST_ENTITIES];
	const mentions: EntityMention[] = [];
	const dates: DateMention[] = [];
	for (const sentence of sentences) {
		const taken: [number, number][] = [];
		// Longer names first, so "European Union" is not also read as something shorter inside it.
		for (const entity of [...entities].sort((a, b) => b.surface.length - a.surface.length)) {
			for (const start of occurrences(sentence.text, entity.surface)) {
				const end = start + entity.surface.length;
				if (taken.some(([from, to]) => start < to && end > from)) continue;
				taken.push([start, end]);
				mentions.push({
					key: entity.key,
					name: entity.surface,
					type: entity.type ?? 'organization',
					surface: entity.surface,
					sentence: sentence.id,
					start,
					source: 'gazetteer',
				});
			}
		}
		for (const date of options.dates ?? []) {
			for (const start of occurrences(sentence.text, date.text)) {
				dates.push({
					sentence: sentence.id,
					text: date.text,
					start,
					date: date.date,
					precision: date.precision,
					kind: date.kind ?? 'explicit',
					inferred: false,
					tense: 'past',
				});
			}
		}
	}
	return {
		article: options.article ?? 'test-article',
		sentences,
		mentions,
		dates,
		publication: options.publication ?? { date: '2025-11-28', precision: 'day' },
		demonyms: new Map(Object.entries(options.demonyms ?? TEST_DEMONYMS)),
		...(options.countryOf ? { countryOf: new Map(Object.entries(options.countryOf)) } : {}),
		weapons: CURATED_WEAPONS,
	};
}

/** The weapon names of `content/weapons.yaml`, as the pipeline reads them. */
const CURATED_WEAPONS = weaponPatterns(
	WeaponsSchema.parse(
		parseYaml(readFileSync(fileURLToPath(new URL('../../../content/weapons.yaml', import.meta.url)), 'utf8')),
	).weapons,
);

/** Reads a fixture's `input.txt`: one block a line, `# ` for a heading, `• ` for a key point. */
export function parseFixtureBlocks(text: string): TestBlock[] {
	const blocks: TestBlock[] = [];
	for (const line of text
		.split('\n')
		.map((raw) => raw.trim())
		.filter(Boolean)) {
		if (line.startsWith('# ')) blocks.push({ heading: line.slice(2) });
		else if (line.startsWith('• ')) {
			const last = blocks.at(-1);
			if (last && typeof last === 'object' && 'keyPoints' in last) last.keyPoints.push(line.slice(2));
			else blocks.push({ keyPoints: [line.slice(2)] });
		} else blocks.push(line);
	}
	return blocks;
}
