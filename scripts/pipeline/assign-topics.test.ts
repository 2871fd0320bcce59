import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
	CONTRACT_METRICS,
	GazetteerSchema,
	metricById,
	type TaxonomyEntry,
	TaxonomySchema,
} from '../../src/schemas/index.ts';
import { goldenFolders } from '../../test/golden.ts';
import { assignTopics, MAX_ARTICLE_TOPICS, topicsForSentence } from './assign-topics.ts';
import { type EntityNote, entityMentions, sentencesOf, testArticle } from './events/test-article.ts';
import { slugify } from './slugify.ts';

const root = join(import.meta.dirname, '../..');
const taxonomy = TaxonomySchema.parse(parse(readFileSync(join(root, 'content/topics.yaml'), 'utf8'))).topics;

const topic = (id: string, fields: Partial<TaxonomyEntry> = {}): TaxonomyEntry => ({
	id,
	name: id,
	description: id,
	terms: [],
	core: [],
	entities: [],
	metrics: [],
	keyEvents: false,
	sources: [],
	...fields,
});

const TOY = [
	topic('prisoners', {
		terms: ['prisoner of war', 'prisoner', 'swap'],
		entities: ['united-arab-emirates'],
		metrics: ['prisoners_released'],
	}),
	topic('energy', { terms: ['blackout', 'power plant', 'substation'] }),
	topic('nuclear', { terms: ['reactor'] }),
];

const assign = (
	paragraphs: string[],
	options: { entities?: EntityNote[]; metrics?: string[]; taxonomy?: TaxonomyEntry[] } = {},
) => {
	const sentences = sentencesOf(paragraphs);
	return assignTopics(
		{ sentences, mentions: entityMentions(sentences, options.entities ?? []), metrics: options.metrics ?? [] },
		options.taxonomy ?? TOY,
	);
};

describe('assignTopics', () => {
	it('matches terms whole-word, case-insensitively, with plural and past forms', () => {
		const [first] = assign(['Two Prisoners were freed in a SWAP; more swaps and prisoner exchanges are planned.']);
		expect(first).toMatchObject({ topic: 'prisoners', evidence: ['prisoner', 'swap'] });
		expect(
			assign(['The reactors were idle; the substations swapped crews.'], {
				taxonomy: [topic('x', { terms: ['actor', 'station'] })],
			}),
		).toEqual([]);
	});

	it('counts a phrase once, not also its words', () => {
		const [first] = assign(['Three prisoners of war came home, and a fourth prisoner of war followed.']);
		expect(first!.evidence).toEqual(['prisoner of war']);
	});

	it('counts entities and figure metrics as evidence', () => {
		const result = assign(['Mediators from the United Arab Emirates brokered the deal, and 84 people came home.'], {
			entities: [{ surface: 'United Arab Emirates', key: 'united-arab-emirates', type: 'place' }],
			metrics: ['prisoners_released', 'prisoners_released'],
		});
		expect(result[0]).toMatchObject({ topic: 'prisoners', evidence: ['prisoners_released', 'united-arab-emirates'] });
	});

	it('keeps a topic three sentences of a long article are about, however thin its share of the points', () => {
		const filler = Array.from(
			{ length: 80 },
			(_, index) => `Residents of district ${index + 1} queued for bread and water through a cold and grey week.`,
		);
		const grid = Array.from(
			{ length: 10 },
			() => 'The blackout spread after the power plant and a substation were hit.',
		);
		const reactor = [
			'Engineers said the reactor had to be cooled by diesel pumps.',
			'A second reactor was shut down as a precaution.',
			'Inspectors asked for access to the reactor hall.',
		];
		const topics = (paragraphs: string[]) => assign(paragraphs).map((assignment) => assignment.topic);
		expect(topics([...grid, ...reactor, ...filler])).toEqual(['energy', 'nuclear']);
		// Two sentences are a passing theme of so long an article, not a topic of it.
		expect(topics([...grid, ...reactor.slice(1), ...filler])).toEqual(['energy']);
	});

	it('files a long article under a topic it names in so many words: a core phrase, or a figure of its metric', () => {
		const filler = Array.from(
			{ length: 60 },
			(_, index) => `Shops on street ${index + 1} opened late as the trams ran on a reduced timetable.`,
		);
		const grid = Array.from({ length: 8 }, () => 'A blackout followed strikes on a substation near the river.');
		const courts = [topic('courts', { core: ['war crime'], terms: ['war crime', 'warrant', 'tribunal'] })];
		const named = ['The draft also waives prosecution of war crimes, and no warrant would be enforced.'];
		const topics = (paragraphs: string[], metrics: string[] = []) =>
			assign(paragraphs, { taxonomy: [...TOY, ...courts], metrics }).map((assignment) => assignment.topic);
		expect(topics([...grid, ...named, ...filler])).toEqual(['energy', 'courts']);
		// The same two hits without the core phrase stay a passing mention of so long an article.
		expect(topics([...grid, 'A warrant was read out before the tribunal.', ...filler])).toEqual(['energy']);
		// A figure of the topic's metric names it too: "nine prisoners were freed" with the word "prisoner".
		expect(topics([...grid, 'Nine prisoners were freed at dawn.', ...filler], ['prisoners_released'])).toEqual([
			'energy',
			'prisoners',
		]);
	});

	it('keeps the topics an article names explicitly when it has more topics than it may keep', () => {
		// Thirteen topics each carried by incidental words, and one named by its core phrase with a lower score.
		const many = Array.from({ length: MAX_ARTICLE_TOPICS + 1 }, (_, index) =>
			topic(`t${String(index).padStart(2, '0')}`, { terms: [`word${index}`] }),
		);
		const named = topic('guarantees', { core: ['security guarantee'], terms: ['security guarantee', 'alliance'] });
		const text = [
			many.map((entry) => `${entry.terms[0]} ${entry.terms[0]} ${entry.terms[0]}.`).join(' '),
			'Any settlement must carry a security guarantee backed by the alliance.',
		];
		const kept = assign(text, { taxonomy: [...many, named] }).map((assignment) => assignment.topic);
		expect(kept).toHaveLength(MAX_ARTICLE_TOPICS);
		expect(kept).toContain('guarantees');
	});

	it('leaves out a topic resting on a single mention', () => {
		expect(assign(['A reactor was mentioned once in passing.']).map((assignment) => assignment.topic)).toEqual([]);
	});

	it('caps a word said over and over at three counts', () => {
		const once = assign(['Blackout. Blackout. Blackout.'])[0]!.score;
		const often = assign(['Blackout. Blackout. Blackout. Blackout. Blackout. Blackout.'])[0]!.score;
		expect(often).toBe(once);
	});

	it('ranks strongest first and breaks ties by id', () => {
		const result = assign([
			'A blackout hit the city after a substation fire. Prisoners were swapped in a prisoner swap.',
		]);
		expect(result.map((assignment) => assignment.topic)).toEqual(['prisoners', 'energy']);
		const tied = assign(['A reactor and a blackout, then another reactor and another blackout.']);
		expect(tied.map((assignment) => assignment.topic)).toEqual(['energy', 'nuclear']);
	});

	it('weighs hits less in a long article than in a short one', () => {
		const news =
			'A blackout hit the city after a substation fire. A second blackout followed at another substation and a power plant.';
		const short = assign([news])[0]!.score;
		const padding = Array.from({ length: 40 }, () => 'Officials met again to discuss the weather and the markets.');
		const long = assign([news, ...padding])[0]!.score;
		expect(long).toBeLessThan(short);
	});
});

