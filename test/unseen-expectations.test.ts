/**
 * The unseen-article corpus against its expectations (`test/fixtures/unseen-articles/expected/*.yaml`): what a
 * reader checked in each article, as the quality report (`npm run content -- --report`) counts it. Every
 * expectation must hold unless it is marked `known` with a reason; a known failure that starts to hold fails
 * too, so its mark is removed with the fix; and at least `REQUIRED_SHARE` of all expectations must hold.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeEffects } from '../scripts/effects.ts';
import { evaluateUnseenCorpus, type QualityEvaluation } from '../scripts/quality/quality-report.ts';

const ROOT = new URL('..', import.meta.url).pathname;
/** The share of expectations that must hold: raised as capabilities land, never lowered (the goal is 0.95). */
const REQUIRED_SHARE = 0.98;
let evaluation: QualityEvaluation;

beforeAll(async () => {
	evaluation = await evaluateUnseenCorpus(nodeEffects(ROOT, () => {}));
}, 120_000);

const line = (result: QualityEvaluation['results'][number]) =>
	`${result.article}  ${result.type}  ${result.claim}  (found: ${result.found})`;

describe('the unseen-article corpus', () => {
	it('has at least 40 articles, each with expectations', () => {
		expect(evaluation.articles).toBeGreaterThanOrEqual(40);
		expect(new Set(evaluation.results.map((result) => result.article)).size).toBe(evaluation.articles);
	});

	it('meets every expectation not marked as a known failure', () => {
		const unmet = evaluation.results.filter((result) => !result.met && !result.known);
		expect(unmet.map(line)).toEqual([]);
	});

	it('still fails every expectation marked as a known failure (remove the mark when it holds)', () => {
		const fixed = evaluation.results.filter((result) => result.met && result.known);
		expect(fixed.map(line)).toEqual([]);
	});

	it(`meets at least ${REQUIRED_SHARE * 100}% of all expectations`, () => {
		expect(evaluation.met / evaluation.total).toBeGreaterThanOrEqual(REQUIRED_SHARE);
	});
});
