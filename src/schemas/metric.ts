/**
 * The metric registry: every metric a figure can have, declared once with its label, family, unit and the charts that
 * draw it. The figure rules name metrics from it, the pipeline takes a figure's unit and family from it, the Data
 * page lists it, and the labels and charts read it: nothing guesses a metric's meaning from its name.
 */
import { z } from 'zod';

/** The subject areas figures fall in; a source reporting on one area speaks for later figures of that area. */
export const MetricFamilySchema = z.enum([
	'strikes',
	'casualties',
	'territory',
	'prisoners',
	'money',
	'infrastructure',
	'diplomacy',
]);
export type MetricFamily = z.output<typeof MetricFamilySchema>;

/** Currencies money is read in (never converted): a money metric has one id per currency (`aid_usd`, `aid_eur`). */
export const CURRENCIES = ['usd', 'eur', 'gbp', 'uah', 'rub'] as const;
export type Currency = (typeof CURRENCIES)[number];

/** Area units: an area metric has one id per unit (`territory_captured_km2`, `territory_captured_mi2`). */
export const AREA_UNITS = ['km2', 'mi2'] as const;

/** The charts (`src/charts/index.ts`) a metric can be drawn on. */
export const MetricChartSchema = z.enum(['strikes', 'losses', 'over-time']);

/** One metric of the vocabulary. */
export const MetricDefinitionSchema = z.object({
	id: z
		.string()
		.regex(/^[a-z][a-z0-9_]*$/)
		.describe('The metric as it appears in figures.json: drones_launched, killed, aid_usd …'),
	label: z.string().describe('How pages and charts name it ("Drones launched").'),
	family: MetricFamilySchema.describe('What it is about: strikes, casualties, territory, prisoners, money …'),
	unit: z.string().describe('The unit of its values: count, hours, km2, mi2, or a currency code.'),
	charts: z.array(MetricChartSchema).describe('The charts that draw it; empty when it is only in the open data.'),
	description: z.string().describe('What it counts, in a sentence.'),
});
export type MetricDefinition = z.output<typeof MetricDefinitionSchema>;

/** A metric as declared: money and area metrics name a stem, expanded to one id per currency or area unit. */
interface Declared extends Omit<MetricDefinition, 'unit'> {
	/** `count`, `hours`; `currency` or `area` for a stem expanded per currency or per area unit. */
	unit: string;
}

const STRIKES: MetricDefinition['charts'] = ['strikes', 'over-time'];
const LOSSES: MetricDefinition['charts'] = ['losses', 'over-time'];
const TIME: MetricDefinition['charts'] = ['over-time'];

const count = (
	id: string,
	label: string,
	family: MetricFamily,
	charts: MetricDefinition['charts'],
	description: string,
): Declared => ({ id, label, family, unit: 'count', charts, description });

