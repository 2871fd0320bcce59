import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';
import { fixtureSentences, loadGazetteer, loadNames } from '../../../../test/fixtures/entities/corpus.ts';
import { ruleFolders } from '../../../../test/golden.ts';
import { countryOfMap, demonymMap, extractEntities, indexGazetteer } from '../../extract-entities.ts';
import { extractFigures, type FigureDecision } from '../../extract-figures.ts';
import { findDates } from '../../find-dates.ts';
import { METRIC_RULES } from './index.ts';

const index = indexGazetteer(loadGazetteer(), loadNames());

describe('METRIC_RULES on their fixture folders (test/fixtures/rules/figures/<rule>/)', () => {
	ruleFolders(fileURLToPath(new URL('../../../../test/fixtures/rules/figures/', import.meta.url)), METRIC_RULES, {
		input: 'input.txt',
		expected: 'expected.json',
		// Every figure read, with its metric, value and the rule that read it.
		run: (folder) => {
			const sentences = fixtureSentences(`${folder}/input.txt`);
			const publication = { date: '2025-12-01', precision: 'day' as const };
			const decisions: FigureDecision[] = [];
			extractFigures(
				{
					article: 'fixture',
					sentences,
					mentions: extractEntities(sentences, index),
					dates: findDates(sentences, publication),
					publication,
					demonyms: demonymMap(index),
					countryOf: countryOfMap(index),
				},
				(decision) => decisions.push(decision),
			);
			return decisions;
		},
		fired: (decisions) => decisions.map((decision) => decision.rule),
	});
});
