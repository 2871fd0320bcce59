import { describe, expect, it } from 'vitest';
import { AREA_UNITS, CONTRACT_METRICS, CURRENCIES, METRICS, metricById } from '../../../../src/schemas/index.ts';
import type { NumberMatch } from '../../annotate/parse-number.ts';
import { metricName, unitName } from '../metric-rule.ts';
import { METRIC_RULES } from './index.ts';

/** One number of every kind a rule may read: a count, money in each currency, an area in each unit. */
const count: NumberMatch = { start: 0, end: 3, text: '653', value: 653, currency: null, unit: null, digits: true };
const samples = (rule: (typeof METRIC_RULES)[number]): NumberMatch[] =>
	rule.number === 'money'
		? CURRENCIES.map((currency) => ({ ...count, currency }))
		: rule.number === 'km2'
			? AREA_UNITS.map((unit) => ({ ...count, unit }))
			: [count];
const produced = new Set(METRIC_RULES.flatMap((rule) => samples(rule).map((number) => metricName(rule, number))));

describe('METRIC_RULES', () => {
	it('names each rule once, as figures:<name>, with a description', () => {
		const ids = METRIC_RULES.map((rule) => rule.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const rule of METRIC_RULES) {
			expect(rule.id).toMatch(/^figures:[a-z0-9-]+$/);
			expect(rule.description.length).toBeGreaterThan(10);
		}
	});
	it('produces only metrics of the registry, with the unit and family the registry gives', () => {
		for (const rule of METRIC_RULES)
			for (const number of samples(rule)) {
				const metric = metricById(metricName(rule, number));
				expect(metric, `${rule.id} → ${metricName(rule, number)}`).toBeDefined();
				expect(unitName(rule, number)).toBe(metric!.unit);
				expect(rule.family).toBe(metric!.family);
			}
	});
	it('leaves no metric of the registry without a rule that produces it', () => {
		expect(METRICS.map((metric) => metric.id).filter((id) => !produced.has(id))).toEqual([]);
	});
	it('covers every metric of the public vocabulary', () => {
		for (const metric of CONTRACT_METRICS) expect(produced).toContain(metric);
	});
	it('gives every rule a noun, a kind of number or a bare-number cue, so that no rule reads any number at all', () => {
		for (const rule of METRIC_RULES) expect(Boolean(rule.noun || rule.number || (rule.bare && rule.cue))).toBe(true);
	});
	it('points every interception at a launch metric that exists', () => {
		for (const rule of METRIC_RULES.filter((candidate) => candidate.launchedAs))
			expect(produced).toContain(rule.launchedAs);
	});
});
