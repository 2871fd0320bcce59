import { describe, expect, it } from 'vitest';
import { event, figure } from '../charts/fixtures.ts';
import { locateInput, mentionsIn, PLACES } from './fixtures.ts';
import { locateReports } from './locate.ts';

const placesOf = (located: ReturnType<typeof locateReports>) =>
	located.placed.map(({ place, reports }) => [place.id, reports.map((report) => `${report.kind}:${report.id}`)]);

describe('locateReports', () => {
	it('places a casualty figure at the settlement its sentence names, not also at the region around it', () => {
		const killed = figure({ metric: 'civilians_killed', value: 2, sentence: 's-4' });
		const located = locateReports(locateInput([killed], [], mentionsIn('a1', 's-4', PLACES.samara, PLACES.syzran)));
		expect(placesOf(located)).toEqual([['syzran', [`casualties:${killed.id}`]]]);
	});

	it('places nothing at a country, a continent or a sea ("Russia launched 653 drones")', () => {
		const launched = figure({ metric: 'drones_launched', value: 653, sentence: 's-2' });
		const located = locateReports(locateInput([launched], [], mentionsIn('a1', 's-2', PLACES.russia, PLACES.blackSea)));
		expect(located.placed).toEqual([]);
	});

	it('places a part of a larger figure at the place its scope names, and the whole not there', () => {
		const whole = figure({ metric: 'drones_intercepted', value: 118, sentence: 's-9' });
		const part = figure({
			metric: 'drones_intercepted',
			value: 52,
			sentence: 's-9',
			scope: 'over the Belgorod region',
		});
		const located = locateReports(locateInput([whole, part], [], mentionsIn('a1', 's-9', PLACES.belgorod)));
		expect(placesOf(located)).toEqual([['belgorod-region', [`strikes:${part.id}`]]]);
	});

	it('places an event at the places of all its source sentences, each once', () => {
		const talks = event({
			id: 'e1',
			date: '2025-11-23',
			title: 'Talks held',
			sources: [
				{ article: 'a1', sentence: 's-1', quote: 'Talks were held in Geneva.' },
				{ article: 'a2', sentence: 's-5', quote: 'Delegations met in Geneva on Sunday.' },
			],
		});
		const located = locateReports(
			locateInput([], [talks], [...mentionsIn('a1', 's-1', PLACES.geneva), ...mentionsIn('a2', 's-5', PLACES.geneva)]),
		);
		expect(placesOf(located)).toEqual([['geneva', ['events:e1']]]);
	});

	it('lists under each place only the event sentences that name it', () => {
		const meeting = event({
			id: 'e2',
			date: '2026-03',
			title: 'Ministers will meet in Kyiv',
			sources: [
				{ article: 'a1', sentence: 's-3', quote: 'Talks will resume next week.' },
				{ article: 'a1', sentence: 's-4', quote: 'Ministers will meet in Kyiv on Monday.' },
				{ article: 'a2', sentence: 's-8', quote: 'Envoys flew from Odesa to Kyiv for the meeting.' },
			],
		});
		const located = locateReports(
			locateInput(
				[],
				[meeting],
				[...mentionsIn('a1', 's-4', PLACES.kyiv), ...mentionsIn('a2', 's-8', PLACES.odesa, PLACES.kyiv)],
			),
		);
		const sentencesAt = (id: string) =>
			located.placed
				.find(({ place }) => place.id === id)
				?.reports.flatMap((report) => report.sources.map((source) => `${source.article} ${source.sentence}`));
		expect(sentencesAt('kyiv')).toEqual(['a1 s-4', 'a2 s-8']);
		expect(sentencesAt('odesa')).toEqual(['a2 s-8']);
	});

	it('places a meeting at its own clause, not at the talks it is said to have preceded (and the talks at theirs)', () => {
		const quote =
			'The vote in Riga followed a separate round of talks between the envoys and the prime minister in Tallinn, ' +
			'which also broke up without a deal.';
		const source = { article: 'a1', sentence: 's-3', quote };
		const talks = event({
			id: 'e-talks',
			date: '2026-02',
			title: 'Talks between the envoys and the prime minister in Tallinn broke up without a deal',
			sources: [source],
		});
		const vote = event({ id: 'e-vote', date: '2026-02', title: 'The vote in Riga', sources: [source] });
		const located = locateReports(locateInput([], [talks, vote], mentionsIn('a1', 's-3', PLACES.riga, PLACES.tallinn)));
		expect(placesOf(located)).toEqual([
			['riga', ['events:e-vote']],
			['tallinn', ['events:e-talks']],
		]);
	});

	it('places a statement where it was made, not at the place it speaks of', () => {
		const quote =
			'Addressing reporters after a regional summit in Astana on 3 May, the foreign minister said the ceasefire ' +
			'text agreed in Vienna could form the basis of a settlement.';
		const remark = event({
			id: 'e-remark',
			date: '2026-05-03',
			title: 'Foreign minister said the ceasefire text agreed in Vienna could form the basis',
			sources: [{ article: 'a1', sentence: 's-6', quote }],
		});
		const located = locateReports(locateInput([], [remark], mentionsIn('a1', 's-6', PLACES.astana, PLACES.vienna)));
		expect(placesOf(located)).toEqual([['astana', ['events:e-remark']]]);
	});

	it('places an event told inside what someone said at the place of that report', () => {
		const quote = 'The regional governor said drones struck a depot in Kharkiv before dawn.';
		const strike = event({
			id: 'e-strike',
			date: '2026-01-09',
			title: 'Drones struck a depot in Kharkiv',
			sources: [{ article: 'a1', sentence: 's-2', quote }],
		});
		const located = locateReports(locateInput([], [strike], mentionsIn('a1', 's-2', PLACES.kharkiv)));
		expect(placesOf(located)).toEqual([['kharkiv', ['events:e-strike']]]);
	});

	it('counts a sentence naming two cities at both', () => {
		const killed = figure({ metric: 'killed', value: 7, sentence: 's-3' });
		const located = locateReports(locateInput([killed], [], mentionsIn('a1', 's-3', PLACES.odesa, PLACES.kharkiv)));
		expect(placesOf(located).map(([id]) => id)).toEqual(['kharkiv', 'odesa']);
	});

	it('keeps a place without coordinates apart as not placed, with its reports', () => {
		const hit = figure({ metric: 'locations_hit', value: 3, sentence: 's-7' });
		const located = locateReports(locateInput([hit], [], mentionsIn('a1', 's-7', PLACES.nordStream, PLACES.kyiv)));
		expect(placesOf(located)).toEqual([['kyiv', [`strikes:${hit.id}`]]]);
		expect(located.unplaced.map(({ place, reports }) => [place.name, reports.length])).toEqual([['Nord Stream', 1]]);
	});

	it('places no number the text rules out or only supposes', () => {
		const supposed = figure({ metric: 'killed', value: 40, sentence: 's-2', status: 'hypothetical' });
		expect(locateReports(locateInput([supposed], [], mentionsIn('a1', 's-2', PLACES.kyiv))).placed).toEqual([]);
	});

	it('leaves figures the map does not draw (aid, territory) unplaced', () => {
		const aid = figure({ metric: 'aid_usd', value: 8.2e9, sentence: 's-1' });
		expect(locateReports(locateInput([aid], [], mentionsIn('a1', 's-1', PLACES.kyiv))).placed).toEqual([]);
	});

	it('orders places by their number of reports, then by name', () => {
		const figures = [
			figure({ metric: 'killed', value: 1, sentence: 's-1' }),
			figure({ metric: 'killed', value: 2, sentence: 's-2' }),
			figure({ metric: 'killed', value: 3, sentence: 's-3' }),
		];
		const mentions = [
			...mentionsIn('a1', 's-1', PLACES.odesa),
			...mentionsIn('a1', 's-2', PLACES.odesa),
			...mentionsIn('a1', 's-3', PLACES.kyiv),
		];
		expect(placesOf(locateReports(locateInput(figures, [], mentions))).map(([id]) => id)).toEqual(['odesa', 'kyiv']);
	});
});
