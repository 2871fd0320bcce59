import { describe, expect, it } from 'vitest';
import { CONTRACT_METRICS, METRICS, MetricDefinitionSchema, metricById, metricsOnChart } from './metric.ts';

describe('METRICS (the metric registry)', () => {
	it('declares each metric once and by the schema', () => {
		const ids = METRICS.map((metric) => metric.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const metric of METRICS) expect(MetricDefinitionSchema.parse(metric)).toEqual(metric);
	});
	it('holds every metric the data contract names', () => {
		expect(CONTRACT_METRICS.filter((id) => !metricById(id))).toEqual([]);
	});
	it('expands money stems per currency with the currency as unit ("aid_eur" in eur)', () => {
		expect(metricById('aid_eur')).toMatchObject({ unit: 'eur', family: 'money', label: 'Aid and financing' });
		expect(metricById('territory_captured_mi2')).toMatchObject({ unit: 'mi2', family: 'territory' });
	});
	it('draws strikes and losses on their charts and plan points on none', () => {
		expect(metricsOnChart('strikes')).toEqual([
			'drones_launched',
			'missiles_launched',
			'drones_intercepted',
			'missiles_intercepted',
		]);
		expect(metricsOnChart('losses')).toContain('children_killed');
		expect(metricById('plan_points')?.charts).toEqual([]);
	});
});
