import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { TaxonomySchema } from '../../src/schemas/index.ts';
import { buildEvents } from './build-events.ts';
import { type ArticleNotes, testArticle } from './events/test-article.ts';

const taxonomy = TaxonomySchema.parse(
	parse(readFileSync(join(import.meta.dirname, '../../content/topics.yaml'), 'utf8')),
).topics;

const eventsOf = (notes: ArticleNotes) => {
	const article = testArticle(notes);
	return buildEvents({
		article: article.id,
		sentences: article.sentences,
		dates: article.dates,
		mentions: article.mentions,
		taxonomy,
	});
};

const DRISCOLL: ArticleNotes = {
	id: 'guardian',
	paragraphs: [
		'Late Friday, US Army Secretary Dan Driscoll briefed NATO ambassadors in Kyiv. The mood was tense, ' +
			'as the US, after direct talks with Russia, presented a deal that would force Ukraine to cede ' +
			'territory already lost.',
	],
	dates: [{ text: 'Late Friday', date: '2025-11-21', kind: 'weekday', inferred: true }],
	entities: [
		{ surface: 'Dan Driscoll', key: 'dan-driscoll' },
		{ surface: 'NATO', key: 'nato', type: 'organization' },
		{ surface: 'Kyiv', key: 'kyiv', type: 'place' },
	],
};

