import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ReferenceDatesSchema } from '../../src/schemas/index.ts';
import { sentencesFromText } from './dates/sentences-from-text.ts';
import { warning } from './diagnostics.ts';
import { findDates } from './find-dates.ts';
import { inferPublicationDate } from './infer-date.ts';
import { language } from './lang/index.ts';
import type { DateMention, PublicationDate } from './model.ts';

const root = new URL('../../', import.meta.url);
const references = ReferenceDatesSchema.parse(
	parse(readFileSync(new URL('content/reference-dates.yaml', root), 'utf8')),
).references;
/** A seed's sentences, annotated with the reference dates of `content/` unless told to go without. */
const seed = (prefix: string, withReferences = true) => {
	const name = readdirSync(new URL('seeds/', root)).find((file) => file.startsWith(prefix) && file.endsWith('.txt'))!;
	return sentencesFromText(readFileSync(new URL(`seeds/${name}`, root), 'utf8'), {
		language,
		references: withReferences ? references : [],
	});
};
const infer = (text: string, corpusAnchor: string | null = null) =>
	inferPublicationDate(sentencesFromText(text), { corpusAnchor });
const mentionsOf = (sentences: ReturnType<typeof seed>, result: PublicationDate) =>
	findDates(sentences, { date: result.published, precision: result.publishedPrecision });
const pick = (mentions: DateMention[], text: string) =>
	mentions.filter((mention) => mention.text === text).map(({ date, precision, tense }) => ({ date, precision, tense }));

describe('inferPublicationDate on the seeds', () => {
	it('dates 000 to the Saturday after "Late Friday", anchored by the stated November 21, 2025', () => {
		const result = inferPublicationDate(seed('000'), { corpusAnchor: null });
		expect(result).toMatchObject({
			published: '2025-11-22',
			publishedPrecision: 'day',
			publishedSource: 'inferred',
			publishedConfidence: 0.6,
			diagnostics: [],
		});
		expect(result.publishedEvidence).toContain(
			'“Late Friday, US Army Secretary Dan Driscoll briefed NATO ambassadors in Kyiv.”',
		);
		expect(result.publishedEvidence).toContain('“By November 21, 2025, the deaths of');
	});
	it('resolves the weekdays of 000 against its publication date', () => {
		const sentences = seed('000');
		const mentions = mentionsOf(sentences, inferPublicationDate(sentences, { corpusAnchor: null }));
		expect(pick(mentions, 'Late Friday')).toEqual([{ date: '2025-11-21', precision: 'day', tense: 'past' }]);
		expect(pick(mentions, 'Thursday').map((mention) => mention.date)).toEqual([
			'2025-11-27',
			'2025-11-27',
			'2025-11-27',
		]);
		expect(pick(mentions, 'Thursday').every((mention) => mention.tense === 'future')).toBe(true);
		expect(pick(mentions, 'November 2025')).toEqual([{ date: '2025-11', precision: 'month', tense: 'past' }]);
		expect(pick(mentions, 'April 2023')).toEqual([{ date: '2023-04', precision: 'month', tense: 'past' }]);
		expect(pick(mentions, 'October 2024')[0]?.date).toBe('2024-10');
		expect(pick(mentions, 'September 2024')[0]?.date).toBe('2024-09');
		expect(pick(mentions, 'July 2023')[0]?.date).toBe('2023-07');
		expect(pick(mentions, 'November 2024')[0]?.date).toBe('2024-11');
		expect(mentions.find((mention) => mention.text === 'November 21, 2025')).toMatchObject({
			date: '2025-11-21',
			kind: 'explicit',
			inferred: false,
		});
	});
	it('gives 001 only a month, April 2025, with its year from the anniversary rule', () => {
		const sentences = seed('001');
		const result = inferPublicationDate(sentences, { corpusAnchor: null });
		expect(result).toMatchObject({ published: '2025-04', publishedPrecision: 'month', publishedSource: 'inferred' });
		expect(result.publishedConfidence).toBeLessThanOrEqual(0.4);
		expect(result.publishedEvidence).toContain('on April 15.”');
		expect(result.publishedEvidence).toContain('1945 + 80');
		const mentions = mentionsOf(sentences, result);
		expect(pick(mentions, 'April 15')).toEqual([{ date: '2025-04-15', precision: 'day', tense: 'past' }]);
		expect(pick(mentions, 'mid-May')).toEqual([{ date: '2025-05', precision: 'month', tense: 'future' }]);
		expect(pick(mentions, '2016')[0]).toMatchObject({ date: '2016', precision: 'year' });
		expect(pick(mentions, '2021')[0]).toMatchObject({ date: '2021', precision: 'year' });
	});
	it('gives 001 the same month from the corpus anchor when no reference table is passed', () => {
		const result = inferPublicationDate(seed('001', false), { corpusAnchor: '2025-11-27' });
		expect(result).toMatchObject({ published: '2025-04', publishedPrecision: 'month' });
		expect(result.publishedConfidence).toBeLessThanOrEqual(0.5);
		expect(result.publishedEvidence).toContain('2025-11-27');
	});
	it('dates 002 on or after its latest past day, November 27, at low confidence', () => {
		const sentences = seed('002');
		const result = inferPublicationDate(sentences, { corpusAnchor: null });
		expect(result).toMatchObject({
			published: '2025-11-27',
			publishedPrecision: 'day',
			publishedSource: 'inferred',
			publishedConfidence: 0.45,
		});
		expect(result.publishedEvidence).toContain('on or after');
		const mentions = mentionsOf(sentences, result);
		expect(pick(mentions, 'November 27').map((mention) => mention.date)).toEqual([
			'2025-11-27',
			'2025-11-27',
			'2025-11-27',
			'2025-11-27',
		]);
		expect(pick(mentions, 'November 27').filter((mention) => mention.tense === 'past')).toHaveLength(3);
		expect(pick(mentions, 'next week')).toEqual([{ date: '2025-12', precision: 'month', tense: 'future' }]);
	});
	it('finds no date for 003, which has only relative dates', () => {
		const sentences = seed('003');
		const result = inferPublicationDate(sentences, { corpusAnchor: '2025-11-27' });
		expect(result).toMatchObject({
			published: null,
			publishedPrecision: null,
			publishedSource: null,
			publishedConfidence: 0,
		});
		expect(result.diagnostics).toEqual([
			warning(
				'infer-date:no-date',
				'no publication date found: the text has only relative dates (today, earlier this week)',
			),
		]);
		expect(mentionsOf(sentences, result).every((mention) => mention.date === null)).toBe(true);
	});
	it('gives 004 December 2025 from the finished November and the Sunday between Saturday and Monday', () => {
		const result = inferPublicationDate(seed('004'), { corpusAnchor: '2025-11-27' });
		expect(result).toMatchObject({ published: '2025-12', publishedPrecision: 'month', publishedSource: 'inferred' });
		expect(result.publishedConfidence).toBeLessThanOrEqual(0.5);
		expect(result.publishedEvidence).toContain('Sunday');
		expect(result.publishedEvidence).toContain('“The talks in Florida wrapped up on Saturday.”');
		expect(result.publishedEvidence).toContain('in November alone');
		expect(result.publishedEvidence).toContain('2025-11-27');
	});
	it('finds no date for 004 without a corpus anchor, since the text names no year', () => {
		const result = inferPublicationDate(seed('004'), { corpusAnchor: null });
		expect(result.published).toBeNull();
		expect(result.diagnostics[0]?.message).toMatch(/^no publication date found: the text gives no year/);
	});
});

