import { describe, expect, it } from 'vitest';
import { HOSTILE_STRINGS } from '../../test/hostile-strings.ts';
import { MAX_SLUG_LENGTH, slugify, uniqueSlugs } from './slugify.ts';

describe('slugify', () => {
	it('lower-cases, drops apostrophes and joins words with hyphens', () => {
		expect(slugify('Ukraine’s Dilemma: Dignity or Survival?')).toBe('ukraines-dilemma-dignity-or-survival');
	});
	it('strips accents and transliterates Cyrillic', () => {
		expect(slugify('Café in Київ')).toBe('cafe-in-kyiv');
	});
	it('stays within 80 characters, cut between words', () => {
		const slug = slugify('word '.repeat(40));
		expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
		expect(slug.endsWith('-')).toBe(false);
		expect(slug.split('-').every((part) => part === 'word')).toBe(true);
	});
	it('returns an empty string for text with no letters or digits', () => {
		expect(slugify('🇺🇦 — ؟')).toBe('');
	});
});

describe('slugify on hostile titles', () => {
	// Slugs become URLs in pages, the sitemap and the feed: nothing but lower-case letters, digits and hyphens.
	it.each(HOSTILE_STRINGS)('makes %j a slug of letters, digits and hyphens', (title) => {
		expect(slugify(title)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$|^$/);
	});
});

describe('uniqueSlugs', () => {
	it('suffixes repeats in order and replaces empty slugs with the fallback', () => {
		expect(uniqueSlugs(['talks', 'talks', '', 'talks-2', ''])).toEqual([
			'talks',
			'talks-2',
			'article',
			'talks-2-2',
			'article-2',
		]);
	});
});
