import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { language, sentenceAbbreviations, speechVerbForms, speechVerbLemmas } from './index.ts';

const PIPELINE = join(import.meta.dirname, '..');

/** The source files of the pipeline outside the language module and tests. */
function pipelineSources(): { file: string; text: string }[] {
	return (readdirSync(PIPELINE, { recursive: true }) as string[])
		.filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.startsWith('lang/'))
		.filter((file) => !/test-(?:context|article)\.ts$/.test(file))
		.map((file) => ({ file, text: readFileSync(join(PIPELINE, file), 'utf8') }));
}

describe('language (English)', () => {
	it('lists each speech verb once, each form under one verb', () => {
		const lemmas = language.speechVerbs.map((verb) => verb.lemma);
		expect(new Set(lemmas).size).toBe(lemmas.length);
		const forms = language.speechVerbs.flatMap((verb) => verb.forms);
		expect(new Set(forms).size).toBe(forms.length);
	});
	it('reads claims from finite forms only and quotes from all forms', () => {
		expect(speechVerbForms(language, 'claim')).toContain('said');
		expect(speechVerbForms(language, 'claim')).not.toContain('saying');
		expect(speechVerbForms(language, 'quote')).toContain('saying');
		expect(speechVerbLemmas(language, 'title')).toContain('say');
	});
	it('names twelve months and seven weekdays, Sunday first', () => {
		expect(language.calendar.months).toHaveLength(12);
		expect(language.calendar.weekdays[0]).toBe('Sunday');
	});
	it('lets "Nov." and "Gen." continue a sentence', () => {
		const abbreviations = sentenceAbbreviations(language);
		expect(abbreviations.has('nov')).toBe(true);
		expect(abbreviations.has('gen')).toBe(true);
	});
	it('is the only place in the pipeline that spells out month names or speech verbs', () => {
		const offenders = pipelineSources()
			.filter(({ text }) => /January\W+February|'said',|\bsaid\|says\b|'mr',/.test(text))
			.map(({ file }) => file);
		expect(offenders).toEqual([]);
	});
});