describe('topicsForSentence', () => {
	it('names the topics one sentence is about', () => {
		const [sentence] = sentencesOf(['Ukraine and Russia exchanged 175 prisoners of war on Saturday.']);
		expect(topicsForSentence(sentence!, [], taxonomy)[0]).toBe('prisoners-exchanges');
	});

	it('counts only the mentions of that sentence', () => {
		const sentences = sentencesOf(['The plant was quiet.', 'Grossi visited.']);
		const mentions = entityMentions(sentences, [{ surface: 'Grossi', key: 'rafael-grossi' }]);
		expect(topicsForSentence(sentences[0]!, mentions, taxonomy)).toEqual([]);
		expect(topicsForSentence(sentences[1]!, mentions, taxonomy)).toEqual(['nuclear-safety']);
	});
});

describe('content/topics.yaml', () => {
	const gazetteerFile = join(root, 'content/gazetteer.yaml');

	it('has at least twelve topics with a paragraph of description each', () => {
		expect(taxonomy.length).toBeGreaterThanOrEqual(12);
		for (const entry of taxonomy) expect(entry.description.split(/\s+/).length, entry.id).toBeGreaterThan(50);
	});

	it('names only entities the gazetteer knows', () => {
		if (!existsSync(gazetteerFile)) return;
		const gazetteer = GazetteerSchema.parse(parse(readFileSync(gazetteerFile, 'utf8'))).entities;
		const ids = new Set(gazetteer.map((entry) => entry.id ?? slugify(entry.name)));
		expect(
			taxonomy.flatMap((entry) => entry.entities.filter((id) => !ids.has(id)).map((id) => `${entry.id}: ${id}`)),
		).toEqual([]);
	});

	it('names only metrics of the registry and uses every metric of the contract', () => {
		const metrics = new Set(taxonomy.flatMap((entry) => entry.metrics));
		expect([...metrics].filter((metric) => !metricById(metric))).toEqual([]);
		expect(CONTRACT_METRICS.filter((metric) => !metrics.has(metric))).toEqual([]);
	});
});

interface TopicFixture {
	paragraphs: string[];
	entities?: EntityNote[];
	metrics?: string[];
}

describe('topic fixtures (assignTopics with content/topics.yaml)', () => {
	goldenFolders(join(root, 'test/fixtures/topics'), {
		input: 'input.yaml',
		expected: 'expected.yaml',
		run: (folder, name) => {
			const input = parse(readFileSync(join(folder, 'input.yaml'), 'utf8')) as TopicFixture;
			const article = testArticle({ id: name, paragraphs: input.paragraphs, entities: input.entities ?? [] });
			const topics = assignTopics(
				{ sentences: article.sentences, mentions: article.mentions, metrics: input.metrics ?? [] },
				taxonomy,
			).map((assignment) => assignment.topic);
			return { topics };
		},
	});
});