const DECLARED: Declared[] = [
	count('drones_launched', 'Drones launched', 'strikes', STRIKES, 'Drones launched in an attack.'),
	count('missiles_launched', 'Missiles launched', 'strikes', STRIKES, 'Missiles launched in an attack.'),
	count('bombs_dropped', 'Bombs dropped', 'strikes', [], 'Glide and aerial bombs dropped.'),
	count(
		'drones_intercepted',
		'Drones intercepted',
		'strikes',
		STRIKES,
		'Drones shot down or jammed; whose is who launched them.',
	),
	count(
		'missiles_intercepted',
		'Missiles intercepted',
		'strikes',
		STRIKES,
		'Missiles shot down; whose is who launched them.',
	),
	count('locations_hit', 'Locations hit', 'strikes', TIME, 'Places, sites or targets hit.'),
	count('regions_hit', 'Regions hit', 'strikes', [], 'Regions where strikes landed.'),
	count('buildings_damaged', 'Buildings damaged', 'strikes', [], 'Homes and other buildings damaged or destroyed.'),
	count('killed', 'Killed', 'casualties', LOSSES, 'People killed, whoever they were.'),
	count('civilians_killed', 'Civilians killed', 'casualties', LOSSES, 'Civilians killed.'),
	count('soldiers_killed', 'Soldiers killed', 'casualties', LOSSES, 'Soldiers killed.'),
	count('officers_killed', 'Officers killed', 'casualties', LOSSES, 'Officers killed.'),
	count('generals_killed', 'Generals killed', 'casualties', LOSSES, 'Generals killed.'),
	count('children_killed', 'Children killed', 'casualties', LOSSES, 'Children killed.'),
	count('injured', 'Injured', 'casualties', LOSSES, 'People injured or wounded.'),
	count('children_injured', 'Children injured', 'casualties', LOSSES, 'Children injured.'),
	count('casualties', 'Casualties', 'casualties', LOSSES, 'Killed and wounded together ("lost 1,000 troops").'),
	{
		id: 'territory_captured',
		label: 'Territory captured',
		family: 'territory',
		unit: 'area',
		charts: TIME,
		description: 'Area captured, in the unit the text gives.',
	},
	count('villages_captured', 'Villages captured', 'territory', [], 'Villages captured.'),
	count('settlements_captured', 'Settlements captured', 'territory', [], 'Towns, cities and settlements captured.'),
	count('prisoners_released', 'Prisoners released', 'prisoners', TIME, 'Prisoners released, exchanged or returned.'),
	count('prisoners_held', 'Prisoners held', 'prisoners', [], 'Prisoners or detainees held.'),
	count('political_prisoners_held', 'Political prisoners held', 'prisoners', [], 'Political prisoners held.'),
	count('soldiers_captured', 'Soldiers captured', 'prisoners', [], 'Soldiers taken prisoner.'),
	count('children_deported', 'Children deported', 'prisoners', [], 'Children deported or forcibly transferred.'),
	{
		id: 'aid',
		label: 'Aid and financing',
		family: 'money',
		unit: 'currency',
		charts: TIME,
		description: 'Aid, loans and grants to a country, in the currency the text gives.',
	},
	{
		id: 'frozen_assets',
		label: 'Frozen assets',
		family: 'money',
		unit: 'currency',
		charts: [],
		description: 'Assets frozen or immobilised.',
	},
	{
		id: 'spending',
		label: 'Spending',
		family: 'money',
		unit: 'currency',
		charts: [],
		description: 'What a government spends or budgets (on defence, say).',
	},
	{
		id: 'cost',
		label: 'Cost of damage',
		family: 'money',
		unit: 'currency',
		charts: [],
		description: 'A cost put on damage or repairs.',
	},
	{
		id: 'power_outage_hours',
		label: 'Power outage hours',
		family: 'infrastructure',
		unit: 'hours',
		charts: [],
		description: 'How long power cuts last.',
	},
	count('people_without_power', 'People without power', 'infrastructure', [], 'People left without power.'),
	count(
		'households_without_power',
		'Households without power',
		'infrastructure',
		[],
		'Households or customers left without power.',
	),
	count('troop_cap', 'Troop cap', 'diplomacy', [], "A cap on an army's size in a plan or deal."),
	count('plan_points', 'Plan points', 'diplomacy', [], 'Points of a peace plan or proposal.'),
];

/** One definition per id: stems expanded per currency or area unit. */
function expand(declared: readonly Declared[]): MetricDefinition[] {
	return declared.flatMap((metric) => {
		const units = metric.unit === 'currency' ? CURRENCIES : metric.unit === 'area' ? AREA_UNITS : null;
		if (!units) return [metric];
		// The label stays the stem's: values are shown with their currency or unit ("$8.2 billion").
		return units.map((unit) => ({ ...metric, id: `${metric.id}_${unit}`, unit }));
	});
}

/** Every metric, in the order pages list them. */
export const METRICS: readonly MetricDefinition[] = expand(DECLARED);

const BY_ID = new Map(METRICS.map((metric) => [metric.id, metric]));

/** The metric with this id, or undefined for a name the registry does not hold. */
export function metricById(id: string): MetricDefinition | undefined {
	return BY_ID.get(id);
}

/** The stems that take one id per currency or area unit, with which. */
export const METRIC_STEMS: ReadonlyMap<string, 'currency' | 'area'> = new Map(
	DECLARED.filter((metric) => metric.unit === 'currency' || metric.unit === 'area').map((metric) => [
		metric.id,
		metric.unit as 'currency' | 'area',
	]),
);

/** The ids of the metrics a chart draws, in registry order. */
export function metricsOnChart(chart: z.output<typeof MetricChartSchema>): string[] {
	return METRICS.filter((metric) => metric.charts.includes(chart)).map((metric) => metric.id);
}

/** The metric vocabulary the public data contract names; each is in the registry (tested). */
export const CONTRACT_METRICS = [
	'drones_launched',
	'missiles_launched',
	'drones_intercepted',
	'missiles_intercepted',
	'locations_hit',
	'killed',
	'injured',
	'civilians_killed',
	'soldiers_killed',
	'officers_killed',
	'generals_killed',
	'territory_captured_km2',
	'prisoners_released',
	'aid_usd',
] as const;
