/**
 * The rows behind each chart as CSV at `<base>/charts/<chart>.csv`: every row of its data table (the page's
 * table shows at most the drawn and most recent).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CHARTS, chartById, chartInputFrom, tableCsv, WIDE } from '../../charts/index.ts';
import { paths } from '../../config/site.ts';
import { loadCorpus } from '../../data/corpus.ts';
import { corpusPageKey } from '../../data/page-keys.ts';

export const getStaticPaths = (async () => {
	const corpus = await loadCorpus();
	return CHARTS.map((chart) => ({ params: { chart: chart.id }, cacheKey: corpusPageKey(corpus, `${chart.id}.csv`) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const chart = chartById(params.chart!)!;
	const input = chartInputFrom(await loadCorpus(), paths.timeline(), paths.timelinePeriod);
	return new Response(tableCsv(chart.build(input, { width: WIDE }).table), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
};