interface Expected {
	options: { corpusAnchor: string | null; references?: boolean };
	published: string | null;
	publishedPrecision: string | null;
	publishedSource: string | null;
	publishedConfidence: number;
	evidence: string[];
	warnings: string[];
	mentions: Partial<DateMention>[];
}

describe('inferPublicationDate on fixture articles', () => {
	const folder = new URL('test/fixtures/dates/', root);
	for (const name of readdirSync(folder)) {
		it(`handles ${name}`, () => {
			const expected = JSON.parse(readFileSync(new URL(`${name}/expected.json`, folder), 'utf8')) as Expected;
			const sentences = sentencesFromText(readFileSync(new URL(`${name}/input.txt`, folder), 'utf8'), {
				language,
				references: expected.options.references ? references : [],
			});
			const result = inferPublicationDate(sentences, { corpusAnchor: expected.options.corpusAnchor });
			const { published, publishedPrecision, publishedSource, publishedConfidence } = result;
			expect({ published, publishedPrecision, publishedSource, publishedConfidence }).toEqual({
				published: expected.published,
				publishedPrecision: expected.publishedPrecision,
				publishedSource: expected.publishedSource,
				publishedConfidence: expected.publishedConfidence,
			});
			for (const words of expected.evidence) expect(result.publishedEvidence).toContain(words);
			const messages = result.diagnostics.map((diagnostic) => diagnostic.message);
			if (expected.warnings.length === 0) expect(messages).toEqual([]);
			for (const words of expected.warnings)
				expect(
					messages.some((message) => message.includes(words)),
					`a warning with "${words}" in ${JSON.stringify(messages)}`,
				).toBe(true);
			const mentions = findDates(sentences, { date: published, precision: result.publishedPrecision });
			for (const mention of expected.mentions) expect(mentions).toContainEqual(expect.objectContaining(mention));
		});
	}
});

