import { describe, expect, it } from 'vitest';
import { makeFigure } from '../briefings/fixtures.ts';
import { onePerMetric, topicFigures } from './topic-figures.ts';

const night = makeFigure({
	id: 'night',
	article: 'b',
	metric: 'civilians_killed',
	value: 3,
	subject: 'ukraine',
	date: '2026-02-02',
	span: 'incident',
});
const total = makeFigure({
	id: 'total',
	article: 'a',
	metric: 'civilians_killed',
	value: 14000,
	subject: 'ukraine',
	date: '2026-01-31',
	span: 'cumulative',
	spanCue: 'since 2022',
});
const earlierNight = makeFigure({ ...night, id: 'earlier-night', value: 5, date: '2026-01-20' });

describe('onePerMetric', () => {
	it('keeps a night’s toll and the war’s total of one metric side by side, one of each', () => {
		expect(onePerMetric([night, total, earlierNight]).map((figure) => figure.id)).toEqual(['night', 'total']);
	});
});

describe('topicFigures', () => {
	it('lists the newest figure of each section of a metric, the newest first', () => {
		const topic = { metrics: ['civilians_killed'], figures: ['earlier-night', 'total', 'night'] };
		const byId = new Map([night, total, earlierNight].map((figure) => [figure.id, figure]));
		expect(topicFigures(topic, byId, 6).map((figure) => figure.id)).toEqual(['night', 'total']);
	});
});