describe('buildEvents', () => {
	it('dates the sentence after a short lead-in ("Where things stand on Tuesday:") and gives the lead-in no event', () => {
		const events = eventsOf({
			id: 'live',
			paragraphs: ['Where things stand on Tuesday, 3 March:', 'Drones struck the port overnight, officials said.'],
			dates: [{ text: 'Tuesday, 3 March', date: '2026-03-03' }],
		});
		expect(events.map((event) => [event.date, event.title])).toEqual([
			['2026-03-03', 'Drones struck the port overnight'],
		]);
	});
	it("gives a wire dateline's date no event: the story's own date words do", () => {
		const events = eventsOf({
			id: 'wire',
			paragraphs: ['VIENNA, March 3 (Reuters) - Inspectors reached the plant early on Tuesday, the agency said.'],
			dates: [
				{ text: 'March 3', date: '2026-03-03' },
				{ text: 'Tuesday', date: '2026-03-03', kind: 'weekday' },
			],
		});
		expect(events.map((event) => [event.dateText, event.title])).toEqual([['Tuesday', 'Inspectors reached the plant']]);
	});
	it('turns a dated sentence into an event sourced to that exact sentence', () => {
		const [event] = eventsOf(DRISCOLL);
		expect(event).toMatchObject({
			date: '2025-11-21',
			precision: 'day',
			title: 'Dan Driscoll briefed NATO ambassadors in Kyiv',
			source: {
				article: 'guardian',
				quote: 'Late Friday, US Army Secretary Dan Driscoll briefed NATO ambassadors in Kyiv.',
				sentence: 's-1',
			},
			entities: ['dan-driscoll', 'nato', 'kyiv'],
			inferred: true,
			dateText: 'Late Friday',
		});
	});

	it('adds the next sentence to the description when it carries on the story', () => {
		const [event] = eventsOf(DRISCOLL);
		expect(event!.description).toBe(DRISCOLL.paragraphs[0]);
	});

	it('keeps the description to the sentence when the next one starts something else', () => {
		const [event] = eventsOf({
			id: 'a',
			paragraphs: [
				'On 3 March 2025 Ukraine and Russia exchanged 175 prisoners each. Meanwhile, shelling continued in Kherson.',
			],
			dates: [{ text: '3 March 2025', date: '2025-03-03' }],
		});
		expect(event!.description).toBe('On 3 March 2025 Ukraine and Russia exchanged 175 prisoners each.');
	});

	it('gives the event the topics of its sentence', () => {
		const [event] = eventsOf({
			id: 'a',
			paragraphs: ['On 3 March 2025 Ukraine and Russia exchanged 175 prisoners of war each.'],
			dates: [{ text: '3 March 2025', date: '2025-03-03' }],
		});
		expect(event!.topics[0]).toBe('prisoners-exchanges');
	});

	it('gives each of two events in one sentence the topics of its own clause, not of the other', () => {
		const events = eventsOf({
			id: 'two-losses',
			paragraphs: [
				'The names include a colonel who was shot dead by a sniper in May 2024, and a brigade commander ' +
					'who died when a missile struck his headquarters in January 2025.',
			],
			dates: [
				{ text: 'May 2024', date: '2024-05', kind: 'month' },
				{ text: 'January 2025', date: '2025-01', kind: 'month' },
			],
		});
		const topicsOf = (date: string) => events.find((event) => event.date === date)?.topics ?? [];
		expect(topicsOf('2025-01')).toContain('air-war');
		expect(topicsOf('2024-05')).not.toContain('air-war');
	});

	it('gives a statement the topics of what was said, not of the summit it was said at', () => {
		const [event] = eventsOf({
			id: 'remark',
			paragraphs: [
				'Talking to the press after an allies summit in Astana on 3 May 2026, the foreign minister said the ' +
					'ceasefire text could be the basis of a peace deal.',
			],
			dates: [{ text: '3 May 2026', date: '2026-05-03' }],
		});
		expect(event!.title).toMatch(/said/);
		expect(event!.topics).toContain('peace-plan');
		expect(event!.topics).not.toContain('european-response');
	});

	it('dates a past event inside a recent article at its own date', () => {
		const events = eventsOf({
			id: 'a',
			paragraphs: [
				'By October 2024, a new amendment allowed recruitment at any stage of criminal proceedings, resulting in a sharp rise in teenage deaths at the front.',
			],
			dates: [{ text: 'October 2024', date: '2024-10', kind: 'month' }],
		});
		expect(events.map((event) => [event.date, event.precision, event.title])).toEqual([
			['2024-10', 'month', 'A new amendment allowed recruitment at any stage of criminal proceedings'],
		]);
	});

	it('gives a sentence with two dates two events, each with its own names', () => {
		const events = eventsOf({
			id: 'a',
			paragraphs: [
				'The list includes Lieutenant General Oleg Tsokov, killed in July 2023, and Major General Pavel ' +
					'Klimenko, fatally wounded by a drone strike in November 2024.',
			],
			dates: [
				{ text: 'July 2023', date: '2023-07' },
				{ text: 'November 2024', date: '2024-11' },
			],
			entities: [
				{ surface: 'Oleg Tsokov', key: 'oleg-tsokov' },
				{ surface: 'Pavel Klimenko', key: 'pavel-klimenko' },
			],
		});
		expect(events.map((event) => [event.date, event.title, event.entities])).toEqual([
			['2023-07', 'Lt Gen Oleg Tsokov killed', ['oleg-tsokov']],
			['2024-11', 'Maj Gen Pavel Klimenko fatally wounded by a drone strike', ['pavel-klimenko']],
		]);
	});

	it('skips questions, unresolved dates, vague periods and key points', () => {
		const events = eventsOf({
			id: 'a',
			keyPoints: ['Officials are pressuring Kyiv to accept the deal by Thursday.'],
			paragraphs: [
				'Will the truce hold until May 9?',
				'The talks in Florida wrapped up on Saturday.',
				'The stakes have grown in recent years.',
			],
			dates: [
				{ text: 'Thursday', date: '2025-11-27', kind: 'weekday', inferred: true },
				{ text: 'May 9', date: '2025-05-09' },
				{ text: 'Saturday', date: null, kind: 'weekday' },
				{ text: 'in recent years', date: '2025', kind: 'relative' },
			],
		});
		expect(events).toEqual([]);
	});

	it('dates an event told as "two weeks ago" and skips "a few weeks ago"', () => {
		const events = eventsOf({
			id: 'a',
			paragraphs: [
				'Two weeks ago, the European Union agreed a loan for Kyiv.',
				'A few weeks ago, the front was quiet.',
			],
			dates: [{ text: 'Two weeks ago', date: '2025-12', precision: 'month', kind: 'relative', inferred: true }],
		});
		expect(events.map((event) => [event.date, event.title])).toEqual([
			['2025-12', 'The European Union agreed a loan for Kyiv'],
		]);
	});

	it('makes one event of a date range, dated by its first day', () => {
		const events = eventsOf({
			id: 'a',
			paragraphs: ['Envoys met a Ukrainian delegation in Berlin from December 13 to December 14.'],
			dates: [
				{ text: 'December 13', date: '2025-12-13' },
				{ text: 'December 14', date: '2025-12-14' },
			],
		});
		expect(events.map((event) => event.date)).toEqual(['2025-12-13']);
	});

	it('makes one event of the same day named twice in a sentence', () => {
		const events = eventsOf({
			id: 'a',
			paragraphs: ['On Monday the delegations met in Riyadh, and talks on Monday evening ran late.'],
			dates: [
				{ text: 'On Monday', date: '2025-03-10', kind: 'weekday', inferred: true },
				{ text: 'Monday evening', date: '2025-03-10', kind: 'weekday', inferred: true },
			],
		});
		expect(events.map((event) => event.title)).toEqual(['The delegations met in Riyadh']);
	});

	it('keeps every title within 90 characters', () => {
		const events = eventsOf({
			id: 'a',
			paragraphs: [
				'On the economic front, the International Monetary Fund announced on November 27 that it had reached ' +
					'a staff-level agreement on a new four-year, $8.2 billion program for Ukraine.',
				'Speaking to Russian journalists after the Collective Security Treaty Organisation summit in Bishkek ' +
					'on November 27, Putin said the US-Ukraine draft discussed in Geneva could serve as the basis for a ' +
					'future peace deal.',
			],
			dates: [
				{ text: 'November 27', near: 'announced on November 27', date: '2025-11-27' },
				{ text: 'November 27', near: 'Bishkek on November 27', date: '2025-11-27' },
			],
		});
		expect(events).toHaveLength(2);
		for (const event of events) expect(event.title.length).toBeLessThanOrEqual(90);
	});
});