describe('inferPublicationDate', () => {
	it('reads an explicit date with its weekday ("On Tuesday, March 4, 2025") as a lower bound', () => {
		expect(infer('On Tuesday, March 4, 2025, the council voted to extend martial law.')).toMatchObject({
			published: '2025-03-04',
			publishedPrecision: 'day',
			publishedConfidence: 0.45,
		});
	});
	it('reads day-month-year order ("21 November 2025")', () => {
		expect(infer('The ceasefire took effect on 21 November 2025, the ministry said.').published).toBe('2025-11-21');
	});
	it('pins the day between a stated past date and a stated future one', () => {
		expect(infer('The ministers met on 2 December 2025. The summit will open on 3 December 2025.')).toMatchObject({
			published: '2025-12-02',
			publishedConfidence: 0.7,
		});
	});
	it('gives the last day that fits as well as the first when a week is left ("between … and …")', () => {
		const result = infer(
			'The ministers met on 2 March 2026. The vote on the budget is due on 6 March 2026, deputies said.',
		);
		expect(result).toMatchObject({ published: '2026-03-02', publishedPrecision: 'day', publishedLatest: '2026-03-05' });
	});
	it('gives one day and no range when the dates leave only one', () => {
		const result = infer('The ministers met on 2 December 2025. The summit will open on 3 December 2025.');
		expect(result.publishedLatest ?? null).toBeNull();
	});
	it('takes the year of an abbreviated yearless date ("Sept. 9") from the same sentence', () => {
		expect(infer('The envoy arrived on Sept. 9 and left on Sept. 12, 2024.').published).toBe('2024-09-12');
	});
	it('places a past weekday after the latest stated date and counts days from it', () => {
		const result = infer(
			'The bill was signed on Monday. Lawmakers will debate the budget on Thursday. Ministers met on 1 April 2025 to draft it.',
		);
		expect(result).toMatchObject({ published: '2025-04-08', publishedPrecision: 'day', publishedConfidence: 0.5 });
	});
	it('does not take a hedged deadline ("could be approved by December 18") for a past date', () => {
		const result = infer(
			'Russian forces struck the port overnight on Tuesday, regional governor Oleh Kiper said on December ' +
				'9, 2025. Officials said a new sanctions package could be approved by December 18.',
		);
		expect(result).toMatchObject({ published: '2025-12-09', publishedPrecision: 'day' });
		expect(result.publishedEvidence).toContain('It falls on Tuesday 9 December 2025');
	});
	it('never gives a day when only weekdays and a supplied year support it', () => {
		const result = infer(
			'Talks wrapped up on Saturday after a record month: Russia fired 6,000 drones in March alone. Leaders will meet on Monday.',
			'2025-11-27',
		);
		expect(result.publishedPrecision).toBe('month');
		expect(result.published).toBe('2025-04');
	});
	it('does not date an article by a "since" clause alone', () => {
		const result = infer('Since April 2023, stateless men have been able to sign contracts.');
		expect(result.published).toBeNull();
		expect(result.diagnostics[0]?.message).toMatch(/^no publication date found/);
	});
	it('returns null with a warning for an article with no dates', () => {
		expect(infer('The front line barely moved. Both armies dug in.')).toEqual({
			published: null,
			publishedPrecision: null,
			publishedSource: null,
			publishedConfidence: 0,
			publishedEvidence: 'The text names no dates.',
			diagnostics: [warning('infer-date:no-date', 'no publication date found: the text names no dates')],
		});
	});
	it('warns when a stated publication date is earlier than a date the text speaks of as past', () => {
		const result = infer('Published: 20 November 2025\nThe talks ended on 22 November 2025.');
		expect(result).toMatchObject({ published: '2025-11-20', publishedSource: 'stated' });
		expect(result.diagnostics.some((found) => found.message.includes('earlier than "22 November 2025"'))).toBe(true);
	});
	it('does not warn when a past weekday is the stated publication day ("said on Wednesday", published on a Wednesday)', () => {
		const result = infer('Published: 3 December 2025\nThe agency said on Wednesday that the plant had lost power.');
		expect(result).toMatchObject({ published: '2025-12-03', publishedSource: 'stated', diagnostics: [] });
	});
	it('still warns when a past weekday falls after the stated publication day', () => {
		const result = infer(
			'Published: 3 December 2025\nThe agency said on 5 December 2025 that the plant had lost power.',
		);
		expect(result.diagnostics).toEqual([
			expect.objectContaining({
				rule: 'infer-date:stated-date-too-early',
				message: expect.stringMatching(/is earlier than "5 December 2025"/),
			}),
		]);
	});
	it('prefers a "Published" line to an "Updated" one and trusts "Updated" alone less', () => {
		expect(infer('Published: Nov 20, 2025\nUpdated: Nov 23, 2025 10:32 GMT\nThe talks went on.')).toMatchObject({
			published: '2025-11-20',
			publishedSource: 'stated',
			publishedConfidence: 0.95,
		});
		expect(infer('Updated: 23 November 2025 10:32 GMT\nThe talks went on.')).toMatchObject({
			published: '2025-11-23',
			publishedSource: 'stated',
			publishedConfidence: 0.6,
		});
	});
	it('does not take a date in the body for a dateline', () => {
		expect(infer('Officials said on 21 November 2025 that talks would go on.').publishedSource).toBe('inferred');
	});
	it('dates a seed in well under 50 ms once warm', () => {
		const sentences = seed('000');
		inferPublicationDate(sentences, { corpusAnchor: null });
		const start = performance.now();
		for (let round = 0; round < 5; round++) inferPublicationDate(sentences, { corpusAnchor: null });
		expect((performance.now() - start) / 5).toBeLessThan(50);
	});
});
