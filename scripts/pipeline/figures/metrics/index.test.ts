import { describe, expect, it } from 'vitest';
import { KNOWN_METRICS } from '../../../../src/schemas/index.ts';
import type { NumberMatch } from '../../annotate/parse-number.ts';
import { metricName } from '../metric-rule.ts';
import { METRIC_RULES } from './index.ts';

const usd: NumberMatch = { start: 0, end: 4, text: '$8bn', value: 8e9, currency: 'usd', unit: null, digits: true };
const area: NumberMatch = { start: 0, end: 6, text: '505km2', value: 505, currency: null, unit: 'km2', digits: true };
const count: NumberMatch = { start: 0, end: 3, text: '653', value: 653, currency: null, unit: null, digits: true };
const names = METRIC_RULES.map((rule) =>
	metricName(rule, rule.number === 'money' ? usd : rule.number === 'km2' ? area : count),
);

describe('METRIC_RULES', () => {
	it('names every metric in snake_case, as the figure schema requires', () => {
		for (const name of names) expect(name).toMatch(/^[a-z][a-z0-9_]*$/);
	});
	it('covers every metric of the public vocabulary', () => {
		for (const metric of KNOWN_METRICS) expect(names).toContain(metric);
	});
	it('gives every rule a noun, a kind of number or a bare-number cue, so that no rule reads any number at all', () => {
		for (const rule of METRIC_RULES) expect(Boolean(rule.noun || rule.number || (rule.bare && rule.cue))).toBe(true);
	});
	it('points every interception at a launch metric that exists', () => {
		for (const rule of METRIC_RULES.filter((candidate) => candidate.launchedAs))
			expect(names).toContain(rule.launchedAs);
	});
});
